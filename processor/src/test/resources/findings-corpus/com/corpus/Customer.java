package com.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(indexes = @Index(name = "ix_customer_tenant_id", columnList = "tenant_id"))
// expect: note soft-delete "nothing leaves rows with deleted_at set out of queries"
public class Customer extends Audited {
    // expect: string-length "email"
    @Column(nullable = false)
    private String email;

    @Column(length = 100)
    private String displayName;

    // expect: money-type "BigDecimal without a declared precision and scale"
    private java.math.BigDecimal balance;
}
