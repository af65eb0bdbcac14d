package com.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(name = "warehouses", indexes = @Index(name = "ix_warehouses_tenant_id_code", columnList = "tenant_id, code"))
public class Warehouse extends TenantOwnedEntity {
    @Column(nullable = false, length = 32)
    private String code;

    @Embedded
    private Address location;
}
