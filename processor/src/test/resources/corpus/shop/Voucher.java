package shop;

import jakarta.persistence.*;
import org.hibernate.annotations.SoftDelete;

/** Hibernate's @SoftDelete adds a NOT NULL boolean column to the table. */
@Entity
@SoftDelete
public class Voucher {
    @Id
    private Long id;

    @Column(length = 40)
    private String label;
}
