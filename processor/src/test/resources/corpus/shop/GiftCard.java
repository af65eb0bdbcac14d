package shop;

import jakarta.persistence.*;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/** The TIMESTAMP strategy stores the nullable time of deletion, in a column named as written. */
@Entity
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "removedAt")
public class GiftCard {
    @Id
    private Long id;
}
