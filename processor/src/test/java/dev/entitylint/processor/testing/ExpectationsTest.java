package dev.entitylint.processor.testing;

import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ExpectationsTest {

    private static final JavaFileObject ORDER = source("com.shop.Order", """
            package com.shop;

            @jakarta.persistence.Entity
            class Order {
                @jakarta.persistence.Id Long id;
                // expect: string-length; warning constraint-name "ix_orders_status; or so"

                // a comment between the expectation and its line
                String status;
                // expect: note eager-fetch "implicit EAGER"
                @jakarta.persistence.ManyToOne Order parent;
            }
            """);

    @Test
    void readsKindIdAndFragmentForTheNextCodeLine() {
        assertEquals(List.of(
                new Expectations.Expectation("Order.java", 9, "error", "string-length", ""),
                new Expectations.Expectation("Order.java", 9, "warning", "constraint-name", "ix_orders_status; or so"),
                new Expectations.Expectation("Order.java", 11, "note", "eager-fetch", "implicit EAGER")),
                Expectations.in(List.of(ORDER), List.of()));
    }

    /** Without a written kind, the rule's severity under the compilation's options. */
    @Test
    void theKindFollowsTheOptions() {
        assertEquals("warning", Expectations.in(List.of(ORDER),
                List.of("-Aentitylint.rules=string-length:warning")).get(0).kind());
        assertEquals("error", Expectations.in(List.of(ORDER), List.of("-Aentitylint.profile=strict")).get(0).kind());
    }

    @Test
    void refusesWhatItCannotCheck() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Expectations.in(List.of(source("A", """
                // expect: string-lenght
                class A {}
                """)), List.of())).getMessage().contains("names no rule"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Expectations.in(List.of(source("A", """
                // expect: string-length, fk-index
                class A {}
                """)), List.of())).getMessage().startsWith("bad expectation"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Expectations.errorsAndWarnings(List.of(ORDER), List.of())).getMessage()
                .startsWith("note expected at Order.java:11 note eager-fetch"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Expectations.in(List.of(ORDER), List.of("-Aentitylint.profile=relaxed"))).getMessage()
                .contains("string-length is off"));
    }
}
