package dev.entitylint.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import lombok.Getter;

/**
 * A row of one tenant, deleted softly. No setters: the generated repository sets {@code tenantId}
 * on save (to the current tenant, refusing any other) and stamps {@code deletedAt} / {@code deletedBy}
 * on delete.
 */
@MappedSuperclass
@Getter
public abstract class TenantOwnedEntity extends ShopEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 40)
    private String tenantId;

    /** NULL while the row is live; when it was deleted otherwise. */
    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** Who deleted it: the {@code CurrentUser} bean's answer at the time. */
    @Column(name = "deleted_by", length = 80)
    private String deletedBy;

    /** For rows that belong to another row's tenant (an order's lines, saved with their order). */
    protected void setTenantOf(TenantOwnedEntity owner) {
        this.tenantId = owner.getTenantId();
    }
}
