package shop;

import jakarta.persistence.*;

/** A join entity keyed by an @EmbeddedId whose parts @MapsId maps to two @ManyToOne. */
@Entity
public class Review {
    @EmbeddedId
    private ReviewKey key;

    @MapsId("authorCode")
    @ManyToOne
    private Author author;

    @MapsId("manuscriptId")
    @ManyToOne
    private Manuscript manuscript;

    @Column(length = 200)
    private String text;
}
