package dev.entitylint.example.shop;

import dev.entitylint.Allow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** Something a tenant sells; the SKU is unique within the tenant. */
@Entity
@Table(name = "products",
    uniqueConstraints = @UniqueConstraint(name = "uk_products_tenant_id_sku", columnNames = {"tenant_id", "sku"}))
@Allow(value = "soft-delete-unique", reason = "a SKU stays reserved after its product is withdrawn:"
        + " the lines of past orders still name it")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Product extends TenantOwnedEntity {

    @Column(nullable = false, length = 40)
    private String sku;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    public Product(String sku, String name, BigDecimal unitPrice) {
        this.sku = sku;
        this.name = name;
        this.unitPrice = unitPrice;
    }
}
