package shop;

import jakarta.persistence.*;

/** JOINED with an integer discriminator. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "type_no", discriminatorType = DiscriminatorType.INTEGER)
@DiscriminatorValue("7")
public class JoinedTicketBase {
    @Id
    private Long id;
}
