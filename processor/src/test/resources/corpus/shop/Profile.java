package shop;

import jakarta.persistence.*;

/** Shares its key with its author through @MapsId on a single basic id. */
@Entity
public class Profile {
    @Id
    private String code;

    @MapsId
    @OneToOne
    private Author author;

    @Column(length = 100)
    private String bio;
}
