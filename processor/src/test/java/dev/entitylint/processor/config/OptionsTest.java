package dev.entitylint.processor.config;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.model.NamingStrategy;
import dev.entitylint.processor.rules.RuleRegistry;
import dev.entitylint.processor.testing.Lint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsTest {

    private static final JavaFileObject ENTITY = source("com.acme.Thing", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            public class Thing {
                @Id Long id;
                String name;
            }
            """);

    private static Options parse(Map<String, String> raw) {
        return Options.parse(raw, RuleRegistry.standard().ids());
    }

    @Test
    void severitiesApplyLeftToRight() {
        Options options = parse(Map.of("entitylint.rules", "all:warning, fk-index:error ,string-length:off"));
        assertEquals(List.of(), options.problems());
        assertEquals(Severity.ERROR, options.severity("fk-index", Severity.ERROR));
        assertEquals(Severity.WARNING, options.severity("money-type", Severity.ERROR));
        assertEquals(Severity.OFF, options.severity("string-length", Severity.ERROR));
        assertEquals(Severity.NOTE, parse(Map.of("entitylint.rules", "fk-index:off,all:note"))
                .severity("fk-index", Severity.ERROR));
    }

    @Test
    void unknownIdsLevelsAndKeysNameTheBadTokenAndTheValidOnes() {
        Options options = parse(Map.of(
                "entitylint.rules", "fk-indx:error,money-type:loud,string-length",
                "entitylint.naming", "camel",
                "entitylint.softDelete", "sometimes",
                "entitylint.namng", "jpa"));
        List<String> problems = options.problems();
        assertEquals(6, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown rule id 'fk-indx'")
                && p.contains("did you mean 'fk-index'?") && p.contains("valid ids: all, audit-column-name, audit-fields")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown level 'loud'")
                && p.contains("valid levels: error, warning, note, off")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("'string-length' has no level")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown value 'camel' for -Aentitylint.naming")
                && p.contains("snake_case, jpa")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown value 'sometimes'")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown option -Aentitylint.namng")
                && p.contains("did you mean 'entitylint.naming'?")), problems::toString);
        // The bad entries are dropped; everything else still applies.
        assertEquals(NamingStrategy.JPA, parse(Map.of("entitylint.naming", "jpa", "entitylint.rules", "x:y")).naming());
    }

    @Test
    void badOptionsAreCompileErrorsAndTheChecksStillRun() {
        Compilation compilation = Lint.allRules("-Aentitylint.rules=string-lenght:warning,audit-fields:off,soft-delete:off")
                .compile(ENTITY);
        assertThat(compilation).hadErrorContaining(
                "[config] unknown rule id 'string-lenght' in -Aentitylint.rules; did you mean 'string-length'?");
        assertThat(compilation).hadErrorContaining("[string-length] String column 'name'");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void configFileSetsTheSameKeysAndAOptionsOverrideIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entitylint.properties");
        Files.writeString(file, """
                # team defaults
                rules=all:off,string-length:warning
                entitylint.naming=jpa
                """);
        Compilation compilation = Lint.allRules("-Aentitylint.config=" + file).compile(ENTITY);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[string-length]");
        assertThat(compilation).hadWarningCount(1);

        Compilation overridden = Lint.allRules("-Aentitylint.config=" + file, "-Aentitylint.rules=all:off").compile(ENTITY);
        assertThat(overridden).succeededWithoutWarnings();
    }

    /** One config file at the project root works whichever directory javac runs in. */
    @Test
    void relativePathsInTheConfigFileAreRelativeToIt(@TempDir Path dir) throws IOException {
        Path project = Files.createDirectories(dir.resolve("module"));
        Files.writeString(project.resolve("entitylint.properties"), """
                baseline=config/entitylint-baseline.txt
                entitylint.migrations=src/main/resources/db/migration
                """);
        Options options = Options.parse(java.util.Map.of("entitylint.config",
                project.resolve("entitylint.properties").toString()), RuleRegistry.standard().ids());
        assertEquals(project.resolve("config/entitylint-baseline.txt").toString(), options.baseline());
        assertEquals(project.resolve("src/main/resources/db/migration").toString(), options.migrations());

        Options fromA = Options.parse(java.util.Map.of("entitylint.baseline", "config/b.txt"),
                RuleRegistry.standard().ids());
        assertEquals("config/b.txt", fromA.baseline());
    }

    @Test
    void aMissingOrMalformedConfigFileIsAClearError(@TempDir Path dir) throws IOException {
        Compilation missing = Lint.allRules("-Aentitylint.config=" + dir.resolve("nope.properties"),
                "-Aentitylint.rules=all:off").compile(ENTITY);
        assertThat(missing).hadErrorContaining("[config] cannot read config file");
        assertThat(missing).hadErrorContaining("nope.properties");
        assertThat(missing).hadErrorCount(1);

        Path bad = dir.resolve("bad.properties");
        Files.writeString(bad, "rules=all:off\nnaming=\\uZZZZ\nsoftDelet=optional\n");
        Compilation malformed = Lint.allRules("-Aentitylint.config=" + bad, "-Aentitylint.rules=all:off")
                .compile(ENTITY);
        assertThat(malformed).hadErrorContaining("[config] cannot read config file");
        assertThat(malformed).hadErrorContaining("Malformed");

        Path typo = dir.resolve("typo.properties");
        Files.writeString(typo, "rules=all:off\nsoftDelet=optional\n");
        Compilation misspelt = Lint.allRules("-Aentitylint.config=" + typo).compile(ENTITY);
        assertThat(misspelt).hadErrorContaining("unknown option -Aentitylint.softDelet; did you mean 'entitylint.softDelete'?");
        assertThat(misspelt).hadErrorCount(1);
    }

    @Test
    void namePrefixesAndTheConventionsFileAreChecked() {
        Options defaults = parse(Map.of());
        assertEquals(List.of("ix_", "uq_", "fk_"),
                List.of(defaults.indexPrefix(), defaults.uniquePrefix(), defaults.foreignKeyPrefix()));
        assertEquals(null, defaults.conventionsWrite());
        Options set = parse(Map.of("entitylint.names.index", "idx_", "entitylint.names.unique", " uk_ ",
                "entitylint.names.foreignKey", "FK_", "entitylint.conventions.write", "conventions.properties"));
        assertEquals(List.of("idx_", "uk_", "FK_"), List.of(set.indexPrefix(), set.uniquePrefix(), set.foreignKeyPrefix()));
        assertEquals("conventions.properties", set.conventionsWrite());
        assertEquals(List.of(), set.problems());

        Options bad = parse(Map.of("entitylint.names.index", "ix-", "entitylint.conventions.write", " "));
        assertEquals("ix_", bad.indexPrefix());
        assertEquals(List.of("-Aentitylint.conventions.write is empty — name the file to write, for example "
                        + "-Aentitylint.conventions.write=${project.basedir}/entitylint.properties",
                "-Aentitylint.names.index='ix-' is not a name prefix — write the letters that start the names, such "
                        + "as ix_ (letters, digits and underscores)"),
                bad.problems().stream().sorted().toList());
    }

    @Test
    void snakeCaseMatchesSpringBootsPhysicalNaming() {
        assertEquals("billing_customer_id", NamingStrategy.SNAKE_CASE.physical("billingCustomer_id"));
        assertEquals("order_item", NamingStrategy.SNAKE_CASE.physical("OrderItem"));
        assertEquals("address_street", NamingStrategy.SNAKE_CASE.physical("address.street"));
        assertEquals("line2", NamingStrategy.SNAKE_CASE.physical("line2"));
        assertEquals("urlvalue", NamingStrategy.SNAKE_CASE.physical("URLValue"));
        assertEquals("orders", NamingStrategy.SNAKE_CASE.physical("orders"));
        // A digit splits nothing (Spring Boot 2.6 to 3.x, Hibernate 6's CamelCaseToUnderscoresNamingStrategy).
        assertEquals("oauth2client_info", NamingStrategy.SNAKE_CASE.physical("OAuth2ClientInfo"));
        assertEquals("oauth2client_id", NamingStrategy.SNAKE_CASE.physical("oauth2ClientId"));
        assertEquals("sha256hash", NamingStrategy.SNAKE_CASE.physical("sha256Hash"));
        assertEquals("word_with_digitd1", NamingStrategy.SNAKE_CASE.physical("wordWithDigitD1"));
        assertEquals("OrderItem", NamingStrategy.JPA.physical("OrderItem"));
    }
}
