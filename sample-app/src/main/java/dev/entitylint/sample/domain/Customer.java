package dev.entitylint.sample.domain;

import dev.entitylint.Allow;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Somebody who buys from a tenant's shop. */
@Entity
@Table(name = "customers", indexes = @Index(name = "ix_customers_tenant_id_email", columnList = "tenant_id, email"))
public class Customer extends TenantOwnedEntity {

    @Allow(value = "natural-key", reason = "unique per tenant among live rows only (soft delete): a partial index "
            + "uq_customers_tenant_id_email ON customers (tenant_id, email) WHERE deleted_at IS NULL, which JPA cannot declare")
    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Embedded
    private Address billingAddress;

    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "shipping_line1", length = 200))
    @AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 100))
    @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code", length = 16))
    @AttributeOverride(name = "countryCode", column = @Column(name = "shipping_country_code", length = 2))
    private Address shippingAddress;

    protected Customer() {
    }

    public Customer(Tenant tenant, String email, String fullName, Address address) {
        setTenant(tenant);
        this.email = email;
        this.fullName = fullName;
        this.billingAddress = address;
        this.shippingAddress = address;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }
}
