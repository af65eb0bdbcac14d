package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class CascadeToParentRuleTest {

    private final Lint lint = Lint.only("cascade-to-parent");

    private static final JavaFileObject ORDER = source("com.acme.PurchaseOrder", """
            package com.acme;

            import jakarta.persistence.*;
            import java.util.*;

            @Entity
            class PurchaseOrder {
                @Id Long id;
                @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
                List<OrderLine> lines = new ArrayList<>();
                @OneToOne(mappedBy = "order", cascade = CascadeType.ALL) Invoice invoice;
            }
            """);

    @Test
    void reportsRemoveTowardTheParentAtTheCascadeValue() {
        lint.check(ORDER, source("com.acme.OrderLine", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class OrderLine {
                    @Id Long id;
                    // expect: warning cascade-to-parent "@ManyToOne 'order' cascades REMOVE (through ALL) to its parent, so deleting one OrderLine deletes its PurchaseOrder and, with it, the PurchaseOrder's other children (or fails on their foreign keys) — write cascade = {CascadeType.PERSIST, CascadeType.MERGE}"
                    @ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL) PurchaseOrder order;
                    @ManyToOne(
                        // expect: cascade-to-parent "remove cascade from the @ManyToOne"
                        cascade = CascadeType.REMOVE)
                    PurchaseOrder previous;
                    // expect: cascade-to-parent "write cascade = {CascadeType.MERGE}"
                    @ManyToOne(cascade = {CascadeType.MERGE, CascadeType.REMOVE}) PurchaseOrder other;
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Invoice {
                    @Id Long id;
                    // expect: cascade-to-parent "@OneToOne 'order' cascades REMOVE (through ALL) to its parent"
                    @OneToOne(cascade = CascadeType.ALL) @MapsId PurchaseOrder order;
                }
                """));
    }

    /** Removal from parent to children (the parent's side), and PERSIST/MERGE toward the parent, are fine. */
    @Test
    void acceptsRemoveFromParentToChildrenAndPersistTowardTheParent() {
        lint.check(ORDER, source("com.acme.OrderLine", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class OrderLine {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY, cascade = {CascadeType.PERSIST, CascadeType.MERGE})
                    PurchaseOrder order;
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Invoice {
                    @Id Long id;
                    @OneToOne @MapsId PurchaseOrder order;
                }
                """));
    }

    /** An owning @OneToOne without @MapsId may point from parent to child (User owns its Address): left alone. */
    @Test
    void leavesAnOwningOneToOneWithoutMapsIdAlone() {
        lint.check(source("com.acme.Address", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Address {
                    @Id Long id;
                }
                """), source("com.acme.Person", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Person {
                    @Id Long id;
                    @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true) Address address;
                }
                """));
    }

    @Test
    void inheritedFromAMappedSuperclassIsReportedWhereWritten() {
        lint.check(ORDER, source("com.acme.Line", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Line {
                    // expect: cascade-to-parent "@ManyToOne 'order' cascades REMOVE (through ALL)"
                    @ManyToOne(cascade = CascadeType.ALL) PurchaseOrder order;
                }
                """), source("com.acme.OrderLine", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class OrderLine extends Line {
                    @Id Long id;
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Invoice {
                    @Id Long id;
                    @OneToOne @MapsId PurchaseOrder order;
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(ORDER, source("com.acme.OrderLine", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class OrderLine {
                    @Id Long id;
                    @SuppressWarnings("entitylint:cascade-to-parent")
                    @ManyToOne(cascade = CascadeType.ALL) PurchaseOrder order;
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Invoice {
                    @Id Long id;
                    @OneToOne @MapsId PurchaseOrder order;
                }
                """));
    }
}
