package dev.entitylint.sample.domain;

import dev.entitylint.Allow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Something a tenant sells. */
@Entity
@Table(name = "products", indexes = {
    @Index(name = "ix_products_tenant_id_sku", columnList = "tenant_id, sku"),
    @Index(name = "ix_products_category_id", columnList = "category_id")
})
public class Product extends TenantOwnedEntity {

    /** Where a product is in its life. */
    public enum Status { DRAFT, ACTIVE, RETIRED }

    @Allow(value = "natural-key", reason = "unique per tenant among live rows only (soft delete): a partial index "
            + "uq_products_tenant_id_sku ON products (tenant_id, sku) WHERE deleted_at IS NULL, which JPA cannot declare")
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
    @JoinColumn(name = "category_id", foreignKey = @ForeignKey(name = "fk_products_categories"))
    @OnDelete(action = OnDeleteAction.SET_NULL)
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
