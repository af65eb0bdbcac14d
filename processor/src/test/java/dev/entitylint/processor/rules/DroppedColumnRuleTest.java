package dev.entitylint.processor.rules;

import static dev.entitylint.processor.rules.Evolution.shop;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class DroppedColumnRuleTest {

    private final Lint lint = Evolution.only("dropped-column");

    @Test
    void reportsAColumnNoLongerMappedAtTheTableOfItsEntity() {
        lint.check(shop("Customer", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                // expect: dropped-column "column 'fax' of table 'customers' is in the latest schema snapshot but mapped by nothing any more: the migration drops it with its data, while the deployed version still reads and writes it — stop using it in one deploy and drop it in the next: accept the drop with @Allow(value = "dropped-column", reason = "...") on Customer"
                @Table(name = "customers")
                class Customer {
                    @Id Long id;
                    @Column(length = 120) String email;
                    @Column(length = 100) String name;
                }
                """));
    }

    @Test
    void theSnapshotsOwnMappingHasNoDrop() {
        lint.check(shop());
    }

    @Test
    void acceptedWithAReasonOnTheEntity() {
        lint.check(shop("Customer", """
                package com.shop;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Table(name = "customers")
                @Allow(value = "dropped-column", reason = "fax unused since release 41, checked in OPS-118")
                class Customer {
                    @Id Long id;
                    @Column(length = 120) String email;
                    @Column(length = 100) String name;
                }
                """));
    }

    @Test
    void aBlankReasonAcceptsNothing() {
        Evolution.only("dropped-column", "-Aentitylint.rules=suppression:error").check(shop("Customer", """
                package com.shop;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                // expect: dropped-column "column 'fax'"
                @Table(name = "customers")
                // expect: suppression "@Allow has a blank reason"
                @Allow(value = "dropped-column", reason = "")
                class Customer {
                    @Id Long id;
                    @Column(length = 120) String email;
                    @Column(length = 100) String name;
                }
                """));
    }

    @Test
    void aRenameWithIntentIsNoDrop() {
        lint.check(shop("Customer", """
                package com.shop;

                import dev.entitylint.RenamedFrom;
                import jakarta.persistence.*;

                @Entity
                @Table(name = "customers")
                class Customer {
                    @Id Long id;
                    @Column(length = 120) String email;
                    @Column(length = 100) String name;
                    @Column(name = "fax_number", length = 30) @RenamedFrom("fax") String faxNumber;
                }
                """));
    }

    @Test
    void aJoinColumnDroppedIsReportedAtItsEntity() {
        lint.check(shop("Order", Evolution.V1.get("Order")
                .replace("""
                            @ManyToOne(fetch = FetchType.LAZY)
                            @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_orders_customer"))
                            Customer customer;
                        """, "")
                .replace("@Table(name = \"orders\")", "// expect: dropped-column \"column 'customer_id' of table 'orders'\"\n@Table(name = \"orders\")")));
    }

    @Test
    void reportedAtTheClassWhenTheTableIsNamedImplicitly() {
        lint.check(shop("Coupon", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity(name = "coupons")
                // expect: dropped-column "column 'code' of table 'coupons'"
                class Coupon {
                    @Id Long id;
                }
                """));
    }
}
