package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.processor.testing.CompiledSources;
import dev.entitylint.processor.testing.HibernateBoot;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What index-column says about Hibernate, proved by booting Hibernate ORM 7 on H2 with the same
 * mappings. Hibernate does not check the names of {@code @Index} and {@code @UniqueConstraint}
 * columns when it boots: it writes them into its DDL, the database rejects what names a missing
 * column, and Hibernate logs that and starts anyway, without the index or constraint (or stops,
 * under {@code hibernate.hbm2ddl.halt_on_error}). So: the rule reports an entity's column list
 * exactly when Hibernate's DDL for it failed, under both naming strategies, for every way of
 * spelling a column (typo, attribute name, case, camel case the physical naming strategy turns
 * into the column, a column another entity's one-way association puts in the table).
 */
class IndexColumnHibernateBootTest {

    /** Column lists; each becomes one entity with an index and one with a unique constraint. */
    private static final List<String> SPELLINGS = List.of("custmer_id", "customer", "customer_id", "CUSTOMER_ID",
            "placedAt", "placed_at", "PlacedAt", "reference", "ref_no", "refNo", "shipped", "status, placedAt");

    private static List<JavaFileObject> sources() {
        List<JavaFileObject> sources = new ArrayList<>();
        sources.add(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Customer {
                    @Id Long id;
                }
                """));
        sources.add(source("com.acme.Line", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes = @Index(name = "ix_line", columnList = "order_ref, lines_order"))
                public class Line {
                    @Id Long id;
                }
                """));
        sources.add(source("com.acme.Basket", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.List;

                @Entity
                public class Basket {
                    @Id Long id;
                    @OneToMany @JoinColumn(name = "order_ref") @OrderColumn List<Line> lines;
                }
                """));
        for (int i = 0; i < SPELLINGS.size() * 2; i++) {
            String columns = SPELLINGS.get(i / 2);
            String member = i % 2 == 0
                    ? "indexes = @Index(name = \"ix_p" + i + "\", columnList = \"" + columns + "\")"
                    : "uniqueConstraints = @UniqueConstraint(name = \"uq_p" + i + "\", columnNames = {\""
                            + columns.replace(", ", "\", \"") + "\"})";
            sources.add(source("com.acme.P" + i, """
                    package com.acme;

                    import jakarta.persistence.*;
                    import java.time.Instant;

                    @Entity
                    @Table(name = "p%d", %s)
                    public class P%d {
                        @Id Long id;
                        @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                        @Column(length = 20) String status;
                        Instant placedAt;
                        @Column(name = "ref_no", length = 20) String reference;
                    }
                    """.formatted(i, member, i)));
        }
        return sources;
    }

    private static List<String> classes() {
        List<String> classes = new ArrayList<>(List.of("com.acme.Customer", "com.acme.Line", "com.acme.Basket"));
        for (int i = 0; i < SPELLINGS.size() * 2; i++) {
            classes.add("com.acme.P" + i);
        }
        return classes;
    }

    private static CompiledSources compile(boolean snakeCase) {
        return CompiledSources.compile(List.of("-Aentitylint.rules=all:off,index-column:warning",
                "-Aentitylint.naming=" + (snakeCase ? "snake_case" : "jpa")), sources().toArray(JavaFileObject[]::new));
    }

    @ParameterizedTest(name = "snake_case={0}")
    @ValueSource(booleans = {true, false})
    void reportsExactlyWhatHibernatesDdlFailsOn(boolean snakeCase) {
        CompiledSources compiled = compile(snakeCase);
        List<String> reported = compiled.diagnostics(Diagnostic.Kind.WARNING).stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith("[index-column]"))
                .map(d -> d.getSource().getName().replaceAll(".*/", "").replace(".java", ""))
                .sorted()
                .toList();
        List<String> failed = new ArrayList<>();
        try (EntityManagerFactory factory = HibernateBoot.start(compiled, classes(), snakeCase, Map.of())) {
            EntityManager em = factory.createEntityManager();
            try {
                assertTrue(exists(em, "indexes", "index_name", "IX_LINE"), "the index on the one-way join column");
                for (int i = 0; i < SPELLINGS.size() * 2; i++) {
                    boolean created = i % 2 == 0
                            ? exists(em, "indexes", "index_name", "IX_P" + i)
                            : exists(em, "table_constraints", "constraint_name", "UQ_P" + i);
                    if (!created) {
                        failed.add("P" + i);
                    }
                }
            } finally {
                em.close();
            }
        }
        failed.sort(null);
        assertTrue(failed.size() >= 8 && failed.size() <= SPELLINGS.size() * 2 - 8, "some of each: " + failed);
        assertEquals(failed, reported, "entities whose index or constraint Hibernate failed to create vs reported; "
                + "spellings by entity: P(2k) and P(2k+1) use " + SPELLINGS + "[k]\n"
                + CompiledSources.describe(compiled.compilation()));
    }

    private static boolean exists(EntityManager em, String view, String column, String name) {
        return ((Number) em.createNativeQuery("select count(*) from information_schema." + view + " where " + column
                + " = '" + name + "'").getSingleResult()).intValue() > 0;
    }

    @Test
    void hibernateStopsOnlyWhenToldToHaltOnDdlErrors() {
        CompiledSources compiled = CompiledSources.compile(List.of("-Aentitylint.rules=all:off"), sources().get(0),
                source("com.acme.Order", """
                        package com.acme;

                        import jakarta.persistence.*;

                        @Entity
                        @Table(name = "orders", indexes = @Index(name = "ix_orders_customer", columnList = "custmer_id"))
                        public class Order {
                            @Id Long id;
                            @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                        }
                        """));
        List<String> classes = List.of("com.acme.Customer", "com.acme.Order");
        try (EntityManagerFactory started = HibernateBoot.start(compiled, classes, true, Map.of())) {
            assertTrue(started.isOpen());
        }
        RuntimeException halted = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> HibernateBoot.start(compiled, classes, true, Map.of("hibernate.hbm2ddl.halt_on_error", true))
                        .close());
        String messages = HibernateBoot.messages(halted);
        assertTrue(messages.contains("Error executing DDL \"create index ix_orders_customer on orders (custmer_id)\""),
                messages);
    }
}
