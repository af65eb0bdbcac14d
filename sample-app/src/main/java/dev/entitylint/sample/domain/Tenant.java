package dev.entitylint.sample.domain;

import dev.entitylint.Allow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A shop using the platform. */
@Entity
@Allow(value = "soft-delete-unique", reason = "a slug is part of the tenant's URLs and is never reused, even after deletion")
@Table(name = "tenants", uniqueConstraints = @UniqueConstraint(name = "uq_tenants_slug", columnNames = "slug"))
@Allow(value = "tenant-column", reason = "the tenants table lists the tenants themselves")
public class Tenant extends SoftDeletableEntity {

    @Column(nullable = false, length = 63)
    private String slug;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    protected Tenant() {
    }

    public Tenant(String slug, String displayName) {
        this.slug = slug;
        this.displayName = displayName;
    }

    public String getSlug() {
        return slug;
    }

    public String getDisplayName() {
        return displayName;
    }
}
