package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import shop.support.Index;

/** No @Table, and an import of another class called Index: the fix writes jakarta.persistence.Index in full. */
@Entity
public class Shipment {
    @Id Long id;

    @ManyToOne(fetch = FetchType.LAZY) Invoice invoice;

    @Column(length = 40) String carrier;

    @Column(name = "created_at") Instant createdAt;
    @Column(name = "updated_at") Instant updatedAt;
    @Column(name = "deleted_at") Instant deletedAt;

    Index unused() {
        return null;
    }
}
