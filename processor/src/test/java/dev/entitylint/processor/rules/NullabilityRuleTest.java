package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class NullabilityRuleTest {

    private final Lint lint = Lint.only("nullability");

    private static final JavaFileObject CUSTOMER = source("com.acme.Customer", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            class Customer {
                @Id Long id;
            }
            """);

    @Test
    void reportsContradictionsAtTheValueAtFault() {
        lint.check(CUSTOMER, source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import jakarta.validation.constraints.NotNull;
                import java.util.Optional;

                @Entity
                class Order {
                    @Id Long id;
                    // expect: warning nullability "column of 'quantity' is declared nullable = true but its type int cannot hold NULL, so loading a row with NULL there fails — declare it Integer quantity if NULL means something, else write nullable = false"
                    @Column(nullable = true) int quantity;
                    // expect: nullability "'reference' is @NotNull (or @Basic(optional = false)) but its column is declared nullable = true"
                    @NotNull @Column(length = 40, nullable = true) String reference;
                    @ManyToOne(optional = false)
                    // expect: nullability "'customer' is @ManyToOne(optional = false) but its @JoinColumn says nullable = true"
                    @JoinColumn(name = "customer_id", nullable = true)
                    Customer customer;
                    // expect: nullability "'payer' is @ManyToOne(optional = true) but its @JoinColumn says nullable = false, so the mapping says both that it may be missing and that it may not — write optional = false"
                    @ManyToOne(optional = true)
                    @JoinColumn(name = "payer_id", nullable = false)
                    Customer payer;
                    // expect: nullability "'nickname' is mapped NOT NULL (nullable = false) but getNickname() returns an Optional"
                    @Column(length = 40, nullable = false) String nickname;
                    // expect: nullability "'referrer' is mapped NOT NULL (optional = false) but getReferrer() returns an Optional"
                    @ManyToOne(optional = false) Customer referrer;

                    Optional<String> getNickname() {
                        return Optional.ofNullable(nickname);
                    }

                    Optional<Customer> getReferrer() {
                        return Optional.ofNullable(referrer);
                    }
                }
                """));
    }

    /**
     * What agrees is quiet: optional left at its default beside {@code nullable = false} (the
     * column states the rule), a boxed nullable column, an Optional getter of a nullable column,
     * and an Optional getter an interface imposes (Spring Data's {@code Auditable}).
     */
    @Test
    void consistentMappingsAreQuiet() {
        lint.check(CUSTOMER, source("com.acme.Auditable", """
                package com.acme;

                import java.util.Optional;

                interface Auditable {
                    Optional<String> getCreatedBy();

                    Optional<String> getLastModifiedBy();
                }
                """), source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import jakarta.validation.constraints.NotNull;
                import java.util.Optional;

                @Entity
                class Order implements Auditable {
                    @Id Long id;
                    @Column(nullable = true) Integer quantity;
                    @Column(nullable = false) int count;
                    @NotNull @Column(length = 40, nullable = false) String reference;
                    @ManyToOne @JoinColumn(name = "customer_id", nullable = false) Customer customer;
                    @ManyToOne(optional = false) @JoinColumn(name = "payer_id") Customer payer;
                    @Column(length = 40) String nickname;
                    @Column(length = 40, nullable = false) String createdBy;
                    @Column(length = 40, nullable = false) String lastModifiedBy;

                    Optional<String> getNickname() {
                        return Optional.ofNullable(nickname);
                    }

                    @Override
                    public Optional<String> getCreatedBy() {
                        return Optional.of(createdBy);
                    }

                    public Optional<String> getLastModifiedBy() {
                        return Optional.of(lastModifiedBy);
                    }
                }
                """));
    }

    /** A SINGLE_TABLE subclass's columns accept NULL for its siblings' rows: @NotNull with nullable = true is right there. */
    @Test
    void singleTableSubclassesMayValidateWhatTheColumnAllows() {
        lint.check(source("com.acme.Payment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
                class Payment {
                    @Id Long id;
                }
                """), source("com.acme.CardPayment", """
                package com.acme;

                import jakarta.persistence.*;
                import jakarta.validation.constraints.NotNull;

                @Entity
                class CardPayment extends Payment {
                    @NotNull @Column(length = 4, nullable = true) String last4;
                }
                """));
    }

    @Test
    void reportsInMappedSuperclassesOnceAndHonoursSuppression() {
        lint.check(source("com.acme.Base", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Base {
                    @Id Long id;
                    // expect: nullability "column of 'size' is declared nullable = true"
                    @Column(nullable = true) long size;
                    @SuppressWarnings("entitylint:nullability")
                    @Column(nullable = true) long revision;
                }
                """), source("com.acme.A", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class A extends Base {
                }
                """), source("com.acme.B", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class B extends Base {
                }
                """));
    }
}
