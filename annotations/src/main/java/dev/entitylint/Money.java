package dev.entitylint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a persistent attribute as an amount of money, whatever its name.
 *
 * <p>The {@code money-type} rule then requires an exact type ({@code BigDecimal} with an explicit
 * {@code @Column(precision, scale)}, or an integral number of minor units such as
 * {@code long amountCents}) and rejects {@code float} and {@code double}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Money {
}
