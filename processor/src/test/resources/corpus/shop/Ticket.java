package shop;

import jakarta.persistence.*;

/** An integer discriminator, also read by an attribute. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER)
@DiscriminatorValue("0")
public class Ticket {
    @Id
    private Long id;

    @Column(length = 50)
    private String subject;

    @Column(name = "kind", insertable = false, updatable = false)
    private Integer kind;
}
