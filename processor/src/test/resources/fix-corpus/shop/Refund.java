package shop;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "refunds", indexes = @Index(name = "ix_refunds_reason", columnList = "reason"))
public class Refund {
    @Id Long id;

    @ManyToOne(fetch = FetchType.LAZY) Payment payment;

    @Column(length = 200) String reason;

    @Column(name = "created_at") Instant createdAt;
    @Column(name = "updated_at") Instant updatedAt;
    @Column(name = "deleted_at") Instant deletedAt;
}
