package shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Embeddable
public class Address {
    @Column(length = 120)
    private String street;

    @Size(max = 60)
    private String city;

    @Column(name = "zip", length = 10)
    private String postalCode;

    @NotNull
    @Column(length = 2)
    private String country;
}
