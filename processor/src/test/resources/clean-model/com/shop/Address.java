package com.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    @Column(length = 200)
    private String line1;

    @Column(length = 200)
    private String line2;

    @Column(length = 100)
    private String city;

    @Column(name = "postal_code", length = 16)
    private String postalCode;

    @Column(name = "country_code", length = 2)
    private String countryCode;
}
