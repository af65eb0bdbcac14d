package shop;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** SINGLE_TABLE with an explicit discriminator column. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "payment_type", length = 20)
public abstract class Payment {
    @Id
    @GeneratedValue
    private Long id;

    @Column(precision = 12, scale = 2, nullable = false)
    private BigDecimal amount;
}
