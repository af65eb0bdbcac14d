package dev.entitylint.processor.report;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.testing.Lint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Aentitylint.conventions.write}: the codebase's conventions, written and then checked against. */
class ConventionsTest {

    /** A team's base class: Hibernate fills created_date and last_modified_date. */
    private static final JavaFileObject AUDITED = source("shop.Audited", """
            package shop;

            import jakarta.persistence.*;
            import java.time.LocalDateTime;
            import org.hibernate.annotations.CreationTimestamp;
            import org.hibernate.annotations.UpdateTimestamp;

            @MappedSuperclass
            public abstract class Audited {
                @CreationTimestamp @Column(name = "created_date", updatable = false) LocalDateTime createdDate;
                @UpdateTimestamp @Column(name = "last_modified_date") LocalDateTime lastModifiedDate;
            }
            """);

    private static final JavaFileObject CUSTOMER = source("shop.Customer", """
            package shop;

            import jakarta.persistence.*;
            import java.time.Instant;

            @Entity
            @Table(name = "customers",
                indexes = @Index(name = "idx_customers_name", columnList = "name"),
                uniqueConstraints = @UniqueConstraint(name = "uk_customers_code", columnNames = "code"))
            public class Customer extends Audited {
                @Id Long id;
                @Column(length = 80) String name;
                @Column(length = 12) String code;
                // expect: note soft-delete "nothing leaves rows with removed_at set out of queries"
                @Column(name = "removed_at") Instant removedAt;
            }
            """);

    private static final JavaFileObject ORDER = source("shop.Order", """
            package shop;

            import jakarta.persistence.*;
            import java.time.Instant;

            @Entity
            @Table(name = "orders", indexes = @Index(name = "idx_orders_customer_id", columnList = "customer_id"))
            public class Order extends Audited {
                @Id Long id;
                @ManyToOne @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_orders_customer"))
                Customer customer;
                // expect: note soft-delete "nothing leaves rows with removed_at set out of queries"
                @Column(name = "removed_at") Instant removedAt;
            }
            """);

    private static final JavaFileObject PRODUCT = source("shop.Product", """
            package shop;

            import jakarta.persistence.*;
            import java.time.Instant;

            @Entity
            @Table(name = "products",
                indexes = @Index(name = "idx_products_title", columnList = "title"),
                uniqueConstraints = @UniqueConstraint(name = "uk_products_sku", columnNames = "sku"))
            public class Product extends Audited {
                @Id Long id;
                @Column(length = 80) String title;
                @Column(length = 20) String sku;
                // expect: note soft-delete "nothing leaves rows with removed_at set out of queries"
                Instant removedAt;
            }
            """);

    /** Filled by Spring Data's annotations under other names; soft-deletes with a flag. */
    private static final JavaFileObject INVOICE = source("shop.Invoice", """
            package shop;

            import jakarta.persistence.*;
            import java.time.Instant;
            import org.springframework.data.annotation.CreatedDate;
            import org.springframework.data.annotation.LastModifiedDate;

            @Entity
            @Table(name = "invoices", indexes = @Index(name = "invoices_order_id_idx", columnList = "order_id"))
            public class Invoice {
                @Id Long id;
                @ManyToOne @JoinColumn(name = "order_id", foreignKey = @ForeignKey(name = "fk_invoices_order"))
                Order order;
                // expect: warning audit-column-name "column 'issued_on' keeps the time a row was created"
                @CreatedDate Instant issuedOn;
                @LastModifiedDate Instant lastModifiedDate;
                // expect: note soft-delete "flag 'is_deleted' records that a row was deleted, not when"; note soft-delete "nothing leaves rows with is_deleted set"
                @Column(name = "is_deleted") boolean deleted;
            }
            """);

    /** Keeps its creation time under another name, and no modification time. */
    private static final JavaFileObject COUNTRY = source("shop.Country", """
            package shop;

            import jakarta.persistence.*;
            import java.time.Instant;

            @Entity
            @Table(name = "countries")
            // expect: audit-fields "has no last_modified_date column, nor another time filled on update"; soft-delete "has no removed_at"
            public class Country {
                @Id Long id;
                // expect: warning audit-column-name "column 'creation_time' keeps the time a row was created"
                Instant creationTime;
            }
            """);

    /** Spring Data's annotations, as the class path of a Spring application has them. */
    private static final JavaFileObject CREATED_DATE = source("org.springframework.data.annotation.CreatedDate", """
            package org.springframework.data.annotation;

            public @interface CreatedDate {
            }
            """);

