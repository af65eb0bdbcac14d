package shop;

import jakarta.persistence.*;

/** Shares its customer's key through @MapsId. */
@Entity
public class CustomerProfile {
    @Id
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @MapsId
    private Customer customer;

    @Column(length = 200)
    private String bio;
}
