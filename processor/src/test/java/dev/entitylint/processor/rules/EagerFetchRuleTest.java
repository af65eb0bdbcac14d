package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class EagerFetchRuleTest {

    private final Lint lint = Lint.only("eager-fetch");

    private static final JavaFileObject CUSTOMER = source("com.acme.Customer", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            class Customer {
                @Id Long id;
            }
            """);

    @Test
    void reportsExplicitEagerAtTheFetchValueAndNotesImplicitOnes() {
        lint.check(CUSTOMER, source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Order {
                    @Id Long id;
                    // expect: warning eager-fetch "@ManyToOne 'customer' is fetched EAGER, so every load of Order also loads its Customer, even where nobody reads it, and no query can opt out — write fetch = FetchType.LAZY"
                    @ManyToOne(fetch = FetchType.EAGER) Customer customer;
                    // expect: note eager-fetch "@ManyToOne 'billedTo' is EAGER by default, so loading a list of Order runs one more query per row for its Customer (N+1) — write @ManyToOne(fetch = FetchType.LAZY)"
                    @ManyToOne Customer billedTo;
                    // expect: note eager-fetch "@OneToOne 'payer' is EAGER by default"
                    @OneToOne Customer payer;
                    // expect: eager-fetch "@ManyToMany 'watchers' is fetched EAGER, so every load of Order also loads its Customer collection"
                    @ManyToMany(fetch = FetchType.EAGER) Set<Customer> watchers;
                }
                """));
    }

    @Test
    void acceptsLazyAssociationsAndInverseOneToOne() {
        lint.check(CUSTOMER, source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Order {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY, optional = false) Customer customer;
                    @OneToMany(mappedBy = "order") Set<Line> lines;
                    @OneToOne(mappedBy = "order") Receipt receipt;
                    @ManyToMany Set<Customer> watchers;
                    @ElementCollection Set<String> tags;
                }
                """), source("com.acme.Line", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Line {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) Order order;
                }
                """), source("com.acme.Receipt", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Receipt {
                    @Id Long id;
                    @MapsId @OneToOne(fetch = FetchType.LAZY) Order order;
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(CUSTOMER, source("com.acme.Order", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @SuppressWarnings("entitylint:eager-fetch")
                class Order {
                    @Id Long id;
                    @ManyToOne Customer customer;
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                class Invoice {
                    @Id Long id;
                    @Allow(value = "eager-fetch", reason = "always rendered with its customer; at most one row per request")
                    @ManyToOne(fetch = FetchType.EAGER) Customer customer;
                }
                """));
    }

    @Test
    void reportedOnceInMappedSuperclass() {
        lint.check(CUSTOMER, source("com.acme.Owned", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Owned {
                    @Id Long id;
                    // expect: eager-fetch "'owner' is fetched EAGER"
                    @ManyToOne(fetch = FetchType.EAGER) Customer owner;
                }
                """), source("com.acme.Cart", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Cart extends Owned {
                }
                """), source("com.acme.Wishlist", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Wishlist extends Owned {
                }
                """));
    }
}
