package shop;

import jakarta.persistence.*;

@Entity
public class CardLine {
    @Id
    private Long id;

    @Column(length = 40)
    private String text;
}
