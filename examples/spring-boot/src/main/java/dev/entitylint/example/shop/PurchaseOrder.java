package dev.entitylint.example.shop;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * An order and its lines: an aggregate. The lines are owned ({@code cascade = ALL},
 * {@code orphanRemoval}), so deleting an order through its generated repository soft-deletes its
 * live lines with the same time, and restoring it brings back exactly those lines.
 */
@Entity
@Table(name = "purchase_orders",
    indexes = @Index(name = "ix_purchase_orders_customer_id_placed_at", columnList = "customer_id, placed_at"))
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PurchaseOrder extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, foreignKey = @ForeignKey(name = "fk_purchase_orders_customers"))
    private Customer customer;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<OrderLine> lines = new ArrayList<>();

    public PurchaseOrder(Customer customer, Instant placedAt) {
        this.customer = customer;
        this.placedAt = placedAt;
    }

    /** Adds a line priced at the product's current price. */
    public OrderLine addLine(Product product, int quantity) {
        OrderLine line = new OrderLine(this, product, lines.size() + 1, quantity);
        lines.add(line);
        return line;
    }
}
