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
import dev.entitylint.processor.config.Options.SoftDeleteMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
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
        assertThat(malformed).hadErrorContaining("[config] config file '" + bad + "' line 2 is malformed (Malformed");
        assertThat(malformed).hadErrorContaining("[config] config file '" + bad + "' has a key entitylint does not "
                + "read: softDelet (line 3; did you mean 'softDelete'?) — correct or remove it; entitylint reads rules, ");
        assertThat(malformed).hadErrorCount(2);

        Path typo = dir.resolve("typo.properties");
        Files.writeString(typo, "rules=all:off\nsoftDelet=optional\n");
        Compilation misspelt = Lint.allRules("-Aentitylint.config=" + typo).compile(ENTITY);
        assertThat(misspelt).hadErrorContaining("softDelet (line 2; did you mean 'softDelete'?)");
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
        assertEquals(List.of("-Aentitylint.conventions.write is empty — write the path of the file to write the "
                        + "conventions to, for example -Aentitylint.conventions.write=${project.basedir}/entitylint.properties, "
                        + "or leave the option out; until then no conventions file is written",
                "-Aentitylint.names.index='ix-' is not a name prefix — write the letters that start the names, such "
                        + "as ix_ (letters, digits and underscores)"),
                bad.problems().stream().sorted().toList());
    }

    private static final JavaFileObject INVOICE = source("com.acme.Invoice", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            public class Invoice {
                @Id Long id;
                double totalAmount;
            }
            """);

    private static List<String> errors(Compilation compilation) {
        return compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    }

    private static Options parseFile(Path file, String... moreRaw) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("entitylint.config", file.toString());
        for (int i = 0; i < moreRaw.length; i += 2) {
            raw.put(moreRaw[i], moreRaw[i + 1]);
        }
        return parse(raw);
    }

    /** One rule for every option: an empty value is one clear error, and the option's default stays. */
    @Test
    void anEmptyValueOfAnyOptionIsOneErrorThatSaysWhatToWriteAndTheDefaultStays() {
        Options defaults = parse(Map.of());
        for (String key : new TreeSet<>(Options.SUPPORTED)) {
            for (String empty : new String[] {"", "  ", null}) {
                Map<String, String> raw = new HashMap<>();
                raw.put(key, empty);
                Options options = parse(raw);
                List<String> problems = options.problems();
                assertEquals(1, problems.size(), key + "='" + empty + "': " + problems);
                String problem = problems.get(0);
                assertTrue(problem.startsWith("-A" + key + " is empty — write "), problem);
                assertTrue(problem.contains(", for example -A" + key + "="), problem);
                assertTrue(problem.contains("or leave the option out"), problem);
                assertEquals(describe(defaults), describe(options), key);
            }
        }
        assertEquals(List.of("-Aentitylint.money.pattern is empty — write a regular expression matched against each "
                + "camel-case word of an attribute name, for example -Aentitylint.money.pattern=(price|amount|fee)(e?s)?, "
                + "or leave the option out; until then the default pattern applies: " + Options.DEFAULT_MONEY_PATTERN),
                parse(Map.of("entitylint.money.pattern", "")).problems());
        assertEquals(List.of("-Aentitylint.tenantColumn is empty — write your tenant column (a plain SQL identifier), "
                + "for example -Aentitylint.tenantColumn=tenant_id, or leave the option out; until then no tenant "
                + "column is set and tenant-column checks nothing"),
                parse(Map.of("entitylint.tenantColumn", " ")).problems());
    }

    /** Every setting an option can change, as text, to compare with the defaults. */
    private static String describe(Options o) {
        return List.of(o.naming(), o.softDelete(), o.softDeleteColumn(), o.createdColumn(), o.updatedColumn(),
                o.reports(), o.moneyWords().pattern(), o.profile(), String.valueOf(o.tenantColumn()),
                o.identifierLength(), o.identifierLengthSource(), o.reservedWordSets(), String.valueOf(o.provider()),
                String.valueOf(o.baseline()), o.baselineWrite(), String.valueOf(o.fixPatch()),
                String.valueOf(o.migrations()), String.valueOf(o.conventionsWrite()), o.indexPrefix(),
                o.uniquePrefix(), o.foreignKeyPrefix(), o.namingConvention(),
                o.severity("fk-index", Severity.ERROR), o.severity("money-type", Severity.WARNING)).toString();
    }

    @Test
    void anEmptyConfigPathIsAClearErrorAndTheFindingsStillCome() {
        for (String option : List.of("-Aentitylint.config=", "-Aentitylint.config=   ", "-Aentitylint.config")) {
            Compilation compilation = Lint.allRules(option, "-Aentitylint.rules=all:off,string-length:error")
                    .compile(ENTITY);
            assertEquals(List.of("[config] -Aentitylint.config is empty — write the path of entitylint's properties "
                    + "file, for example -Aentitylint.config=${project.basedir}/entitylint.properties, or leave the "
                    + "option out; until then no config file is read"), errors(compilation).stream()
                    .filter(e -> e.startsWith("[config]")).toList(), option);
            assertThat(compilation).hadErrorContaining("[string-length] String column 'name'");
            assertThat(compilation).hadErrorCount(2);
        }
    }

    @Test
    void anEmptyMoneyPatternIsAnErrorAndTheDefaultPatternStillFindsMoney(@TempDir Path dir) throws IOException {
        Compilation compilation = Lint.allRules("-Aentitylint.money.pattern=", "-Aentitylint.rules=all:off,money-type:error")
                .compile(INVOICE);
        assertThat(compilation).hadErrorContaining("[config] -Aentitylint.money.pattern is empty — write a regular expression");
        assertThat(compilation).hadErrorContaining("[money-type] money attribute 'totalAmount' is double");
        assertThat(compilation).hadErrorCount(2);

        Path file = dir.resolve("entitylint.properties");
        Files.writeString(file, "rules=all:off,money-type:error\nmoney.pattern=\n");
        Compilation fromFile = Lint.allRules("-Aentitylint.config=" + file).compile(INVOICE);
        assertEquals(List.of("[config] config file '" + file + "' line 2: entitylint.money.pattern is empty — write a "
                + "regular expression matched against each camel-case word of an attribute name, for example "
                + "entitylint.money.pattern=(price|amount|fee)(e?s)?, or leave the option out; until then the default "
                + "pattern applies: " + Options.DEFAULT_MONEY_PATTERN), errors(fromFile).stream()
                .filter(e -> e.startsWith("[config]")).toList());
        assertThat(fromFile).hadErrorContaining("[money-type] money attribute 'totalAmount' is double");
        assertThat(fromFile).hadErrorCount(2);
    }

    /**
     * The README says an unset tenant column leaves tenant-column off and anything but a plain SQL
     * identifier is an error: an empty or invalid one is an error and does not turn the rule on
     * with a guessed {@code tenant_id}.
     */
    @Test
    void anEmptyTenantColumnIsAnErrorAndChecksNoGuessedColumn() {
        for (String value : List.of("", "tenant-id")) {
            Options options = parse(Map.of("entitylint.tenantColumn", value));
            assertEquals(null, options.tenantColumn(), value);
            assertEquals(1, options.problems().size(), options.problems()::toString);

            Compilation compilation = Lint.allRules("-Aentitylint.tenantColumn=" + value,
                    "-Aentitylint.rules=string-length:error,audit-fields:off,soft-delete:off").compile(ENTITY);
            assertEquals(List.of("config", "string-length"), errors(compilation).stream()
                    .map(m -> m.substring(1, m.indexOf(']'))).sorted().toList(), errors(compilation)::toString);

            // Turning the rule on by name with a bad column: one error, about the column.
            Compilation named = Lint.allRules("-Aentitylint.tenantColumn=" + value,
                    "-Aentitylint.rules=all:off,tenant-column:error").compile(ENTITY);
            assertEquals(1, errors(named).size(), errors(named)::toString);
            assertTrue(errors(named).get(0).startsWith("[config] -Aentitylint.tenantColumn"), errors(named)::toString);
        }
    }

    private static final List<String> SPRING_KEYS = List.of("spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password", "spring.jpa.hibernate.ddl-auto", "spring.jpa.show-sql",
            "spring.jpa.properties.hibernate.format_sql", "server.port", "server.servlet.context-path",
            "logging.level.root", "logging.level.org.hibernate.SQL", "management.endpoints.web.exposure.include",
            "spring.application.name");

    /** An application.properties passed by mistake: one error naming the file, the findings stay visible. */
    @Test
    void aConfigFileOfUnrelatedKeysIsOneErrorThatNamesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("application.properties");
        StringBuilder text = new StringBuilder("# Spring Boot\n");
        for (int i = 0; i < 100; i++) {
            text.append(SPRING_KEYS.get(i % SPRING_KEYS.size())).append(i < SPRING_KEYS.size() ? "" : "." + i)
                    .append("=x\n");
        }
        text.append("namng=jpa\n");
        Files.writeString(file, text);
        Compilation compilation = Lint.allRules("-Aentitylint.config=" + file,
                "-Aentitylint.rules=all:off,string-length:error").compile(ENTITY);
        List<String> config = errors(compilation).stream().filter(e -> e.startsWith("[config]")).toList();
        assertEquals(1, config.size(), config::toString);
        String message = config.get(0);
        assertTrue(message.startsWith("[config] config file '" + file + "' has 101 keys entitylint does not read: "
                + "namng (line 102; did you mean 'naming'?), spring.datasource.url (line 2), "
                + "spring.datasource.username (line 3), spring.datasource.password (line 4) and 97 more — is it the "
                + "file you meant for -Aentitylint.config? entitylint reads "), message);
        assertTrue(message.contains("rules, naming, "), message);
        assertThat(compilation).hadErrorContaining("[string-length] String column 'name'");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void aByteOrderMarkCrlfAndTrailingWhitespaceReadAsWritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entitylint.properties");
        Files.write(file, ("\uFEFFrules=all:off,string-length:warning \r\n"
                + "naming = jpa\t\r\n"
                + "\r\n"
                + "# a comment \r\n"
                + "profile=strict  \r\n"
                + "softDelete.column=removed_at \r\n"
                + "names.index=idx_\t \r\n"
                + "report=schema , sarif \r\n"
                + "baseline.write=false \r\n"
                + "identifierLength=mysql \r\n").getBytes(StandardCharsets.UTF_8));
        Options options = parseFile(file);
        assertEquals(List.of(), options.problems());
        assertEquals(NamingStrategy.JPA, options.naming());
        assertEquals(Profile.STRICT, options.profile());
        assertEquals("removed_at", options.softDeleteColumn());
        assertEquals("idx_", options.indexPrefix());
        assertEquals(64, options.identifierLength());
        assertEquals(Severity.OFF, options.severity("fk-index", Severity.ERROR));

        Compilation compilation = Lint.allRules("-Aentitylint.config=" + file).compile(ENTITY);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[string-length]");
        assertThat(compilation).hadWarningCount(1);
    }

    /** Files from editors that do not write UTF-8: UTF-16 with a byte-order mark, and ISO-8859-1 (Java's old default). */
    @Test
    void utf16AndLatin1ConfigFilesAreRead(@TempDir Path dir) throws IOException {
        String text = "# Größe der Spalten\nnaming=jpa\nsoftDelete.column=gelöscht_am\n";
        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                StandardCharsets.ISO_8859_1)) {
            Path file = dir.resolve(charset.name() + ".properties");
            byte[] bytes = text.getBytes(charset);
            if (charset.equals(StandardCharsets.UTF_16LE)) {
                bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes);
            } else if (charset.equals(StandardCharsets.UTF_16BE)) {
                bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, bytes);
            }
            Files.write(file, bytes);
            Options options = parseFile(file);
            assertEquals(NamingStrategy.JPA, options.naming(), charset.name());
            // The column is read as written, and then rejected as no plain SQL identifier, with its line.
            assertEquals(List.of("config file '" + file + "' line 3: entitylint.softDelete.column='gelöscht_am' is not "
                    + "a column name — write a plain SQL identifier such as deleted_at"), options.problems(), charset.name());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void aMalformedLineIsAnErrorWithItsLineAndTheOtherLinesStillApply(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entitylint.properties");
        Files.writeString(file, "rules=all:off,\\\n   string-length:warning\nbaseline=C:\\users\\me\\baseline.txt\n"
                + "naming=jpa\n");
        Options options = parseFile(file);
        assertEquals(List.of("config file '" + file + "' line 3 is malformed (Malformed \\uxxxx encoding.) and is "
                + "ignored — in a properties file a backslash starts an escape such as \\u00e9: write \\\\ for a "
                + "backslash, or / in paths"), options.problems());
        assertEquals(NamingStrategy.JPA, options.naming());
        assertEquals(Severity.WARNING, options.severity("string-length", Severity.ERROR));
        assertEquals(null, options.baseline());
    }

    /** Properties drop the backslash of an unknown escape: C:\\work\\b.txt would silently be C:workb.txt. */
    @Test
    void aWindowsPathWithSingleBackslashesIsAnErrorNotAnotherPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entitylint.properties");
        Files.writeString(file, "naming=jpa\nbaseline=C:\\work\\b.txt\nfix=C:\\\\work\\\\fixes.patch\n"
                + "migrations=C:/work/db\n");
        Options options = parseFile(file);
        assertEquals(List.of("config file '" + file + "' line 2 (baseline=C:\\work\\b.txt): a backslash starts an "
                + "escape in a properties file, so the path reads 'C:workb.txt' — write / or \\\\ for each backslash; "
                + "until then no baseline is read"), options.problems());
        assertEquals(null, options.baseline());
        assertEquals("C:\\work\\fixes.patch", options.fixPatch().substring(options.fixPatch().indexOf("C:")));
        assertEquals(NamingStrategy.JPA, options.naming());
    }

    @Test
    void theCommandLineWinsOverTheFileAndAKeyTwiceInTheFileIsAnError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entitylint.properties");
        Files.writeString(file, "naming=jpa\nprofile=strict\n");
        Options overridden = parseFile(file, "entitylint.naming", "snake_case");
        assertEquals(List.of(), overridden.problems());
        assertEquals(NamingStrategy.SNAKE_CASE, overridden.naming());
        assertEquals(Profile.STRICT, overridden.profile());

        // The same key written with and without the prefix: the later line wins, whatever the keys' order.
        Path twice = dir.resolve("twice.properties");
        Files.writeString(twice, "rules=fk-index:off\nnaming=jpa\nentitylint.rules=fk-index:note\nnaming=jpa\n");
        Options options = parseFile(twice);
        assertEquals(Severity.NOTE, options.severity("fk-index", Severity.ERROR));
        assertEquals(List.of("config file '" + twice + "' line 3: entitylint.rules is set again (first on line 1, to "
                + "a different value) — the later line wins; remove one of them"), options.problems());
    }

    @Test
    void aBadValueInTheFileNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entitylint.properties");
        Files.writeString(file, "# team\n\nnaming=camel\nsoftDelete=optional\n");
        Options options = parseFile(file);
        assertEquals(List.of("config file '" + file + "' line 3: unknown value 'camel' for entitylint.naming — use one "
                + "of: snake_case, jpa"), options.problems());
        assertEquals(SoftDeleteMode.OPTIONAL, options.softDelete());
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