    private static final JavaFileObject LAST_MODIFIED_DATE = source(
            "org.springframework.data.annotation.LastModifiedDate", """
            package org.springframework.data.annotation;

            public @interface LastModifiedDate {
            }
            """);

    private static final List<JavaFileObject> SHOP = List.of(CREATED_DATE, LAST_MODIFIED_DATE, AUDITED, CUSTOMER, ORDER,
            PRODUCT, INVOICE, COUNTRY);

    private static final String SHOP_CONVENTIONS = """
            # entitylint conventions, read from the 5 entities of this codebase by -Aentitylint.conventions.write.
            # Point -Aentitylint.config at this file: rules then check new code against these conventions.
            # A convention is what more than half (and at least two) of the entities, or of the named indexes
            # and keys, that show one follow; where there is none, the comment says so and the default stands.
            # Subclasses count with their hierarchy's root. Write the file again from a full build when the
            # conventions change, and review it like code.

            # auditFields.created — created_date in 3 of 5 entities (creation_time 1, issued_on 1); types: LocalDateTime 3, Instant 2
            entitylint.auditFields.created=created_date

            # auditFields.updated — last_modified_date in 4 of 5 entities (none 1); types: LocalDateTime 3, Instant 1
            entitylint.auditFields.updated=last_modified_date

            # softDelete — 4 of 5 entities soft-delete, so the column stays required
            # softDelete.column — removed_at in 3 of 5 entities (is_deleted (a flag) 1, none 1)
            entitylint.softDelete.column=removed_at

            # names.index — idx_ in 3 of 4 named indexes (other 1)
            entitylint.names.index=idx_

            # names.unique — uk_ in 2 of 2 named unique constraints
            entitylint.names.unique=uk_

            # names.foreignKey — fk_ in 2 of 2 named foreign keys
            entitylint.names.foreignKey=fk_

            # naming — 4 of 8 multi-word attributes (such as createdAt) name their column explicitly, so explicit names cannot tell Spring Boot's snake_case from JPA's names-as-written; the default snake_case stands (write naming=jpa if Hibernate keeps names as written)

            # namingConvention — lower_snake_case in 18 of 18 written names
            entitylint.namingConvention=lower_snake_case
            """;

    private static JavaFileObject[] with(List<JavaFileObject> sources, JavaFileObject... more) {
        List<JavaFileObject> all = new ArrayList<>(sources);
        all.addAll(List.of(more));
        return all.toArray(JavaFileObject[]::new);
    }

    private static Compilation write(Path file, JavaFileObject... sources) {
        return Lint.allRules("-Aentitylint.rules=all:off", "-Aentitylint.conventions.write=" + file).compile(sources);
    }

    @Test
    void writesTheConventionsTheEntitiesFollowWithTheirEvidence(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("conventions/entitylint.properties");
        Compilation compilation = write(file, SHOP.toArray(JavaFileObject[]::new));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteContaining("[conventions] wrote 7 conventions of 5 entities to " + file);
        assertEquals(SHOP_CONVENTIONS, Files.readString(file));

        // Deterministic: another run, with the sources in another order, gives the same bytes.
        List<JavaFileObject> reversed = new ArrayList<>(SHOP);
        Collections.reverse(reversed);
        Path again = dir.resolve("again.properties");
        assertThat(write(again, reversed.toArray(JavaFileObject[]::new))).succeeded();
        assertEquals(-1L, Files.mismatch(file, again));
    }

    /** A new entity written the tutorial way, with other names than the codebase's. */
    private static final JavaFileObject SHIPMENT = source("shop.Shipment", """
            package shop;

            import jakarta.persistence.*;
            import java.time.Instant;

            @Entity
            @Table(name = "shipments")
            // expect: soft-delete "has no removed_at"
            public class Shipment {
                @Id Long id;
                // expect: fk-index "add @Index(name = \"idx_shipments_order_id\", columnList = \"order_id\")"
                @ManyToOne Order order;
                // expect: warning audit-column-name "column 'created_at' keeps the time a row was created"
                Instant createdAt;
                // expect: warning audit-column-name "column 'updated_at' keeps the time a row was last changed"
                Instant updatedAt;
                Instant deletedAt;
            }
            """);

