package dev.entitylint.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded wherever one is needed. */
@Embeddable
public class Address {

    @Column(length = 200)
    private String line1;

    @Column(length = 100)
    private String city;

    @Column(name = "postal_code", length = 16)
    private String postalCode;

    @Column(name = "country_code", length = 2)
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
