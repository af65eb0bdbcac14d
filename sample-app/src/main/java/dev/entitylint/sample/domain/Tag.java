package dev.entitylint.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A free-form label on products. */
@Entity
@Table(name = "tags", indexes = @Index(name = "ix_tags_tenant_id_label", columnList = "tenant_id, label"))
public class Tag extends TenantOwnedEntity {

    @Column(nullable = false, length = 50)
    private String label;

    protected Tag() {
    }

    public Tag(Tenant tenant, String label) {
        setTenant(tenant);
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
