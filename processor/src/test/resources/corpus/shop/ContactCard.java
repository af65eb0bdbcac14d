package shop;

import jakarta.persistence.*;
import java.util.List;

/** An embeddable holding a one-way @OneToMany @JoinColumn with an @OrderColumn. */
@Embeddable
public class ContactCard {
    @Column(length = 60)
    private String label;

    @OneToMany
    @JoinColumn(name = "card_owner_id")
    @OrderColumn(name = "card_position")
    private List<CardLine> lines;

    @OneToMany
    @JoinColumn
    private List<CardNote> notes;
}
