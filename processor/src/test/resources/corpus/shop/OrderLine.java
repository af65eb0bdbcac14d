package shop;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
@IdClass(OrderLineId.class)
public class OrderLine {
    @Id
    @Column(name = "order_id")
    private Long orderId;

    @Id
    private int lineNo;

    @Column(nullable = false)
    private Integer quantity;

    @Column(precision = 12, scale = 2)
    private BigDecimal unitPrice;

    /** Derived by the database on every read: no column. */
    @org.hibernate.annotations.Formula("quantity * 2")
    private Integer doubledQuantity;
}
