package shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {
    @Size(max = 4)
    private String cardLast4;

    private int expiryYear;

    @NotNull
    @Column(length = 100)
    private String holder;
}
