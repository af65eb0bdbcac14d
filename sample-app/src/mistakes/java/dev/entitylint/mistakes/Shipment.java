package dev.entitylint.mistakes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Deliberately wrong: mistakes from the wider catalogue, the kind that break at run time. */
@Entity
@Table(name = "shipments", indexes = {
    @Index(name = "ix_shipments_invoice_id", columnList = "invoice_id"),
    // expect: index-column
    @Index(name = "ix_shipments_carier", columnList = "carier")
})
public class Shipment {
    public enum Status { PENDING, SENT, DELIVERED }

    @Id Long id;

    @ManyToOne(fetch = FetchType.LAZY) Invoice invoice;

    // expect: enum-string
    Status status;

    // expect: reserved-word
    @Column(name = "order", length = 40) String orderRef;

    // expect: mapped-by
    @OneToMany(mappedBy = "shipmnt") List<Parcel> parcels;

    // expect: cascade-remove
    @ManyToMany(cascade = CascadeType.ALL) Set<Customer> notified;

    @Column(name = "created_at", nullable = false) Instant createdAt;
    @Column(name = "updated_at", nullable = false) Instant updatedAt;
    // expect: soft-delete
    @Column(name = "deleted_at") Instant deletedAt;
}
