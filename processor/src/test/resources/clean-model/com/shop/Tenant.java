package com.shop;

import dev.entitylint.Allow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Allow(value = "soft-delete-unique", reason = "a tenant's slug is part of its URLs and is never reused, even after deletion")
@Table(name = "tenants", uniqueConstraints = @UniqueConstraint(name = "uq_tenants_slug", columnNames = "slug"))
public class Tenant extends SoftDeletableEntity {
    @Column(nullable = false, length = 63)
    private String slug;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;
}
