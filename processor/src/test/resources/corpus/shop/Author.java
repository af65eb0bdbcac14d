package shop;

import jakarta.persistence.*;

/** Author and Manuscript reference each other: both foreign keys exist, whichever is modelled first. */
@Entity
public class Author {
    @Id
    @Column(name = "author_code", length = 12)
    private String code;

    @ManyToOne
    private Manuscript favourite;

    @Version
    private int version;
}
