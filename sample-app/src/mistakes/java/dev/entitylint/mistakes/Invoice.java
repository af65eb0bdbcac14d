package dev.entitylint.mistakes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Deliberately wrong: each marked line is one finding users would see. */
@Entity
@Table(name = "invoices",
    // expect: constraint-name
    indexes = @Index(columnList = "status, customer_id"))
public class Invoice {
    @Id @GeneratedValue Long id;

    // expect: fk-index
    @ManyToOne(fetch = FetchType.LAZY) Customer customer;

    // expect: string-length
    @Column(nullable = false) String status;

    // expect: money-type
    double totalAmount;

    @Column(
        // expect: money-type
        precision = 12)
    BigDecimal taxAmount;

    @Column(name = "created_at", nullable = false) Instant createdAt;
    @Column(name = "updated_at", nullable = false) Instant updatedAt;
    // expect: soft-delete
    @Column(name = "deleted_at") Instant deletedAt;
}
