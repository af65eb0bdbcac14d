package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class VersionColumnRuleTest {

    private final Lint lint = Lint.only("version-column");

    @Test
    void reportsAnAggregateRootWithoutVersionOnceAtTheRoot() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: warning version-column "entity Customer has no @Version, so two transactions that change the same row both succeed and the last one silently overwrites the other's changes — add @Version private long version;"
                public class Customer {
                    @Id Long id;
                    String name;
                }
                """), source("com.acme.VipCustomer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class VipCustomer extends Customer {
                }
                """));
    }

    private static final JavaFileObject ORDER = source("com.acme.PurchaseOrder", """
            package com.acme;

            import jakarta.persistence.*;
            import java.util.*;

            @Entity
            class PurchaseOrder {
                @Id Long id;
                @Version long version;
                @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
                List<OrderLine> lines;
            }
            """);

    /**
     * A version declared or inherited; a child whose parent cascades removal to it (the parent's version
     * guards the aggregate, as soft-delete reads it); a read-only entity.
     */
    @Test
    void acceptsVersionedRootsTheirChildrenAndReadOnlyEntities() {
        lint.check(ORDER, source("com.acme.OrderLine", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class OrderLine {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) PurchaseOrder order;
                }
                """), source("com.acme.Versioned", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Versioned {
                    @Id Long id;
                    @Version Long version;
                }
                """), source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Customer extends Versioned {
                }
                """), source("com.acme.Country", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @org.hibernate.annotations.Immutable
                class Country {
                    @Id String code;
                }
                """));
    }

    @Test
    void reportsATimestampVersionWhereItIsDeclared() {
        lint.check(source("com.acme.Versioned", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @MappedSuperclass
                abstract class Versioned {
                    @Id Long id;
                    @Version
                    // expect: version-column "@Version 'version' is a Instant: two updates within the clock's resolution carry the same version, so one overwrites the other unnoticed, and a clock set back rejects valid updates — declare it as a number: @Version private long version;"
                    Instant version;
                }
                """), source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Customer extends Versioned {
                }
                """), source("com.acme.Supplier", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.Date;

                @Entity
                class Supplier {
                    @Id Long id;
                    // expect: version-column "@Version 'modified' is a Date"
                    @Version @Temporal(TemporalType.TIMESTAMP) Date modified;
                }
                """));
    }

    @Test
    void allowed() {
        lint.check(source("com.acme.AuditEntry", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "version-column", reason = "written once, never updated")
                class AuditEntry {
                    @Id Long id;
                }
                """));
    }
}
