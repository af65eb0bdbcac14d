package shop;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "purchase_orders")
public class PurchaseOrder extends AuditedEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Customer customer;

    @Enumerated
    private OrderStatus status;

    /** Unidirectional one-to-many with a join column: the key lives in order_note. */
    @OneToMany
    @JoinColumn(name = "order_id")
    private List<OrderNote> notes;

    /** Unidirectional one-to-many without a join column: a join table. */
    @OneToMany
    private Set<Coupon> coupons;
}
