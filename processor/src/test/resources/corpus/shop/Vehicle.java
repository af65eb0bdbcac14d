package shop;

import jakarta.persistence.*;

/** JOINED with a discriminator (default name). */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn
public class Vehicle {
    @Id
    private Long id;

    @Column(length = 20)
    private String plate;
}
