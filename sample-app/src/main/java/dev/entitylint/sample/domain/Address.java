package dev.entitylint.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded wherever one is needed. */
@Embeddable
public class Address {

    // An address is optional as a whole (a customer may have no shipping address yet).
    @Column(length = 200, nullable = true)
    private String line1;

    @Column(length = 100, nullable = true)
    private String city;

    @Column(name = "postal_code", length = 16, nullable = true)
    private String postalCode;

    @Column(name = "country_code", length = 2, nullable = true)
    private String countryCode;

    protected Address() {
    }

    public Address(String line1, String city, String postalCode, String countryCode) {
        this.line1 = line1;
        this.city = city;
        this.postalCode = postalCode;
        this.countryCode = countryCode;
    }

    public String getCity() {
        return city;
    }
}
