package shop;

import jakarta.persistence.*;

@Embeddable
public class Phone {
    @Column(length = 20, nullable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private PhoneKind kind;
}
