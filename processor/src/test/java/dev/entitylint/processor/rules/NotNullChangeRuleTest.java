package dev.entitylint.processor.rules;

import static dev.entitylint.processor.rules.Evolution.shop;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class NotNullChangeRuleTest {

    private final Lint lint = Evolution.only("not-null-change");

    @Test
    void reportsNotNullAddedToAnExistingColumnAtNullable() {
        lint.check(shop("Order", Evolution.V1.get("Order").replace("@Column(length = 20) String reference;", """
                // expect: warning not-null-change "column 'reference' of table 'orders' becomes NOT NULL: the migration fails on any row holding NULL, and the deployed version keeps writing NULL — keep it nullable for one deploy in which every write sets it, backfill the NULL rows, then add the constraint"
                    @Column(length = 20, nullable = false) String reference;""")));
    }

    @Test
    void reportsANewNotNullColumnWithoutADefault() {
        lint.check(shop("Order", Evolution.V1.get("Order").replace("@Column(length = 20) String reference;", """
                @Column(length = 20) String reference;
                // expect: not-null-change "new column 'currency' of existing table 'orders' is NOT NULL without a default: adding it fails on a table with rows"
                    @Column(length = 3, nullable = false) String currency;
                // expect: not-null-change "new column 'quantity'"
                    int quantity;""")));
    }

    @Test
    void nullableOrWithADefaultOrInANewTableIsSafe() {
        lint.check(shop("Order", Evolution.V1.get("Order").replace("@Column(length = 20) String reference;", """
                @Column(length = 20) String reference;
                    @Column(length = 3) String currency;
                    @Column(length = 3, nullable = false) @org.hibernate.annotations.ColumnDefault("'EUR'") String fallbackCurrency;"""), "Invoice", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "invoices")
                class Invoice {
                    @Id Long id;
                    @Column(length = 20, nullable = false) String number;
                }
                """));
    }

    @Test
    void acceptedOnceBackfilled() {
        lint.check(shop("Order", Evolution.V1.get("Order")
                .replace("import jakarta.persistence.*;", "import dev.entitylint.Allow;\nimport jakarta.persistence.*;")
                .replace("@Column(length = 20) String reference;", """
                        @Allow(value = "not-null-change", reason = "V12 backfilled every reference")
                            @Column(length = 20, nullable = false) String reference;""")));
    }
}
