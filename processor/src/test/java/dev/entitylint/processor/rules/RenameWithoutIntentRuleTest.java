package dev.entitylint.processor.rules;

import static dev.entitylint.processor.rules.Evolution.shop;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class RenameWithoutIntentRuleTest {

    private final Lint lint = Evolution.only("rename-without-intent");

    private static final String CUSTOMER_RENAMED = """
            package com.shop;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "customers")
            class Customer {
                @Id Long id;
                // expect: rename-without-intent "column 'email_address' of table 'customers' replaces 'email' of the latest schema snapshot without a stated intent: the migration drops 'email' with its data and adds 'email_address' empty — if it is a rename, write @RenamedFrom("email") on this attribute"
                @Column(name = "email_address", length = 120) String email;
                @Column(length = 100) String name;
                @Column(length = 30) String fax;
            }
            """;

    @Test
    void reportsARenamedColumnAtItsNewName() {
        lint.check(shop("Customer", CUSTOMER_RENAMED));
    }

    /** The one finding for the pair: no drop, no new column reported besides it. */
    @Test
    void theRenameIsTheOnlyFindingForThePair() {
        for (String rule : UnsafeChangesTest.RULE_IDS) {
            String source = rule.equals("rename-without-intent") ? CUSTOMER_RENAMED
                    : CUSTOMER_RENAMED.replaceAll("// expect: .*\\n", "");
            Evolution.only(rule).check(shop("Customer", source.replace("String email;", "String email = \"\";")
                    .replace("@Column(name = \"email_address\", length = 120)",
                            "@Column(name = \"email_address\", length = 120, nullable = false)")));
        }
    }

    @Test
    void aStatedRenameIsNoFinding() {
        lint.check(shop("Customer", """
                package com.shop;

                import dev.entitylint.RenamedFrom;
                import jakarta.persistence.*;

                @Entity
                @Table(name = "customers")
                class Customer {
                    @Id Long id;
                    @Column(name = "email_address", length = 120) @RenamedFrom("email") String email;
                    @Column(length = 100) String name;
                    @Column(length = 30) String fax;
                }
                """));
    }

    @Test
    void aRealDropPlusAddIsAcceptedWithAReason() {
        lint.check(shop("Customer", """
                package com.shop;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Table(name = "customers")
                class Customer {
                    @Id Long id;
                    @Allow(value = "rename-without-intent", reason = "email is dropped on purpose; addresses are collected anew")
                    @Column(name = "email_address", length = 120) String email;
                    @Column(length = 100) String name;
                    @Column(length = 30) String fax;
                }
                """));
    }

    /** A column gone and one of another type new: a drop and an add, not a rename. */
    @Test
    void aDropAndAnAddOfAnotherTypeAreNoRename() {
        lint.check(shop("Coupon", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "coupons")
                class Coupon {
                    @Id Long id;
                    Integer percent;
                }
                """));
        Evolution.only("dropped-column").check(shop("Coupon", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                // expect: dropped-column "column 'code'"
                @Table(name = "coupons")
                class Coupon {
                    @Id Long id;
                    Integer percent;
                }
                """));
    }

    @Test
    void reportsAnEntityThatMapsItsTableUnderANewName() {
        lint.check(shop("FaxNumber", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                // expect: rename-without-intent "FaxNumber maps its table as 'fax_lines' instead of 'fax_numbers' of the latest schema snapshot, without a stated intent: the migration drops 'fax_numbers' with every row and creates 'fax_lines' empty — if it is a rename, write @RenamedFrom("fax_numbers") on FaxNumber"
                @Table(name = "fax_lines")
                class FaxNumber {
                    @Id Long id;
                    @Column(length = 30) String number;
                }
                """));
        Evolution.only("dropped-table").check(shop("FaxNumber", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "fax_lines")
                class FaxNumber {
                    @Id Long id;
                    @Column(length = 30) String number;
                }
                """));
    }

    @Test
    void aStatedTableRenameIsNoFinding() {
        for (String rule : UnsafeChangesTest.RULE_IDS) {
            Evolution.only(rule).check(shop("FaxNumber", """
                    package com.shop;

                    import dev.entitylint.RenamedFrom;
                    import jakarta.persistence.*;

                    @Entity
                    @Table(name = "fax_lines")
                    @RenamedFrom("fax_numbers")
                    class FaxNumber {
                        @Id Long id;
                        @Column(length = 30) String number;
                    }
                    """));
        }
    }
}
