package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class DenormalizedCopyRuleTest {

    /** Off by default: the harness runs it as a warning, as the strict profile does. */
    private final Lint lint = Lint.only("denormalized-copy");

    private static final JavaFileObject CUSTOMER = source("com.acme.Customer", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            class Customer {
                @Id Long id;
                @Column(length = 120) String email;
                @Column(length = 80) String displayName;
            }
            """);

    @Test
    void reportsCopiesOfTheTargetsAttributes() {
        lint.check(CUSTOMER, source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Order {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                    // expect: warning denormalized-copy "'customerEmail' copies Customer.email that 'customer' already reaches, so the two drift apart when the Customer changes — read it through customer.email and drop 'customerEmail'; a deliberate snapshot says why with @Allow(value = "denormalized-copy", reason = "...")"
                    @Column(name = "customer_email", length = 120) String customerEmail;
                    // expect: denormalized-copy "copies Customer.displayName"
                    @Column(length = 80) String customerDisplayName;
                }
                """));
    }

    /** The key itself, attributes the target does not have, other types and a stated snapshot are quiet. */
    @Test
    void keysOtherNamesAndSnapshotsAreQuiet() {
        lint.check(CUSTOMER, source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Order {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                    @Column(name = "customer_id", insertable = false, updatable = false) Long customerId;
                    @Column(length = 20) String customerPhone;
                    @Column(length = 120) String email;
                    Integer customerDisplayName;
                    @dev.entitylint.Allow(value = "denormalized-copy", reason = "the address the invoice was sent to")
                    @Column(length = 120) String customerEmail;
                }
                """));
    }
}
