package shop;

import jakarta.persistence.*;

/** TABLE_PER_CLASS: every concrete class has a table with all columns. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Shape {
    @Id
    private Long id;

    @Column(length = 30)
    private String label;
}
