package dev.entitylint.mistakes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A correct entity: the target of Shipment's mistaken mappedBy. */
@Entity
@Table(name = "parcels", indexes = @Index(name = "ix_parcels_shipment_id", columnList = "shipment_id"))
public class Parcel {
    @Id Long id;
    @ManyToOne(fetch = FetchType.LAZY) Shipment shipment;
    @Column(name = "created_at", nullable = false) Instant createdAt;
    @Column(name = "updated_at", nullable = false) Instant updatedAt;
    // expect: soft-delete
    @Column(name = "deleted_at") Instant deletedAt;
}
