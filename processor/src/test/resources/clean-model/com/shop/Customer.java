package com.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

@Entity
@Table(name = "customers", indexes = {
    @Index(name = "ix_customers_tenant_id_email", columnList = "tenant_id, email")
})
public class Customer extends TenantOwnedEntity {
    @Column(nullable = false, length = 320)
    private String email;

    @Size(max = 120)
    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Embedded
    private Address billingAddress;

    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "shipping_line1", length = 200))
    @AttributeOverride(name = "line2", column = @Column(name = "shipping_line2", length = 200))
    @AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 100))
    @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code", length = 16))
    @AttributeOverride(name = "countryCode", column = @Column(name = "shipping_country_code", length = 2))
    private Address shippingAddress;
}
