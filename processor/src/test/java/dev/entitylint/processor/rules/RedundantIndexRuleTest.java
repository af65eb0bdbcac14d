package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class RedundantIndexRuleTest {

    private final Lint lint = Lint.only("redundant-index");

    @Test
    void reportsPrefixesAndDuplicates() {
        lint.check(source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders",
                    indexes = {
                        // expect: warning redundant-index "'ix_orders_customer' (customer_id) of table 'orders' is a leading prefix of 'ix_orders_customer_status' (customer_id, status), which serves the same lookups, so it only slows every write and takes space — remove this @Index from @Table(indexes = ...)"
                        @Index(name = "ix_orders_customer", columnList = "customer_id"),
                        @Index(name = "ix_orders_customer_status", columnList = "customer_id, status"),
                        // expect: redundant-index "'ix_orders_id' (id) of table 'orders' duplicates the primary key (id)"
                        @Index(name = "ix_orders_id", columnList = "id"),
                        // expect: redundant-index "'ix_orders_reference' (reference) of table 'orders' duplicates unique column (reference)"
                        @Index(name = "ix_orders_reference", columnList = "reference")
                    },
                    uniqueConstraints =
                        // expect: redundant-index "'uq_orders_reference' (reference) of table 'orders' duplicates unique column (reference), which serves the same lookups, so it only slows every write and takes space — remove this @UniqueConstraint"
                        @UniqueConstraint(name = "uq_orders_reference", columnNames = "reference"))
                class Order {
                    @Id Long id;
                    long customerId;
                    @Column(length = 20) String status;
                    @Column(length = 20, unique = true) String reference;
                }
                """));
    }

    @Test
    void acceptsIndexesThatServeOtherLookups() {
        lint.check(source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders",
                    indexes = {
                        @Index(name = "ix_orders_customer_status", columnList = "customer_id, status"),
                        @Index(name = "ix_orders_status_customer", columnList = "status, customer_id"),
                        @Index(name = "ix_orders_placed", columnList = "placed_at")
                    },
                    uniqueConstraints = {
                        @UniqueConstraint(name = "uq_orders_customer_number", columnNames = {"customer_id", "number"}),
                        @UniqueConstraint(name = "uq_orders_customer", columnNames = "customer_id")
                    })
                class Order {
                    @Id Long id;
                    long customerId;
                    long number;
                    @Column(length = 20) String status;
                    java.time.Instant placedAt;
                }
                """), source("com.acme.LineKey", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                class LineKey {
                    long orderId;
                    int lineNo;
                }
                """), source("com.acme.Line", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // Hibernate orders @EmbeddedId columns by attribute name: the key is (line_no, order_id).
                @Table(indexes = @Index(name = "ix_line_order_id", columnList = "order_id"))
                class Line {
                    @EmbeddedId LineKey key;
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(source("com.acme.Order", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "redundant-index", reason = "kept until the reporting job moves to the longer index")
                @Table(name = "orders", indexes = {
                    @Index(name = "ix_orders_customer", columnList = "customer_id"),
                    @Index(name = "ix_orders_customer_status", columnList = "customer_id, status")
                })
                class Order {
                    @Id Long id;
                    long customerId;
                    @Column(length = 20) String status;
                }
                """));
    }

    @Test
    void inheritedUniqueColumnIsReportedAtEachEntityThatDuplicatesIt() {
        lint.check(source("com.acme.Coded", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Coded {
                    @Id Long id;
                    @Column(length = 20, unique = true) String code;
                }
                """), source("com.acme.Shop", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(uniqueConstraints =
                    // expect: redundant-index "@UniqueConstraint (code) of table 'shop' duplicates unique column (code)"
                    @UniqueConstraint(columnNames = "code"))
                class Shop extends Coded {
                }
                """), source("com.acme.Brand", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Brand extends Coded {
                }
                """));
    }
}
