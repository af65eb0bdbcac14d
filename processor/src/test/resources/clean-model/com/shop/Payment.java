package com.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "payments", indexes = {
    @Index(name = "ix_payments_order_id", columnList = "order_id"),
    @Index(name = "ix_payments_tenant_id", columnList = "tenant_id")
})
public class Payment extends TenantOwnedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PurchaseOrder order;

    @Column(name = "amount_cents", nullable = false)
    private long amountCents;

    @Column(name = "provider_reference", nullable = false, length = 128)
    private String providerReference;
}
