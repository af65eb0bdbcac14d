package dev.entitylint.processor.rules;

import static dev.entitylint.processor.rules.Evolution.shop;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class KeyChangeRuleTest {

    private final Lint lint = Evolution.only("key-change");

    @Test
    void reportsAUniqueConstraintNewOnAnExistingTable() {
        lint.check(shop("Customer", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "customers",
                        // expect: warning key-change "unique constraint 'uk_customers_email' (email) is new on existing table 'customers': adding it fails on the first duplicate stored, and blocks writes while its index builds — remove duplicates, then build it with CREATE UNIQUE INDEX CONCURRENTLY"
                        uniqueConstraints = @UniqueConstraint(name = "uk_customers_email", columnNames = "email"))
                class Customer {
                    @Id Long id;
                    @Column(length = 120) String email;
                    @Column(length = 100) String name;
                    // expect: key-change "(fax) is new on existing table 'customers'"
                    @Column(length = 30, unique = true) String fax;
                }
                """));
    }

    @Test
    void aUniqueIndexAndAPrimaryKeyChange() {
        lint.check(shop("Coupon", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "coupons",
                        // expect: key-change "unique constraint 'ux_coupons_code' (code) is new"
                        indexes = @Index(name = "ux_coupons_code", columnList = "code", unique = true))
                class Coupon {
                    Long id;
                    // expect: key-change "the primary key of table 'coupons' changes from (id) to (code): the key and every foreign key referencing it are rebuilt under a lock"
                    @Id @Column(length = 20) String code;
                }
                """));
    }

    @Test
    void aUniqueConstraintOverNewColumnsOnlyIsSafe() {
        lint.check(shop("Customer", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "customers")
                class Customer {
                    @Id Long id;
                    @Column(length = 120) String email;
                    @Column(length = 100) String name;
                    @Column(length = 30) String fax;
                    @Column(length = 40, unique = true) String externalId;
                }
                """));
    }

    @Test
    void acceptedWithAReason() {
        lint.check(shop("Customer", """
                package com.shop;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Table(name = "customers")
                class Customer {
                    @Id Long id;
                    @Allow(value = "key-change", reason = "no duplicates: checked in production 2026-11-30")
                    @Column(length = 120, unique = true) String email;
                    @Column(length = 100) String name;
                    @Column(length = 30) String fax;
                }
                """));
    }
}
