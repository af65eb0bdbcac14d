package dev.entitylint.processor.rules;

import static dev.entitylint.processor.rules.Evolution.shop;
import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DroppedTableRuleTest {

    private final Lint lint = Evolution.only("dropped-table");

    private static final String COUPON_WITH_EXPECTATION = """
            package com.shop;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "coupons")
            // expect: dropped-column "x"
            class Coupon {
                @Id Long id;
                @Column(length = 20) String code;
            }
            """;

    /** A gone entity's table is reported once, on the first entity of its package: the same place in every build. */
    @Test
    void aGoneEntitysTableIsReportedOnTheFirstEntityOfItsPackage() {
        lint.check(shop("FaxNumber", null, "Coupon", COUPON_WITH_EXPECTATION.replace("// expect: dropped-column \"x\"",
                "// expect: dropped-table \"table 'fax_numbers' of the latest schema snapshot is mapped by nothing any"
                        + " more (its entity com.shop.FaxNumber is gone): the migration drops it with every row, while"
                        + " the deployed version still uses it — keep the mapping until no deployed version uses the"
                        + " table, then accept the drop with @Allow(value = \"dropped-table\", reason = \"...\") on Coupon\"")));
    }

    @Test
    void acceptedWithAReasonWhereItIsReported() {
        lint.check(shop("FaxNumber", null, "Coupon", """
                package com.shop;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Table(name = "coupons")
                @Allow(value = "dropped-table", reason = "fax_numbers unused since release 41 (OPS-118)")
                class Coupon {
                    @Id Long id;
                    @Column(length = 20) String code;
                }
                """));
    }

    @Test
    void aCollectionTableWhoseAttributeIsGoneIsReportedOnItsOwner() {
        lint.check(shop("Order", Evolution.V1.get("Order")
                .replace("""
                            @ElementCollection
                            @CollectionTable(name = "order_tags", joinColumns = @JoinColumn(name = "order_id"))
                            @Column(name = "tag", length = 30)
                            Set<String> tags;
                        """, "")
                .replace("class Order {", "// expect: dropped-table \"collection table 'order_tags' of the latest schema"
                        + " snapshot is mapped by nothing any more (Order no longer maps it)\"\nclass Order {")));
    }

    /**
     * An incremental build recompiles one source, the others are class files: their tables are
     * still mapped, so nothing is dropped.
     */
    @Test
    void aSingleRecompiledEntityDropsNothing(@TempDir Path classes) throws Exception {
        Evolution.classFiles(classes, shop());
        for (String rule : UnsafeChangesTest.RULE_IDS) {
            Evolution.only(rule).withClassFiles(classes).check(source("com.shop.Customer", Evolution.V1.get("Customer")));
            Evolution.only(rule).withClassFiles(classes).check(source("com.shop.Order", Evolution.V1.get("Order")));
        }
    }

    /** Recompiled alone, a changed entity gets exactly the findings of a full build, and no others. */
    @Test
    void aSingleRecompiledEntityGetsTheFindingsOfAFullBuild(@TempDir Path classes) throws Exception {
        Evolution.classFiles(classes, shop());
        String customer = """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                // expect: dropped-column "column 'fax' of table 'customers'"
                @Table(name = "customers")
                class Customer {
                    @Id Long id;
                    @Column(length = 120) String email;
                    @Column(length = 100) String name;
                }
                """;
        Evolution.only("dropped-column").withClassFiles(classes).check(source("com.shop.Customer", customer));
        Evolution.only("dropped-column").check(shop("Customer", customer));
    }

    @Test
    void theSnapshotsOwnMappingDropsNoTable() {
        lint.check(shop());
    }
}
