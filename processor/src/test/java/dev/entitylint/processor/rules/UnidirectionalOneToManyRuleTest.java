package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class UnidirectionalOneToManyRuleTest {

    private final Lint lint = Lint.only("unidirectional-one-to-many");

    private static final JavaFileObject LINE = source("com.acme.OrderLine", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            class OrderLine {
                @Id Long id;
                @ManyToOne(fetch = FetchType.LAZY) PurchaseOrder purchaseOrder;
            }
            """);

    @Test
    void reportsHiddenJoinTable() {
        lint.check(LINE, source("com.acme.PurchaseOrder", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class PurchaseOrder {
                    @Id Long id;
                    // expect: warning unidirectional-one-to-many "@OneToMany 'lines' has neither mappedBy nor @JoinColumn, so JPA keeps it in a hidden join table (purchase_order_lines)"
                    @OneToMany
                    List<OrderLine> lines;
                    // expect: unidirectional-one-to-many "hidden join table (purchase_order_archived)"
                    @OneToMany(cascade = CascadeType.ALL) Set<OrderLine> archived;
                }
                """));
    }

    @Test
    void acceptsMappedByJoinColumnAndExplicitJoinTable() {
        lint.check(LINE, source("com.acme.PurchaseOrder", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class PurchaseOrder {
                    @Id Long id;
                    @OneToMany(mappedBy = "purchaseOrder") List<OrderLine> lines;
                    @OneToMany @JoinColumn(name = "archived_order_id") Set<OrderLine> archived;
                    @OneToMany @JoinTable(name = "purchase_order_highlights") Set<OrderLine> highlights;
                    @ElementCollection Set<String> notes;
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(LINE, source("com.acme.PurchaseOrder", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class PurchaseOrder {
                    @Id Long id;
                    @Allow(value = "unidirectional-one-to-many", reason = "the join table is a documented link table")
                    @OneToMany List<OrderLine> lines;
                }
                """));
    }

    @Test
    void reportedOnceInMappedSuperclass() {
        lint.check(LINE, source("com.acme.WithLines", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @MappedSuperclass
                abstract class WithLines {
                    @Id Long id;
                    // expect: unidirectional-one-to-many "map the owning side in OrderLine (@ManyToOne(fetch = FetchType.LAZY) WithLines withLines"
                    @OneToMany List<OrderLine> lines;
                }
                """), source("com.acme.PurchaseOrder", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class PurchaseOrder extends WithLines {
                }
                """), source("com.acme.Quote", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Quote extends WithLines {
                }
                """));
    }

    @Test
    void theProposedBackReferenceIsTheClassNameInCamelCase() {
        lint.check(source("com.acme.HTTPRoute", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class HTTPRoute {
                    @Id Long id;
                    // expect: unidirectional-one-to-many "(@ManyToOne(fetch = FetchType.LAZY) HTTPRoute httpRoute;) and write @OneToMany(mappedBy = \"httpRoute\") here, or add @JoinColumn(name = \"http_route_id\")"
                    @OneToMany List<Hop> hops;
                }

                @Entity
                class Hop {
                    @Id Long id;
                }
                """));
    }
}
