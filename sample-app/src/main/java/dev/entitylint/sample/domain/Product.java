package dev.entitylint.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Something a tenant sells. */
@Entity
@Table(name = "products", indexes = {
    @Index(name = "ix_products_tenant_id_sku", columnList = "tenant_id, sku"),
    @Index(name = "ix_products_category_id", columnList = "category_id")
})
public class Product extends TenantOwnedEntity {

    /** Where a product is in its life. */
    public enum Status { DRAFT, ACTIVE, RETIRED }

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.ACTIVE;

    // A draft product may not be filed yet.
    @ManyToOne(fetch = FetchType.LAZY, optional = true)
    private Category category;

    protected Product() {
    }

    public Product(Tenant tenant, String sku, String name, BigDecimal unitPrice, Category category) {
        setTenant(tenant);
        this.sku = sku;
        this.name = name;
        this.unitPrice = unitPrice;
        this.category = category;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public Category getCategory() {
        return category;
    }
}
