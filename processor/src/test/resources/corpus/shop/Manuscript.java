package shop;

import jakarta.persistence.*;

@Entity
public class Manuscript {
    @Id
    private Long id;

    @ManyToOne(optional = false)
    private Author author;

    @ManyToOne
    @JoinColumn(name = "reviewer_code")
    private Author reviewer;
}