    @Test
    void rulesThenCheckNewCodeAgainstTheWrittenConventions(@TempDir Path dir) {
        Path file = dir.resolve("entitylint.properties");
        JavaFileObject[] shop = SHOP.toArray(JavaFileObject[]::new);
        assertThat(write(file, shop)).succeeded();

        // With the defaults, audit-fields sees the times under other names by what fills them or by
        // their names, but no entity has deleted_at, and Country keeps no modification time.
        Compilation defaults = Lint.only("audit-fields", "-Aentitylint.rules=soft-delete:error").compile(shop);
        assertThat(defaults).hadErrorContaining("entity Customer has no deleted_at soft-delete column");
        assertThat(defaults).hadErrorContaining("entity Country has no updated_at column, nor another time filled on "
                + "update");
        assertThat(defaults).hadErrorCount(5);

        // With the codebase's conventions, only what departs from them is reported (the
        // expectations in the sources), and the new entity written with other names is.
        Lint.only("audit-fields", "-Aentitylint.config=" + file, "-Aentitylint.rules=soft-delete:error,fk-index:warning,audit-column-name:warning")
                .check(with(SHOP, SHIPMENT));
    }

    @Test
    void withoutAClearMajorityTheDefaultsStand(@TempDir Path dir) throws IOException {
        JavaFileObject a = source("mixed.A", """
                package mixed;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                @Table(indexes = @Index(name = "ix_a_name", columnList = "name"))
                public class A {
                    @Id Long id;
                    String name;
                    Instant createdAt;
                    Instant modifiedAt;
                }
                """);
        JavaFileObject b = source("mixed.B", """
                package mixed;

                import jakarta.persistence.*;
                import java.time.LocalDateTime;

                @Entity
                @Table(indexes = @Index(name = "idx_b_name", columnList = "name"))
                public class B {
                    @Id Long id;
                    String name;
                    LocalDateTime createdDate;
                    LocalDateTime updatedAt;
                    @Column(name = "DELETED") boolean deleted;
                }
                """);
        JavaFileObject c = source("mixed.C", """
                package mixed;

                import jakarta.persistence.*;

                @Entity
                public class C {
                    @Id Long id;
                    @Column(name = "Title") String title;
                }
                """);
        Path file = dir.resolve("entitylint.properties");
        Compilation compilation = write(file, a, b, c);
        assertThat(compilation).hadNoteContaining("[conventions] wrote 2 conventions of 3 entities");
        assertEquals("""
                # entitylint conventions, read from the 3 entities of this codebase by -Aentitylint.conventions.write.
                # Point -Aentitylint.config at this file: rules then check new code against these conventions.
                # A convention is what more than half (and at least two) of the entities, or of the named indexes
                # and keys, that show one follow; where there is none, the comment says so and the default stands.
                # Subclasses count with their hierarchy's root. Write the file again from a full build when the
                # conventions change, and review it like code.

                # auditFields.created — no clear convention: created_at 1, created_date 1, none 1 of 3 entities; types: Instant 1, LocalDateTime 1; the default created_at stands

                # auditFields.updated — no clear convention: modified_at 1, updated_at 1, none 1 of 3 entities; types: Instant 1, LocalDateTime 1; the default updated_at stands

                # softDelete — 2 of 3 entities keep no soft-delete column (the others: deleted (a flag) 1): deleting rows for good is the convention, so the column is optional
                entitylint.softDelete=optional
                # softDelete.column — no clear convention: deleted (a flag) 1, none 2 of 3 entities; the default deleted_at stands

                # names.index — no clear convention: idx_ 1, ix_ 1 of 2 named indexes; the default ix_ stands

                # names.unique — no unique constraint is named in the mapping; the default uq_ stands

                # names.foreignKey — no foreign key is named in the mapping; the default fk_ stands

                # naming — 4 of 4 multi-word attributes leave their column name to the naming strategy and expect snake_case names from it (created_at)
                entitylint.naming=snake_case

                # namingConvention — no clear convention: lower_snake_case 2, upper_snake_case 1, other 1 of 4 written names; the default lower_snake_case stands
                """, Files.readString(file));

        // audit-fields keeps its default names, and still sees A's modified_at and B's created_date
        // for what they are called: only C, which keeps no time at all, is reported.
        Compilation checked = Lint.only("audit-fields", "-Aentitylint.config=" + file).compile(a, b, c);
        assertThat(checked).hadErrorContaining("entity C has no created_at and updated_at columns");
        assertThat(checked).hadErrorCount(1);
    }

    @Test
    void anUnwritablePathIsAConfigError(@TempDir Path dir) throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a directory");
        Path file = blocker.resolve("entitylint.properties");
        Compilation compilation = write(file, CUSTOMER, AUDITED);
        assertThat(compilation).hadErrorContaining("[config] cannot write the conventions file '" + file + "'");
        assertThat(compilation).hadErrorContaining("check the path given in -Aentitylint.conventions.write");
        assertThat(compilation).hadErrorCount(1);
    }
}
