package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.testing.Lint;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class UnusedIndexRuleTest {

    private final Lint lint = Lint.only("unused-index").withQueryLibraries();

    private static JavaFileObject order() {
        return source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                @Table(name = "orders", indexes = {
                    @Index(name = "ix_orders_number", columnList = "number"),
                    @Index(name = "ix_orders_created_at", columnList = "created_at"),
                    @Index(name = "ix_orders_customer_id", columnList = "customer_id"),
                    // expect: note unused-index "'ix_orders_status_note' (status, note) of table 'orders' leads with status, which none of the 2 queries of OrderRepository filters or sorts by"
                    @Index(name = "ix_orders_status_note", columnList = "status, note")
                }, uniqueConstraints = @UniqueConstraint(name = "uq_orders_reference", columnNames = "reference"))
                public class Order {
                    @Id Long id;
                    @Column(length = 20) String number;
                    @Column(length = 20) String reference;
                    @Column(length = 20) String status;
                    @Column(length = 200) String note;
                    Instant createdAt;
                    @ManyToOne(fetch = FetchType.LAZY) Order customer;
                }
                """);
    }

    @Test
    void notesAnIndexNoQueryOfTheCompilationUses() {
        lint.check(order(), source("com.acme.OrderRepository", """
                package com.acme;

                import java.util.List;
                import org.springframework.data.repository.Repository;

                public interface OrderRepository extends Repository<Order, Long> {
                    List<Order> findByNumber(String number);
                    List<Order> findAllByOrderByCreatedAtDesc();
                }
                """));
    }

    @Test
    void saysNothingWithoutARepositoryOrWhenAQueryCouldNotBeRead() {
        lint.check(source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders", indexes = @Index(name = "ix_orders_status", columnList = "status"))
                public class Order {
                    @Id Long id;
                    @Column(length = 20) String status;
                }
                """));
        lint.check(source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders", indexes = @Index(name = "ix_orders_status", columnList = "status"))
                public class Order {
                    @Id Long id;
                    @Column(length = 20) String status;
                }
                """), source("com.acme.OrderRepository", """
                package com.acme;

                import java.util.List;
                import org.springframework.data.jpa.repository.Query;
                import org.springframework.data.repository.Repository;

                public interface OrderRepository extends Repository<Order, Long> {
                    @Query(value = "select * from orders where status = ?1", nativeQuery = true)
                    List<Order> byStatus(String status);
                }
                """));
    }

    @Test
    void offByDefaultAndANoteInTheStrictProfile() {
        RuleRegistry registry = RuleRegistry.standard();
        assertEquals(Severity.OFF, registry.severity("unused-index", Options.parse(Map.of(), registry.ids())));
        assertEquals(Severity.WARNING, registry.severity("unused-index",
                Options.parse(Map.of("entitylint.profile", "strict"), registry.ids())));
        // Strict runs it, and it reports a note at most.
        Lint.only("unused-index", "-Aentitylint.profile=strict").withQueryLibraries().check(order(), source("com.acme.OrderRepository", """
                package com.acme;

                import java.util.List;
                import org.springframework.data.repository.Repository;

                public interface OrderRepository extends Repository<Order, Long> {
                    List<Order> findByNumber(String number);
                    List<Order> findByCreatedAtAfter(java.time.Instant after);
                }
                """));
    }
}
