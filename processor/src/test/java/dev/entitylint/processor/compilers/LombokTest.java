package dev.entitylint.processor.compilers;

import static com.google.testing.compile.Compiler.javac;
import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.testing.Expectations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Lombok rewrites classes while they compile. Whichever of the two processors javac runs first,
 * entitylint must see the same entities and report the same findings at the same places.
 */
class LombokTest {

    private static final JavaFileObject CUSTOMER = source("com.lombok.Customer", """
            package com.lombok;

            import jakarta.persistence.*;
            import java.time.Instant;
            import lombok.Getter;
            import lombok.NoArgsConstructor;
            import lombok.Setter;

            @Entity
            @Getter
            @Setter
            @NoArgsConstructor
            public class Customer {
                @Id @GeneratedValue private Long id;
                @Column(length = 320) private String email;
                @Column(name = "created_at") private Instant createdAt;
                @Column(name = "updated_at") private Instant updatedAt;
                @Column(name = "deleted_at") private Instant deletedAt;
            }
            """);

    /** Field access: every JPA annotation is on a field, Lombok writes the accessors and a builder. */
    private static final JavaFileObject ORDER = source("com.lombok.PurchaseOrder", """
            package com.lombok;

            import jakarta.persistence.*;
            import java.math.BigDecimal;
            import java.time.Instant;
            import lombok.AllArgsConstructor;
            import lombok.Builder;
            import lombok.Getter;
            import lombok.NoArgsConstructor;
            import lombok.Setter;

            @Entity
            @Getter
            @Setter
            @Builder
            @NoArgsConstructor
            @AllArgsConstructor
            @Table(indexes = @Index(name = "ix_purchase_order_customer_id", columnList = "customer_id"))
            public class PurchaseOrder {
                @Id @GeneratedValue private Long id;
                // expect: string-length
                private String reference;
                @Builder.Default @Column(length = 20) private String status = "NEW";
                // expect: money-type
                private double totalPrice;
                @Column(precision = 19, scale = 2) private BigDecimal shippingFee;
                @ManyToOne private Customer customer;
                @ManyToOne
                // expect: fk-index
                private Customer billedTo;
                @Column(name = "created_at") private Instant createdAt;
                @Column(name = "updated_at") private Instant updatedAt;
                @Column(name = "deleted_at") private Instant deletedAt;
            }
            """);

    /**
     * Property access where Lombok writes the getters the provider reads; the annotations reach
     * the getters through {@code onMethod_}. Lombok's getters exist only after Lombok ran.
     */
    private static final JavaFileObject INVOICE = source("com.lombok.Invoice", """
            package com.lombok;

            import jakarta.persistence.*;
            import java.time.Instant;
            import lombok.Getter;
            import lombok.Setter;

            @Entity
            @Access(AccessType.PROPERTY)
            @org.hibernate.annotations.SQLRestriction("deleted_at IS NULL")
            @Setter
            public class Invoice {
                @Getter(onMethod_ = {@Id, @GeneratedValue}) private Long id;
                @Getter(onMethod_ = @Column(length = 30)) private String number;
                @Getter private String memo;
                @Getter(onMethod_ = @Column(name = "created_at")) private Instant createdAt;
                @Getter(onMethod_ = @Column(name = "updated_at")) private Instant updatedAt;
                @Getter(onMethod_ = @Column(name = "deleted_at")) private Instant deletedAt;
                @Getter private double amount;
            }
            """);

    /** A property-access mapped superclass whose getters Lombok writes, and an entity extending it. */
    private static final JavaFileObject BASE = source("com.lombok.Base", """
            package com.lombok;

            import jakarta.persistence.*;
            import java.time.Instant;
            import lombok.Getter;
            import lombok.Setter;

            @MappedSuperclass
            @Access(AccessType.PROPERTY)
            @org.hibernate.annotations.SQLRestriction("deleted_at IS NULL")
            @Getter
            @Setter
            public abstract class Base {
                @Getter(onMethod_ = @Id) private Long id;
                @Getter(onMethod_ = @Column(name = "created_at")) private Instant createdAt;
                @Getter(onMethod_ = @Column(name = "updated_at")) private Instant updatedAt;
                @Getter(onMethod_ = @Column(name = "deleted_at")) private Instant deletedAt;
                private String createdBy;
            }
            """);

    private static final JavaFileObject NOTE = source("com.lombok.Note", """
            package com.lombok;

            import jakarta.persistence.*;
            import lombok.Getter;

            @Entity
            @Getter
            public class Note extends Base {
                @Getter(onMethod_ = @Column(length = 2000)) private String text;
            }
            """);

    private static Processor lombok() {
        try {
            return (Processor) Class.forName("lombok.launch.AnnotationProcessorHider$AnnotationProcessor")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** entitylint's findings with their messages, in report order independent form. */
    private static List<String> findings(Compilation compilation) {
        List<String> findings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            if (message.startsWith("[")) {
                findings.add(Findings.file(d) + ":" + d.getLineNumber() + " " + message);
            }
        }
        findings.sort(null);
        return findings;
    }

    private static Compilation compile(boolean lombokFirst, JavaFileObject... sources) {
        Processor entitylint = new EntityLintProcessor();
        return javac()
                .withProcessors(lombokFirst ? List.of(lombok(), entitylint) : List.of(entitylint, lombok()))
                .compile(sources);
    }

    @Test
    void fieldAccessEntitiesWithBuildersGiveTheSameFindingsInEitherOrder() {
        Compilation lombokFirst = compile(true, CUSTOMER, ORDER);
        Compilation entitylintFirst = compile(false, CUSTOMER, ORDER);
        List<String> expected = Expectations.errorsAndWarnings(List.of(CUSTOMER, ORDER), List.of());
        assertEquals(List.of("PurchaseOrder.java:22 error string-length", "PurchaseOrder.java:25 error money-type",
                "PurchaseOrder.java:30 error fk-index"), expected, "the // expect: comments of the sources");
        assertEquals(expected, Findings.of(lombokFirst), () -> Findings.describe(lombokFirst.diagnostics()));
        assertEquals(findings(lombokFirst), findings(entitylintFirst));
        assertEquals(List.of(), lombokFirst.errors().stream()
                .filter(d -> !d.getMessage(Locale.ROOT).startsWith("[")).toList(), "javac itself is happy");
    }

    @Test
    void inheritedLombokGettersGiveTheSameFindingsInEitherOrder() {
        Compilation lombokFirst = compile(true, BASE, NOTE);
        Compilation entitylintFirst = compile(false, BASE, NOTE);
        List<String> found = findings(lombokFirst);
        assertEquals(1, found.size(), () -> String.join("\n", found));
        assertEquals(1, found.stream().filter(f -> f.contains("[string-length] String column 'createdBy'")).count(),
                () -> String.join("\n", found));
        assertEquals(found, findings(entitylintFirst));
    }

    @Test
    void propertyAccessThroughLombokGettersGivesTheSameFindingsInEitherOrder() {
        Compilation lombokFirst = compile(true, INVOICE);
        Compilation entitylintFirst = compile(false, INVOICE);
        List<String> found = findings(lombokFirst);
        assertEquals(2, found.size(), () -> String.join("\n", found));
        assertEquals(1, found.stream().filter(f -> f.contains("[string-length] String column 'memo'")).count(),
                () -> String.join("\n", found));
        assertEquals(1, found.stream().filter(f -> f.contains("[money-type] money attribute 'amount' is double")).count(),
                () -> String.join("\n", found));
        assertEquals(found, findings(entitylintFirst));
    }
}
