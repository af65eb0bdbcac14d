package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    @Column(length = 200) String line1;
    @Column(length = 80) String city;
}
