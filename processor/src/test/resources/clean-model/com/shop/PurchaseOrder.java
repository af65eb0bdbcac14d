package com.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "purchase_orders", indexes = {
    @Index(name = "ix_purchase_orders_tenant_id_status", columnList = "tenant_id, status"),
    @Index(name = "ix_purchase_orders_customer_id_placed_at", columnList = "customer_id, placed_at"),
    @Index(name = "ix_purchase_orders_warehouse_id", columnList = "warehouse_id")
})
public class PurchaseOrder extends TenantOwnedEntity {
    public enum Status { CART, PLACED, PAID, SHIPPED, CANCELLED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    private Warehouse warehouse;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "placed_at")
    private Instant placedAt;

    @Column(name = "total_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalAmount;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    @Embedded
    private Address deliveryAddress;

    @Version
    private long version;

    @OneToMany(mappedBy = "order")
    @OrderBy("lineNumber")
    private List<OrderItem> items = new ArrayList<>();
}
