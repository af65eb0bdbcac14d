package com.corpus;

import dev.entitylint.Allow;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "invoices", indexes = {
        @Index(name = "ix_invoices_customer_id", columnList = "customer_id"),
        // expect: warning constraint-name "ix_invoices_status"
        @Index(columnList = "status")})
// expect: fk-index "tenant_id"
// expect: note soft-delete "nothing leaves rows with deleted_at set out of queries"
public class Invoice extends Audited {
    @ManyToOne(fetch = FetchType.LAZY)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    // expect: fk-index "carrier_id"
    private Customer carrier;

    @Embedded
    private Money total;

    // expect: money-type "double"
    private double shippingFee;

    @Column(length = 20)
    private String status;

    @SuppressWarnings("entitylint:string-length")
    private String note;

    @Allow(value = "string-length", reason = "legacy column, migrated in #42")
    private String legacyCode;

    // expect: suppression "blank reason"
    @Allow(value = "string-length", reason = " ")
    // expect: string-length "otherCode"
    private String otherCode;
}
