package shop;

import jakarta.persistence.*;

/** A join entity keyed by two @ManyToOne through an @IdClass. */
@Entity
@IdClass(EnrollmentId.class)
public class Enrollment {
    @Id
    @ManyToOne
    private Author author;

    @Id
    @ManyToOne
    private Manuscript manuscript;

    private Integer rating;
}
