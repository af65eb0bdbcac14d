package com.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class Money {
    // expect: money-type "declares a precision but no scale"
    @Column(precision = 19)
    private BigDecimal amount;

    // expect: string-length
    @Column(name = "currency")
    private String currency;
}
