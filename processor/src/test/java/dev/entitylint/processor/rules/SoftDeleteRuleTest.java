package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftDeleteRuleTest {

    private final Lint lint = Lint.only("soft-delete");

    @Test
    void reportsAMissingColumnOnceAtTheEntity() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "customers")
                // expect: soft-delete "entity Customer has no deleted_at soft-delete column"
                public class Customer {
                    @Id Long id;
                }
                """), source("com.acme.VipCustomer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class VipCustomer extends Customer {
                }
                """));
    }

    @Test
    void acceptsANullableTimestampDeclaredOrInheritedAndHibernateSoftDelete() {
        lint.check(source("com.acme.SoftDeletable", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @MappedSuperclass
                public abstract class SoftDeletable {
                    @Id Long id;
                    @Column(name = "deleted_at") Instant deletedAt;
                }
                """), source("com.acme.Post", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: note soft-delete "nothing leaves rows with deleted_at set out of queries"
                public class Post extends SoftDeletable {
                }
                """), source("com.acme.Comment", """
                package com.acme;

                import jakarta.persistence.*;
                import org.hibernate.annotations.SoftDelete;

                @Entity
                @SoftDelete
                public class Comment {
                    @Id Long id;
                }
                """));
    }

    @Test
    void reportsTheWrongShapeAtTheAttribute() {
        lint.check(source("com.acme.Base", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                public abstract class Base {
                    @Id Long id;
                    // expect: soft-delete "'deleted_at' is Boolean"
                    Boolean deletedAt;
                }
                """), source("com.acme.A", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class A extends Base {
                }
                """), source("com.acme.B", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class B extends Base {
                }
                """), source("com.acme.C", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                public class C {
                    @Id Long id;
                    @Column(name = "deleted_at",
                        // expect: soft-delete "is NOT NULL"
                        nullable = false)
                    Instant deletedAt;
                }
                """), source("com.acme.D", """
                package com.acme;

                import jakarta.persistence.*;
                import jakarta.validation.constraints.NotNull;
                import java.time.Instant;

                @Entity
                public class D {
                    @Id Long id;
                    // expect: soft-delete "remove the not-null constraint from 'deletedAt'"
                    @NotNull Instant deletedAt;
                }
                """));
    }

    @Test
    void optionalModeChecksOnlyTheShape() {
        Lint.only("soft-delete", "-Aentitylint.softDelete=optional").check(source("com.acme.Tag", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Tag {
                    @Id Long id;
                }
                """), source("com.acme.Label", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Label {
                    @Id Long id;
                    // expect: soft-delete "is String"
                    @Column(length = 30) String deletedAt;
                }
                """));
    }

    @Test
    void hardDeletedEntitiesSayWhy() {
        lint.check(source("com.acme.Session", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "soft-delete", reason = "sessions expire; nothing to keep")
                public class Session {
                    @Id Long id;
                }
                """), source("com.acme.Token", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "soft-delete", reason = " ")
                // expect: soft-delete
                public class Token {
                    @Id Long id;
                }
                """));
    }

    @Test
    void columnNameIsConfigurable() {
        Lint.only("soft-delete", "-Aentitylint.softDelete.column=removed_at").check(source("com.acme.Doc", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                public class Doc {
                    @Id Long id;
                    // expect: note soft-delete "rows with removed_at set"
                    Instant removedAt;
                }
                """));
    }

    static final javax.tools.JavaFileObject ORDER = source("com.acme.Order", """
            package com.acme;

            import jakarta.persistence.*;
            import java.time.Instant;
            import java.util.List;
            import org.hibernate.annotations.SQLRestriction;

            @Entity
            @SQLRestriction("deleted_at is null")
            public class Order {
                @Id Long id;
                Instant deletedAt;
                @OneToMany(mappedBy = "order", cascade = CascadeType.ALL) List<OrderLine> lines;
                @OneToMany(mappedBy = "order", orphanRemoval = true) List<Payment> payments;
                @OneToOne(mappedBy = "order", cascade = CascadeType.REMOVE) Invoice invoice;
                @OneToMany(mappedBy = "order") List<Shipment> shipments;
                @ElementCollection List<Note> notes;
            }
            """);
    static final javax.tools.JavaFileObject ORDER_LINE = source("com.acme.OrderLine", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            public class OrderLine {
                @Id Long id;
                @ManyToOne Order order;
            }
            """);

    @Test
    void partsOfAnAggregateAreExempt() {
        lint.check(ORDER, ORDER_LINE, source("com.acme.Payment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Payment {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) Order order;
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Invoice {
                    @Id Long id;
                    @OneToOne Order order;
                }
                """), source("com.acme.Shipment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: soft-delete "entity Shipment has no deleted_at soft-delete column"
                public class Shipment {
                    @Id Long id;
                    @ManyToOne Order order;
                }
                """), source("com.acme.Note", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                public class Note {
                    String text;
                }
                """));
    }

    @Test
    void aPartIsExemptAlsoWhenItsParentIsAClassFile() throws Exception {
        com.google.testing.compile.Compilation first = com.google.testing.compile.Compiler.javac()
                .withOptions("-proc:none").compile(ORDER, ORDER_LINE, source("com.acme.Payment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Payment {
                    @Id Long id;
                    @ManyToOne Order order;
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Invoice {
                    @Id Long id;
                    @OneToOne Order order;
                }
                """), source("com.acme.Shipment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Shipment {
                    @Id Long id;
                    @ManyToOne Order order;
                }
                """), source("com.acme.Note", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                public class Note {
                    String text;
                }
                """));
        java.nio.file.Path classes = java.nio.file.Files.createTempDirectory("entitylint-parent");
        for (javax.tools.JavaFileObject file : first.generatedFiles()) {
            String path = file.toUri().getPath();
            java.nio.file.Path target = classes.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/")
                    + "/CLASS_OUTPUT/".length()));
            java.nio.file.Files.createDirectories(target.getParent());
            try (java.io.InputStream in = file.openInputStream()) {
                java.nio.file.Files.write(target, in.readAllBytes());
            }
        }
        List<java.io.File> classPath = new java.util.ArrayList<>();
        classPath.add(classes.toFile());
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classPath.add(new java.io.File(entry));
        }
        com.google.testing.compile.Compilation alone = com.google.testing.compile.Compiler.javac()
                .withProcessors(new dev.entitylint.processor.EntityLintProcessor())
                .withOptions("-Aentitylint.rules=all:off,soft-delete:error")
                .withClasspath(classPath)
                .compile(ORDER_LINE, source("com.acme.Shipment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Shipment {
                    @Id Long id;
                    @ManyToOne Order order;
                }
                """));
        List<String> messages = alone.diagnostics().stream()
                .filter(d -> d.getKind() != javax.tools.Diagnostic.Kind.NOTE)
                .map(d -> d.getSource().getName() + ": " + d.getMessage(java.util.Locale.ROOT)).toList();
        org.junit.jupiter.api.Assertions.assertEquals(1, messages.size(), messages::toString);
        org.junit.jupiter.api.Assertions.assertTrue(messages.get(0).contains("Shipment has no deleted_at"),
                messages::toString);
    }

    @Test
    void aBooleanDeletionFlagIsSoftDeleteWithAMilderNoteOnItsShape() {
        lint.check(source("com.acme.Post", """
                package com.acme;

                import jakarta.persistence.*;
                import org.hibernate.annotations.SQLRestriction;

                @Entity
                @SQLRestriction("deleted = false")
                public class Post {
                    @Id Long id;
                    // expect: note soft-delete "soft-delete flag 'deleted' records that a row was deleted, not when"
                    boolean deleted;
                }
                """), source("com.acme.Comment", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                public class Comment {
                    @Id Long id;
                    // expect: note soft-delete "flag 'is_deleted'"
                    @Column(name = "is_deleted") Boolean isDeleted;
                }
                """), source("com.acme.Like", """
                package com.acme;

                import jakarta.persistence.*;
                import org.hibernate.annotations.SQLRestriction;

                @Entity
                @SQLRestriction("removed = 0")
                public class Like {
                    @Id Long id;
                    // expect: note soft-delete "flag 'removed'"
                    Integer removed;
                }
                """));
    }

    @Test
    void aDeletionMarkNothingFiltersIsNoted() {
        lint.check(source("com.acme.Page", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                public class Page {
                    @Id Long id;
                    // expect: note soft-delete "nothing leaves rows with deleted_at set out of queries"
                    Instant deletedAt;
                }
                """), source("com.acme.Draft", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;
                import org.hibernate.annotations.*;

                @Entity
                @FilterDef(name = "live")
                @Filter(name = "live", condition = "deleted_at is null")
                public class Draft {
                    @Id Long id;
                    Instant deletedAt;
                }
                """), source("com.acme.Flagged", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Flagged {
                    @Id Long id;
                    // expect: note soft-delete "flag 'deleted'"; note soft-delete "nothing leaves rows with deleted set out of queries"
                    Boolean deleted;
                }
                """));
    }

    @Test
    void proposesAMechanismThatFiltersDeletedRows() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: soft-delete "add @SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "
                public class Customer {
                    @Id Long id;
                }
                """));
        Lint.only("soft-delete", "-Aentitylint.provider=eclipselink").check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: soft-delete "private Instant deletedAt; (NULL means live) and @GenerateRepository"
                public class Customer {
                    @Id Long id;
                }
                """));
    }

    @Test
    void modeAllRequiresTheColumnOnPartsToo() {
        Lint.only("soft-delete", "-Aentitylint.softDelete=all").check(ORDER, source("com.acme.OrderLine", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: soft-delete "entity OrderLine has no deleted_at"
                public class OrderLine {
                    @Id Long id;
                    @ManyToOne Order order;
                }
                """), source("com.acme.Payment", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "soft-delete", reason = "test")
                public class Payment {
                    @Id Long id;
                    @ManyToOne Order order;
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "soft-delete", reason = "test")
                public class Invoice {
                    @Id Long id;
                    @OneToOne Order order;
                }
                """), source("com.acme.Shipment", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "soft-delete", reason = "test")
                public class Shipment {
                    @Id Long id;
                    @ManyToOne Order order;
                }
                """), source("com.acme.Note", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                public class Note {
                    String text;
                }
                """));
    }

    /** A project whose convention is a flag sets it as the column (the conventions writer does): soft delete all the same. */
    @Test
    void aConfiguredFlagColumnIsSoftDeleteWithANoteOnItsShape() {
        Lint.only("soft-delete", "-Aentitylint.softDelete.column=archived").check(source("com.acme.Offer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @org.hibernate.annotations.SQLRestriction("archived = false")
                public class Offer {
                    @Id Long id;
                    // expect: note soft-delete "soft-delete flag 'archived' records that a row was deleted, not when"
                    boolean archived;
                }
                """));
    }
}
