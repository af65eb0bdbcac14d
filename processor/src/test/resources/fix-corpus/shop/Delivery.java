package shop;

import jakarta.persistence.*;
import java.time.Instant;
import shop.support.*;

/** Two on-demand imports that both have an Index: a fix that wrote @Index would not compile. */
@Entity
@Table(name = "deliveries")
public class Delivery {
    @Id Long id;

    @ManyToOne(fetch = FetchType.LAZY) Shipment shipment;

    @Column(name = "created_at") Instant createdAt;
    @Column(name = "updated_at") Instant updatedAt;
    @Column(name = "deleted_at") Instant deletedAt;
}
