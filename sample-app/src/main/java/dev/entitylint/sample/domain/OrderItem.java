package dev.entitylint.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** One line of an order, priced when it was added. */
@Entity
@Table(name = "order_items",
    indexes = {
        // Line numbers are unique among an order's live lines: a partial unique index
        // (WHERE deleted_at IS NULL) belongs in the migration, not in a plain unique constraint.
        @Index(name = "ix_order_items_order_id_line_number", columnList = "order_id, line_number"),
        @Index(name = "ix_order_items_tenant_id", columnList = "tenant_id"),
        @Index(name = "ix_order_items_product_id", columnList = "product_id")
    })
public class OrderItem extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, foreignKey = @ForeignKey(name = "fk_order_items_purchase_orders"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private PurchaseOrder order;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", foreignKey = @ForeignKey(name = "fk_order_items_products"))
    @OnDelete(action = OnDeleteAction.RESTRICT)
    private Product product;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    protected OrderItem() {
    }

    OrderItem(PurchaseOrder order, Product product, int lineNumber, int quantity) {
        setTenant(order.getTenant());
        this.order = order;
        this.product = product;
        this.lineNumber = lineNumber;
        this.quantity = quantity;
        this.unitPrice = product.getUnitPrice();
    }

    BigDecimal lineTotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    public int getQuantity() {
        return quantity;
    }

    public Product getProduct() {
        return product;
    }
}
