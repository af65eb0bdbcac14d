package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.testing.Lint;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class FkOnDeleteRuleTest {

    /** Off by default: the harness runs it as a warning, as the strict profile does. */
    private final Lint lint = Lint.only("fk-on-delete");

    private static final JavaFileObject CUSTOMER = source("com.acme.Customer", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            class Customer {
                @Id Long id;
            }
            """);

    @Test
    void reportsForeignKeysWithoutOnDelete() {
        lint.check(CUSTOMER, source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Order {
                    @Id Long id;
                    // expect: warning fk-on-delete "foreign key of 'customer' states no delete behaviour, so deleting a referenced Customer fails or orphans the Order rows, whatever the database defaults to — write @OnDelete(action = OnDeleteAction.CASCADE) if the rows go with the Customer, SET_NULL if they outlive it, or RESTRICT to refuse the delete"
                    @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                    // expect: fk-on-delete "foreign key of 'lines' in Line's table states no delete behaviour, so deleting the owning Order fails or orphans its Line rows"
                    @OneToMany @JoinColumn(name = "order_id") List<Line> lines;
                }
                """), source("com.acme.Line", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Line {
                    @Id Long id;
                }
                """));
    }

    /** A stated action, a key that is not created, inverse sides and join tables are quiet. */
    @Test
    void statedDeleteBehaviourIsQuiet() {
        lint.check(CUSTOMER, source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;
                import org.hibernate.annotations.OnDelete;
                import org.hibernate.annotations.OnDeleteAction;

                @Entity
                class Order {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) @OnDelete(action = OnDeleteAction.CASCADE) Customer customer;
                    @ManyToOne(fetch = FetchType.LAZY) @OnDelete(action = OnDeleteAction.SET_NULL) Customer referrer;
                    @ManyToOne(fetch = FetchType.LAZY)
                    @JoinColumn(name = "archived_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
                    Customer archived;
                    @ManyToMany Set<Customer> watchers;
                    @OneToMany(mappedBy = "order") List<Line> lines;
                }
                """), source("com.acme.Line", """
                package com.acme;

                import jakarta.persistence.*;
                import org.hibernate.annotations.OnDelete;
                import org.hibernate.annotations.OnDeleteAction;

                @Entity
                class Line {
                    @Id Long id;
                    @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.CASCADE) Order order;
                }
                """));
    }

    @Test
    void offByDefaultAndAWarningUnderStrict() {
        RuleRegistry registry = RuleRegistry.standard();
        assertEquals(Severity.OFF, registry.severity("fk-on-delete", Options.parse(Map.of(), registry.ids())));
        assertEquals(Severity.WARNING, registry.severity("fk-on-delete",
                Options.parse(Map.of("entitylint.profile", "strict"), registry.ids())));
    }
}
