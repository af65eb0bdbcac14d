package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.processor.testing.CompiledSources;
import dev.entitylint.processor.testing.HibernateBoot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules whose messages say "Hibernate refuses to start" ({@code mapped-by}, {@code primary-key}),
 * proved on Hibernate ORM 7 and H2: the mapping they report stops the boot, before any DDL.
 */
class HibernateStartUpBootTest {

    private static String bootFailure(List<String> classes, javax.tools.JavaFileObject... sources) {
        CompiledSources compiled = CompiledSources.compile(List.of("-Aentitylint.rules=all:off"), sources);
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> HibernateBoot.start(compiled, classes, true, Map.of()).close());
        return HibernateBoot.messages(failure);
    }

    @Test
    void mappedByNamingNoAttributeStopsHibernate() {
        String messages = bootFailure(List.of("com.acme.Customer", "com.acme.Order"), source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                public class Customer {
                    @Id Long id;
                    @OneToMany(mappedBy = "custmer") Set<Order> orders;
                }
                """), source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders")
                public class Order {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                }
                """));
        assertTrue(messages.contains("custmer") && messages.contains("AnnotationException"), messages);
    }

    @Test
    void anEntityWithoutIdStopsHibernate() {
        String messages = bootFailure(List.of("com.acme.Invoice"), source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Invoice {
                    @Column(length = 20) String number;
                }
                """));
        assertTrue(messages.contains("Invoice") && messages.contains("has no identifier"), messages);
    }
}
