package shop;

import jakarta.persistence.*;

@Entity
public class CardNote {
    @Id
    private Long id;
}
