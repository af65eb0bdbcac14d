package com.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 16)
@Table(name = "shipments", indexes = {
    @Index(name = "ix_shipments_order_id", columnList = "order_id"),
    @Index(name = "ix_shipments_tenant_id", columnList = "tenant_id"),
    @Index(name = "ix_shipments_pickup_point_id", columnList = "pickup_point_id")
})
public abstract class Shipment extends TenantOwnedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PurchaseOrder order;

    @Column(name = "tracking_number", length = 64)
    private String trackingNumber;
}
