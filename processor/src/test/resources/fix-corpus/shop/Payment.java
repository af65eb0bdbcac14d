package shop;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "payments",
        indexes = {
            @Index(name = "ix_payments_paid_at", columnList = "paid_at"),
            @Index(columnList = "method, paid_at")
        })
public class Payment {
    @Id Long id;

    @ManyToOne(fetch = FetchType.LAZY) Invoice invoice;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "refund_of_id")
    Payment refundOf;

    @Column(name = "paid_at") Instant paidAt;

    @Column(length = 16) String method;

    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "billing_line1"))
    Address billing;

    @Column(name = "created_at") Instant createdAt;
    @Column(name = "updated_at") Instant updatedAt;
    @Column(name = "deleted_at") Instant deletedAt;
}
