package dev.entitylint.processor.rules;

import static dev.entitylint.processor.rules.Evolution.shop;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class EnumChangeRuleTest {

    private final Lint lint = Evolution.only("enum-change");

    private static String order(String status, String state) {
        return Evolution.V1.get("Order")
                .replace("    @Enumerated(EnumType.STRING) @Column(length = 16) State state;\n", state)
                .replace("    @Enumerated(EnumType.ORDINAL) Status status;\n", status);
    }

    @Test
    void reportsOrdinalConstantsThatMovedAtTheAttribute() {
        lint.check(shop("Status", """
                package com.shop;

                enum Status { NEW, CANCELLED, PAID, SHIPPED }
                """, "Order", order("""
                    // expect: enum-change "enum Status, stored by position in 'orders.status', moved PAID 1 → 2, SHIPPED 2 → 3: rows already stored now mean another constant (or none) — restore the order [NEW, PAID, SHIPPED] and add new constants only at the end"
                    @Enumerated(EnumType.ORDINAL) Status status;
                """, "    @Enumerated(EnumType.STRING) @Column(length = 16) State state;\n")));
    }

    @Test
    void reportsStringConstantsRemovedOrRenamed() {
        lint.check(shop("State", """
                package com.shop;

                enum State { OPEN, DONE }
                """, "Order", order("    @Enumerated(EnumType.ORDINAL) Status status;\n", """
                    // expect: enum-change "enum State, stored by name in 'orders.state', no longer has CLOSED: rows holding it no longer load — keep CLOSED until a migration rewrites those rows (UPDATE ... SET state = '<new>' WHERE state = 'CLOSED')"
                    @Enumerated(EnumType.STRING) @Column(length = 16) State state;
                """)));
    }

    @Test
    void appendedOrReorderedByNameIsSafe() {
        lint.check(shop("Status", """
                package com.shop;

                enum Status { NEW, PAID, SHIPPED, CANCELLED }
                """, "State", """
                package com.shop;

                enum State { CLOSED, REOPENED, OPEN }
                """));
    }

    @Test
    void acceptedWithAReason() {
        lint.check(shop("State", """
                package com.shop;

                enum State { OPEN, DONE }
                """, "Order", order("    @Enumerated(EnumType.ORDINAL) Status status;\n", """
                    @dev.entitylint.Allow(value = "enum-change", reason = "V12 rewrites CLOSED to DONE")
                    @Enumerated(EnumType.STRING) @Column(length = 16) State state;
                """)));
    }
}
