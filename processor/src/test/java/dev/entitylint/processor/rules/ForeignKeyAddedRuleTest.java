package dev.entitylint.processor.rules;

import static dev.entitylint.processor.rules.Evolution.shop;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class ForeignKeyAddedRuleTest {

    private final Lint lint = Evolution.only("foreign-key-added");

    @Test
    void reportsAForeignKeyNewOnAnExistingTable() {
        lint.check(shop("Order", Evolution.V1.get("Order").replace("    Customer customer;\n", """
                    Customer customer;
                    @ManyToOne(fetch = FetchType.LAZY)
                // expect: warning foreign-key-added "foreign key 'fk_orders_coupon' (coupon_id) → coupons is new on existing table 'orders': adding it checks every row while blocking writes to both tables, and one orphan fails the migration — add it NOT VALID and VALIDATE CONSTRAINT it in a separate migration"
                    @JoinColumn(name = "coupon_id", foreignKey = @ForeignKey(name = "fk_orders_coupon"))
                    Coupon coupon;
                """)));
    }

    @Test
    void aForeignKeyOfANewTableIsSafe() {
        lint.check(shop("Invoice", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "invoices")
                class Invoice {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "order_id") Order order;
                }
                """));
    }

    /** A key whose referenced table was renamed with @RenamedFrom is the same key. */
    @Test
    void aKeyFollowingItsTablesStatedRenameIsNotNew() {
        lint.check(shop("Customer", """
                package com.shop;

                import dev.entitylint.RenamedFrom;
                import jakarta.persistence.*;

                @Entity
                @Table(name = "clients")
                @RenamedFrom("customers")
                class Customer {
                    @Id Long id;
                    @Column(length = 120) String email;
                    @Column(length = 100) String name;
                    @Column(length = 30) String fax;
                }
                """));
    }

    @Test
    void acceptedWithAReason() {
        lint.check(shop("Order", Evolution.V1.get("Order")
                .replace("import jakarta.persistence.*;", "import dev.entitylint.Allow;\nimport jakarta.persistence.*;")
                .replace("    Customer customer;\n", """
                    Customer customer;
                    @Allow(value = "foreign-key-added", reason = "orders holds 2,000 rows")
                    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "coupon_id") Coupon coupon;
                """)));
    }
}
