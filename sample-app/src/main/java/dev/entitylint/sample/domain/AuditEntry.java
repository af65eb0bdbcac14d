package dev.entitylint.sample.domain;

import dev.entitylint.Allow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** What happened to which row: append-only. */
@Entity
@Table(name = "audit_entries", indexes = @Index(name = "ix_audit_entries_entity_type_entity_id",
                                                columnList = "entity_type, entity_id"))
@Allow(value = "soft-delete", reason = "the audit trail is append-only; its rows are never deleted")
@Allow(value = "tenant-column", reason = "the platform audit trail, read by operators across tenants; the shop never reads it")
public class AuditEntry extends AuditedEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "entity_type", nullable = false, length = 100)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 36)
    private String entityId;

    @Column(name = "change_summary", nullable = false, length = 2000)
    private String changeSummary;

    protected AuditEntry() {
    }

    public AuditEntry(String entityType, String entityId, String changeSummary) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.changeSummary = changeSummary;
    }

    public String getChangeSummary() {
        return changeSummary;
    }
}
