package dev.entitylint.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** An order a customer placed ("order" is a reserved word, hence the name). */
@Entity
@Table(name = "purchase_orders", indexes = {
    @Index(name = "ix_purchase_orders_tenant_id_status", columnList = "tenant_id, status"),
    @Index(name = "ix_purchase_orders_customer_id_placed_at", columnList = "customer_id, placed_at")
})
public class PurchaseOrder extends TenantOwnedEntity {

    /** Where an order is in its life. */
    public enum Status { CART, PLACED, PAID, SHIPPED, CANCELLED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_purchase_orders_customers"))
    @OnDelete(action = OnDeleteAction.RESTRICT)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.CART;

    // NULL while the order is still a cart.
    @Column(name = "placed_at", nullable = true)
    private Instant placedAt;

    @Column(name = "total_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalAmount = BigDecimal.ZERO;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    @Embedded
    private Address deliveryAddress;

    @OneToMany(mappedBy = "order")
    @OrderBy("lineNumber")
    private List<OrderItem> items = new ArrayList<>();

    protected PurchaseOrder() {
    }

    public PurchaseOrder(Tenant tenant, Customer customer, String currencyCode, Address deliveryAddress) {
        setTenant(tenant);
        this.customer = customer;
        this.currencyCode = currencyCode;
        this.deliveryAddress = deliveryAddress;
    }

    /** Adds a line and keeps the total in step. */
    public OrderItem addLine(Product product, int quantity) {
        OrderItem item = new OrderItem(this, product, items.size() + 1, quantity);
        items.add(item);
        totalAmount = totalAmount.add(item.lineTotal());
        return item;
    }

    public void place(Instant when) {
        status = Status.PLACED;
        placedAt = when;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Status getStatus() {
        return status;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public List<OrderItem> getItems() {
        return items;
    }
}
