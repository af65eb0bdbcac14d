package shop;

import jakarta.persistence.*;

/** Default names throughout. */
@Entity
public class OrderNote {
    @Id
    @GeneratedValue
    private Long id;

    @Column(length = 500)
    private String noteText;
}
