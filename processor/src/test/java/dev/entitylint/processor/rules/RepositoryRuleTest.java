package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.testing.Lint;
import java.util.Optional;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class RepositoryRuleTest {

    private final Lint lint = Lint.only("repository");
    /** The rule as a warning, so the compilation succeeds and its generated files can be inspected. */
    private final Lint asWarning = Lint.allRules("-Aentitylint.rules=all:off,repository:warning");

    /** Checks the diagnostics, then compiles again with the rule as a warning: no repository may appear. */
    private Compilation checkWithoutRepository(String entity, JavaFileObject... sources) {
        lint.check(sources);
        Compilation compilation = asWarning.compile(sources);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
        Optional<JavaFileObject> file = compilation.generatedSourceFile(entity + "Repository");
        assertTrue(file.isEmpty(), "no repository may be written for " + entity);
        return compilation;
    }

    @Test
    void reportsAnEntityWithoutIdAndWritesNoRepository() {
        checkWithoutRepository("com.acme.AuditLog", source("com.acme.AuditLog", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                // expect: repository "no repository for AuditLog: entity AuditLog has no @Id attribute"
                class AuditLog {
                    @Column(length = 200) String line;
                }
                """));
    }

    @Test
    void reportsCompositeAndEmbeddedKeys() {
        Compilation compilation = checkWithoutRepository("com.acme.OrderLine", source("com.acme.LineKey", """
                package com.acme;

                import jakarta.persistence.*;
                import java.io.Serializable;

                @Embeddable
                class LineKey implements Serializable {
                    Long orderId;
                    Integer line;
                }
                """), source("com.acme.OrderLine", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                // expect: repository "@EmbeddedId ('key')"
                class OrderLine {
                    @EmbeddedId LineKey key;
                }
                """), source("com.acme.Seat", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                @IdClass(SeatKey.class)
                // expect: repository "composite key (row, number)"
                class Seat {
                    @Id Integer row;
                    @Id Integer number;
                }
                """), source("com.acme.SeatKey", """
                package com.acme;

                import java.io.Serializable;

                class SeatKey implements Serializable {
                    Integer row;
                    Integer number;
                }
                """));
        assertTrue(compilation.generatedSourceFile("com.acme.SeatRepository").isEmpty());
    }

    @Test
    void reportsAnIndexNamingAColumnTheEntityLacks() {
        Compilation compilation = lint.check(source("com.acme.Parcel", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                @Table(name = "parcel", indexes = @Index(name = "ix_parcel_status", columnList = "stauts"))
                // expect: repository "index ix_parcel_status (stauts) of table 'parcel' names column 'stauts'"
                class Parcel {
                    @Id Long id;
                    @Column(length = 20) String status;
                }
                """));
        String message = compilation.errors().get(0).getMessage(java.util.Locale.ROOT);
        assertTrue(message.contains("write 'status' instead of 'stauts'"), message);
        assertTrue(message.startsWith("[repository] "), message);
        assertTrue(message.endsWith("(see docs/rules/repository.md)"), message);
    }

    @Test
    void reportsASoftDeleteColumnTheRepositoryCannotWrite() {
        lint.check(source("com.acme.Invoice", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                // expect: repository "soft-delete column 'deleted_at' ('deletedAt') is boolean"
                class Invoice {
                    @Id Long id;
                    boolean deletedAt;
                }
                """), source("com.acme.Receipt", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                @GenerateRepository
                // expect: repository "is NOT NULL"
                class Receipt {
                    @Id Long id;
                    @Column(nullable = false) Instant deletedAt;
                }
                """));
    }

    @Test
    void reportsProblemsOfEntitiesAskedForThroughTheirPackage() {
        Compilation compilation = checkWithoutRepository("com.acme.billing.Ledger",
                source("com.acme.billing.package-info", """
                @GenerateRepository
                package com.acme.billing;

                import dev.entitylint.GenerateRepository;
                """), source("com.acme.billing.Ledger", """
                package com.acme.billing;

                import jakarta.persistence.*;

                @Entity
                // expect: repository "entity Ledger has no @Id"
                class Ledger {
                    @Column(length = 20) String name;
                }
                """), source("com.acme.billing.Account", """
                package com.acme.billing;

                import jakarta.persistence.*;

                @Entity
                class Account {
                    @Id Long id;
                }
                """));
        assertTrue(compilation.generatedSourceFile("com.acme.billing.AccountRepository").isPresent());
    }

    @Test
    void silentWithoutGenerateRepositoryOrWhenSuppressed() {
        Compilation compilation = lint.check(source("com.acme.Plain", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Plain {
                    @Column(length = 10) String code;
                }
                """), source("com.acme.Excused", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                @SuppressWarnings("entitylint:repository")
                class Excused {
                    @Column(length = 10) String code;
                }
                """), source("com.acme.Fine", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                @Table(name = "fine", indexes = @Index(name = "ix_fine_code", columnList = "code"))
                class Fine {
                    @Id Long id;
                    @Column(length = 10) String code;
                }
                """));
        assertTrue(compilation.generatedSourceFile("com.acme.ExcusedRepository").isEmpty());
        assertEquals(0, compilation.errors().size());
        assertTrue(compilation.generatedSourceFile("com.acme.FineRepository").isPresent());
    }

    /** A tenant column the repository cannot bind: no repository at all, never one that reads across tenants. */
    @Test
    void reportsATenantColumnItCannotBind() {
        JavaFileObject[] sources = {source("com.acme.TenantKey", """
                package com.acme;

                import java.io.Serializable;

                class TenantKey implements Serializable {
                    String code;
                    String region;
                }
                """), source("com.acme.Tenant", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @IdClass(TenantKey.class)
                class Tenant {
                    @Id String code;
                    @Id String region;
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                // expect: repository "tenant column 'tenant_id' ('tenant') is neither a basic attribute nor a to-one association to an entity with a single basic id"
                class Invoice {
                    @Id Long id;
                    @ManyToOne(optional = false)
                    @JoinColumns({@JoinColumn(name = "tenant_id", referencedColumnName = "code"),
                            @JoinColumn(name = "tenant_region", referencedColumnName = "region")})
                    Tenant tenant;
                }
                """)};
        Lint.only("repository", "-Aentitylint.tenantColumn=tenant_id").check(sources);
        Compilation without = asWarning.compile(sources);
        assertTrue(without.generatedSourceFile("com.acme.InvoiceRepository").isPresent(),
                "without a tenant column option the entity is not multi-tenant");
    }

    // ------------------------------------------------------------------ names never collide

    private static final java.io.File SPRING_DATA = new java.io.File("target/spring-data/spring-data-commons.jar");
    private static final java.io.File JSPECIFY = new java.io.File("target/spring-data/jspecify.jar");

    /**
     * Spring's getting-started layout: the entity and {@code CustomerRepository extends
     * CrudRepository} in one package. One finding names the clash and the options; no file is
     * written and no internal failure shows ({@code check} fails on any other diagnostic).
     */
    @Test
    void aSpringDataRepositoryWithTheGeneratedNameIsReportedOnceAndNothingIsWritten() {
        assertTrue(SPRING_DATA.isFile(), SPRING_DATA.getAbsolutePath() + " (mvn generate-test-resources copies it)");
        JavaFileObject[] sources = {source("com.acme.Customer", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                // expect: repository "no repository for Customer: the name com.acme.CustomerRepository is taken by interface com.acme.CustomerRepository, a Spring Data repository"
                public class Customer {
                    @Id Long id;
                }
                """), source("com.acme.CustomerRepository", """
                package com.acme;

                import org.springframework.data.repository.CrudRepository;

                public interface CustomerRepository extends CrudRepository<Customer, Long> {
                }
                """)};
        Compilation compilation = lint.withJars(SPRING_DATA, JSPECIFY).check(sources);
        String message = compilation.errors().get(0).getMessage(java.util.Locale.ROOT);
        assertTrue(message.contains("-Aentitylint.repositories.name=") && message.contains(
                "-Aentitylint.repositories.package="), message);
        Compilation asWarnings = asWarning.withJars(SPRING_DATA, JSPECIFY).compile(sources);
        assertEquals(Compilation.Status.SUCCESS, asWarnings.status(), asWarnings.diagnostics().toString());
        assertEquals(List.of(), asWarnings.generatedSourceFiles(), "nothing generated");
    }

    /** With the name option set, the same layout gets its repository beside Spring Data's. */
    @Test
    void theNameOptionGivesTheGeneratedRepositoryAFreeName() {
        Lint named = Lint.only("repository", "-Aentitylint.repositories.name={Entity}Store").withJars(SPRING_DATA, JSPECIFY);
        Compilation compilation = named.check(source("com.acme.Customer", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                public class Customer {
                    @Id Long id;
                }
                """), source("com.acme.CustomerRepository", """
                package com.acme;

                public interface CustomerRepository extends org.springframework.data.repository.CrudRepository<Customer, Long> {
                }
                """));
        assertTrue(compilation.generatedSourceFile("com.acme.CustomerStore").isPresent());
    }

    /** A type of the compilation (not Spring's) that has the name. */
    @Test
    void aTypeOfTheCompilationWithTheGeneratedNameIsReported() {
        checkWithoutRepository("com.acme.Invoice", source("com.acme.Invoice", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                // expect: repository "the name com.acme.InvoiceRepository is taken by class com.acme.InvoiceRepository"
                class Invoice {
                    @Id Long id;
                }
                """), source("com.acme.InvoiceRepository", """
                package com.acme;

                class InvoiceRepository {
                    // written by hand before the entity asked for a generated one
                }
                """));
    }

    /** A type on the class path: org.junit.jupiter.api.Assertions, which the options make the repository's name. */
    @Test
    void aClassPathTypeWithTheGeneratedNameIsReported() {
        Lint lintNamed = Lint.only("repository", "-Aentitylint.repositories.package=org.junit.jupiter.api",
                "-Aentitylint.repositories.name={Entity}ions");
        lintNamed.check(source("com.acme.Assert", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                // expect: repository "the name org.junit.jupiter.api.Assertions is taken by class org.junit.jupiter.api.Assertions"
                public class Assert {
                    @Id Long id;
                }
                """));
    }

    /** The package option puts repositories elsewhere; an entity they cannot name is reported. */
    @Test
    void thePackageOptionNeedsAPublicEntity() {
        Lint elsewhere = Lint.only("repository", "-Aentitylint.repositories.package={package}.generated");
        JavaFileObject[] sources = {source("com.acme.Parcel", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                public class Parcel {
                    @Id Long id;
                }
                """), source("com.acme.Label", """
                package com.acme;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                // expect: repository "class Label is not public, so the repository in package com.acme.generated"
                class Label {
                    @Id Long id;
                }
                """)};
        elsewhere.check(sources);
        // Generated code compiles there: the compilation (with the rule as a warning) succeeds.
        Compilation compilation = Lint.allRules("-Aentitylint.rules=all:off,repository:warning",
                "-Aentitylint.repositories.package={package}.generated").compile(sources);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
        assertTrue(compilation.generatedSourceFile("com.acme.generated.ParcelRepository").isPresent());
    }
}
