package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class NullableColumnRuleTest {

    /** Off by default: the harness runs it as a warning, as the strict profile does. */
    private final Lint lint = Lint.only("nullable-column");

    private static final JavaFileObject CUSTOMER = source("com.acme.Customer", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            class Customer {
                @Id Long id;
            }
            """);

    @Test
    void reportsColumnsLeftNullable() {
        lint.check(CUSTOMER, source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Order {
                    @Id Long id;
                    // expect: warning nullable-column "column of 'reference' accepts NULL by default and nothing says it should, so every reader and every query has to handle a missing value — write @Column(nullable = false)"
                    String reference;
                    // expect: nullable-column "add nullable = false to its @Column"
                    @Column(length = 80) String note;
                    // expect: nullable-column "column of 'quantity' accepts NULL: an explicit @Column leaves even a primitive's column nullable, and a NULL there cannot be loaded into the int — add nullable = false to its @Column"
                    @Column(name = "qty") int quantity;
                    // expect: nullable-column "foreign key of 'customer' accepts NULL by default and nothing says the association is optional — write @ManyToOne(optional = false)"
                    @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                }
                """));
    }

    @Test
    void acceptsEveryStatedReason() {
        lint.check(CUSTOMER, source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import jakarta.validation.constraints.*;
                import java.time.Instant;
                import java.util.*;

                @Entity
                class Order {
                    @Id @GeneratedValue Long id;
                    @Version Long version;
                    @Column(nullable = false, length = 20) String reference;
                    @NotNull String status;
                    @NotBlank String title;
                    @Basic(optional = false) String code;
                    int quantity;
                    boolean paid;
                    @Basic(optional = false) @Column(name = "paid_twice") boolean paidTwice;
                    @Column(name = "item_count", nullable = false) int itemCount;
                    @Column(nullable = true) String giftMessage;
                    Instant deletedAt;
                    @ManyToOne(fetch = FetchType.LAZY, optional = false) Customer customer;
                    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "referrer_id", nullable = true) Customer referrer;
                    @OneToMany(mappedBy = "order") Set<Note> notes;
                    @ElementCollection Set<String> tags;
                    @org.hibernate.annotations.Formula("quantity * 2") Integer doubled;
                }
                """), source("com.acme.Note", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Note {
                    @Id Long id;
                    @MapsId @OneToOne(fetch = FetchType.LAZY) Order order;
                    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(nullable = false) Customer author;
                }
                """));
    }

    @Test
    void suppressedWithAReason() {
        lint.check(CUSTOMER, source("com.acme.Order", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                class Order {
                    @Id Long id;
                    @Allow(value = "nullable-column", reason = "unknown until the carrier answers")
                    @Column(length = 40) String trackingNumber;
                }
                """));
    }

    @Test
    void reportedOnceInMappedSuperclassAndEmbeddable() {
        lint.check(source("com.acme.Described", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Described {
                    @Id Long id;
                    // expect: nullable-column "'description'"
                    @Column(length = 200) String description;
                }
                """), source("com.acme.Shop", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Shop extends Described {
                    @Embedded Address address;
                }
                """), source("com.acme.Brand", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Brand extends Described {
                }
                """), source("com.acme.Address", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                class Address {
                    @Column(nullable = false, length = 120) String street;
                    // expect: nullable-column "'city'"
                    @Column(length = 80) String city;
                }
                """));
    }

    @Test
    void offByDefaultAndAWarningUnderStrict() {
        Lint.allRules("-Aentitylint.rules=all:off,nullable-column:off").check(source("com.acme.Plain", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Plain {
                    @Id Long id;
                    @Column(length = 10) String code;
                }
                """));
        Lint.allRules("-Aentitylint.profile=strict").compile(source("com.acme.Plain", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Plain {
                    @Id Long id;
                    @Column(length = 10) String code;
                }
                """)).diagnostics().stream()
                .filter(d -> d.getMessage(null).startsWith("[nullable-column]"))
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.WARNING)
                .findFirst()
                .orElseThrow(() -> new AssertionError("strict should report nullable-column as a warning"));
    }
}
