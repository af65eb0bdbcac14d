package dev.entitylint.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One line of an order, priced when it was added. */
@Entity
@Table(name = "order_lines", indexes = {
    @Index(name = "ix_order_lines_order_id_line_number", columnList = "order_id, line_number"),
    @Index(name = "ix_order_lines_product_id", columnList = "product_id")
})
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OrderLine extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, foreignKey = @ForeignKey(name = "fk_order_lines_purchase_orders"))
    private PurchaseOrder order;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, foreignKey = @ForeignKey(name = "fk_order_lines_products"))
    private Product product;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    OrderLine(PurchaseOrder order, Product product, int lineNumber, int quantity) {
        this.order = order;
        this.product = product;
        this.lineNumber = lineNumber;
        this.quantity = quantity;
        this.unitPrice = product.getUnitPrice();
    }

    /**
     * A line belongs to its order's tenant. The order's repository sets the order's tenant on
     * save; the lines are persisted by cascade, after it, so they take it from the order here.
     */
    @PrePersist
    void takeTheOrdersTenant() {
        if (getTenantId() == null) {
            setTenantOf(order);
        }
    }
}
