package dev.entitylint.processor.report;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.entitylint.processor.EntityLintProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Aentitylint.baseline}: today's findings accepted, only new ones reported. */
class BaselineTest {

    private static final String INVOICE = """
            package shop;

            import jakarta.persistence.*;
            import java.time.Instant;

            @Entity
            @Table(name = "invoices", indexes = {@Index(columnList = "status"), @Index(columnList = "status")})
            @org.hibernate.annotations.SQLRestriction("deleted_at IS NULL")
            public class Invoice {
                @Id Long id;
                @Column(nullable = false) String status;
                String note;
                @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                @Column(name = "created_at") Instant createdAt;
                @Column(name = "updated_at") Instant updatedAt;
                @Column(name = "deleted_at") Instant deletedAt;
            }
            """;

    /** The same class reformatted, its members moved, and an unrelated member added. */
    private static final String INVOICE_MOVED = """
            package shop;

            import jakarta.persistence.*;
            import java.time.Instant;

            @Entity
            @Table(name = "invoices",
                   indexes = {
                       @Index(columnList = "status"),
                       @Index(columnList = "status")
                   })
            @org.hibernate.annotations.SQLRestriction("deleted_at IS NULL")
            public class Invoice {

                @Column(name = "deleted_at") Instant deletedAt;
                @Column(name = "created_at") Instant createdAt;
                @Column(name = "updated_at") Instant updatedAt;

                @ManyToOne(fetch = FetchType.LAZY)
                Customer customer;

                @Id
                Long id;

                String note;

                @Column(nullable = false)
                String status;

                @Column(length = 40) String reference;
            }
            """;

    private static final String CUSTOMER = """
            package shop;

            import jakarta.persistence.*;
            import java.time.Instant;

            @Entity
            @Table(name = "customers")
            @org.hibernate.annotations.SQLRestriction("deleted_at IS NULL")
            public class Customer {
                @Id Long id;
                @Column(length = 320) String email;
                @Column(name = "created_at") Instant createdAt;
                @Column(name = "updated_at") Instant updatedAt;
                @Column(name = "deleted_at") Instant deletedAt;
            }
            """;

    private static final String EXPECTED_BASELINE = """
            # entitylint baseline: findings accepted as they are today; every other finding is reported.
            # One finding per line: <rule-id> <type>[#<member>] ['<detail>'] [x<count>]. No line numbers: moving code keeps it valid.
            # Fix a finding and delete its line, or rewrite this file with -Aentitylint.baseline.write=true.
            constraint-name shop.Invoice '(status)' x2
            fk-index shop.Invoice#customer 'customer_id'
            redundant-index shop.Invoice '(status)'
            string-length shop.Invoice#note 'note'
            string-length shop.Invoice#status 'status'
            """;

    @TempDir
    Path dir;

    private static JavaFileObject source(String name, String code) {
        return JavaFileObjects.forSourceString(name, code);
    }

    private static Compilation compile(List<String> options, JavaFileObject... sources) {
        return javac().withProcessors(new EntityLintProcessor()).withOptions(options).compile(sources);
    }

    private static Compilation compile(List<String> options, List<File> classpath, JavaFileObject... sources) {
        return javac().withProcessors(new EntityLintProcessor()).withOptions(options).withClasspath(classpath)
                .compile(sources);
    }

    /** Every diagnostic as {@code kind [id] file:line}, and the baseline's notes as their text. */
    private static List<String> diagnostics(Compilation compilation) {
        List<String> all = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            if (d.getKind() == Diagnostic.Kind.NOTE && !message.startsWith("[")) {
                continue;
            }
            Matcher id = Pattern.compile("^\\[([a-z-]+)\\]").matcher(message);
            String file = d.getSource() == null ? "" : " " + new File(d.getSource().toUri().getPath()).getName()
                    + ":" + d.getLineNumber();
            String rule = id.find() ? id.group(1) : "javac";
            boolean withText = d.getKind() == Diagnostic.Kind.NOTE || rule.equals("config");
            all.add(d.getKind().name().toLowerCase(Locale.ROOT) + " [" + rule + "]" + file + (withText ? " " + message : ""));
        }
        return all;
    }

    private static String contentOf(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> write(Path baseline) {
        return List.of("-Aentitylint.baseline=" + baseline, "-Aentitylint.baseline.write=true");
    }

    @Test
    void writingAcceptsEveryFindingAndListsThemSortedWithoutLineNumbers() {
        Path baseline = dir.resolve("config/entitylint-baseline.txt");
        Compilation written = compile(write(baseline), source("shop.Invoice", INVOICE), source("shop.Customer", CUSTOMER));

        assertEquals(Compilation.Status.SUCCESS, written.status(), diagnostics(written).toString());
        assertEquals(List.of("note [baseline] [baseline] wrote 5 entries for 6 findings to " + baseline
                + " — commit it, and compile without -Aentitylint.baseline.write from now on: only new findings are "
                + "reported"), diagnostics(written));
        assertEquals(EXPECTED_BASELINE, contentOf(baseline));
    }

    @Test
    void twoRunsWriteTheSameBytesWhateverTheOrderOfSources() throws IOException {
        Path first = dir.resolve("first.txt");
        Path second = dir.resolve("second.txt");
        compile(write(first), source("shop.Invoice", INVOICE), source("shop.Customer", CUSTOMER));
        compile(write(second), source("shop.Customer", CUSTOMER), source("shop.Invoice", INVOICE));
        assertEquals(-1L, Files.mismatch(first, second));
    }

    @Test
    void acceptedFindingsAreNotReportedAndOneNoteCountsThem() throws IOException {
        Path baseline = dir.resolve("baseline.txt");
        Files.writeString(baseline, EXPECTED_BASELINE);
        Compilation compilation = compile(List.of("-Aentitylint.baseline=" + baseline),
                source("shop.Invoice", INVOICE), source("shop.Customer", CUSTOMER));

        assertEquals(Compilation.Status.SUCCESS, compilation.status());
        assertEquals(List.of("note [baseline] [baseline] " + baseline + " accepted 6 findings that exist today; only "
                + "findings not in it were reported"), diagnostics(compilation));
    }

    @Test
    void movingReformattingAndAddingCodeKeepsEveryEntryValidAndANewMistakeIsReported() throws IOException {
        Path baseline = dir.resolve("baseline.txt");
        Files.writeString(baseline, EXPECTED_BASELINE);
        String withNewMistake = INVOICE_MOVED.replace("@Column(length = 40) String reference;",
                "@Column(length = 40) String reference;\n    String comment;");
        Compilation compilation = compile(List.of("-Aentitylint.baseline=" + baseline),
                source("shop.Invoice", withNewMistake), source("shop.Customer", CUSTOMER));

        List<String> diagnostics = diagnostics(compilation);
        assertEquals(2, diagnostics.size(), diagnostics.toString());
        assertEquals("error [string-length] Invoice.java:31", diagnostics.get(0));
        assertEquals("note [baseline] [baseline] " + baseline + " accepted 6 findings that exist today; only "
                + "findings not in it were reported", diagnostics.get(1));
    }

    @Test
    void aCountAcceptsThatManyIdenticalFindingsAndNoMore() throws IOException {
        Path baseline = dir.resolve("baseline.txt");
        Files.writeString(baseline, EXPECTED_BASELINE.replace("'(status)' x2", "'(status)'"));
        Compilation compilation = compile(List.of("-Aentitylint.baseline=" + baseline),
                source("shop.Invoice", INVOICE), source("shop.Customer", CUSTOMER));

        List<String> diagnostics = diagnostics(compilation);
        assertEquals(List.of("warning [constraint-name] Invoice.java:7",
                "note [baseline] [baseline] " + baseline + " accepted 5 findings that exist today; only findings not "
                        + "in it were reported"), diagnostics);
    }

    @Test
    void entriesThatMatchNothingAreNamedInOneNoteAndRewritingDropsThem() throws IOException {
        Path baseline = dir.resolve("baseline.txt");
        Files.writeString(baseline, EXPECTED_BASELINE);
        String fixed = INVOICE.replace("String note;", "@Column(length = 2000) String note;")
                .replace("@Column(nullable = false) String status;", "@Column(nullable = false, length = 20) String status;");
        Compilation compilation = compile(List.of("-Aentitylint.baseline=" + baseline),
                source("shop.Invoice", fixed), source("shop.Customer", CUSTOMER));

        assertEquals(List.of(
                "note [baseline] [baseline] " + baseline + " accepted 4 findings that exist today; only findings not in "
                        + "it were reported",
                "note [baseline] [baseline] 2 entries of " + baseline + " match no finding any more (fixed: remove these "
                        + "lines, or rewrite the baseline with -Aentitylint.baseline.write=true; a count is what is left "
                        + "over):\n    string-length shop.Invoice#note 'note'\n    string-length shop.Invoice#status 'status'"),
                diagnostics(compilation));

        compile(write(baseline), source("shop.Invoice", fixed), source("shop.Customer", CUSTOMER));
        assertEquals(EXPECTED_BASELINE.replace("string-length shop.Invoice#note 'note'\n", "")
                .replace("string-length shop.Invoice#status 'status'\n", ""), contentOf(baseline));
    }

    /**
     * An incremental build compiles the changed file alone, the rest as class files: entries of the
     * classes it did not compile are neither reported as fixed nor dropped when the file is rewritten.
     */
    @Test
    void entriesOfClassesCompiledFromClassFilesAreKeptAsTheyAre() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Compilation full = javac().withOptions(List.of("-proc:none", "-d", classes.toString()))
                .compile(source("shop.Invoice", INVOICE), source("shop.Customer", CUSTOMER));
        assertEquals(Compilation.Status.SUCCESS, full.status());
        for (JavaFileObject file : full.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                Path target = classes.resolve(file.getName().replaceFirst("^/CLASS_OUTPUT/", ""));
                Files.createDirectories(target.getParent());
                try (var in = file.openInputStream()) {
                    Files.copy(in, target);
                }
            }
        }
        Path baseline = dir.resolve("baseline.txt");
        String withGoneClass = EXPECTED_BASELINE + "string-length shop.Gone#name 'name'\n";
        Files.writeString(baseline, withGoneClass);
        List<File> classpath = new ArrayList<>(List.of(classes.toFile()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }

        Compilation customerOnly = compile(List.of("-Aentitylint.baseline=" + baseline), classpath,
                source("shop.Customer", CUSTOMER.replace("@Column(length = 320) String email;", "String email;")));
        assertEquals(List.of("error [string-length] Customer.java:11",
                "note [baseline] [baseline] 1 entry of " + baseline + " match no finding any more (fixed: remove these "
                        + "lines, or rewrite the baseline with -Aentitylint.baseline.write=true; a count is what is left "
                        + "over):\n    string-length shop.Gone#name 'name'"), diagnostics(customerOnly));

        compile(write(baseline), classpath, source("shop.Customer", CUSTOMER));
        assertEquals(EXPECTED_BASELINE, contentOf(baseline));
    }

    @Test
    void aMalformedLineIsAConfigErrorNamingFileAndLineAndEveryFindingIsReported() throws IOException {
        Path baseline = dir.resolve("baseline.txt");
        Files.writeString(baseline, "# accepted\nfk-index shop.Invoice#customer 'customer_id'\nthis is not an entry\n");
        Compilation compilation = compile(List.of("-Aentitylint.baseline=" + baseline),
                source("shop.Invoice", INVOICE), source("shop.Customer", CUSTOMER));

        List<String> diagnostics = diagnostics(compilation);
        assertEquals("error [config] [config] baseline file '" + baseline + "' line 3: cannot read 'this is not an entry' "
                + "— each line is <rule-id> <type>[#<member>] ['<detail>'] [x<count>] or a # comment; rewrite the file "
                + "with -Aentitylint.baseline.write=true. The baseline is not applied: every finding is reported",
                diagnostics.get(0));
        assertEquals(List.of("error [fk-index] Invoice.java:13", "error [string-length] Invoice.java:11",
                "error [string-length] Invoice.java:12", "warning [constraint-name] Invoice.java:7",
                "warning [constraint-name] Invoice.java:7", "warning [redundant-index] Invoice.java:7"),
                diagnostics.subList(1, diagnostics.size()).stream().sorted().toList());
    }

    @Test
    void aMisspeltRuleIdIsAConfigErrorWithTheClosestId() throws IOException {
        Path baseline = dir.resolve("baseline.txt");
        Files.writeString(baseline, "fk-indx shop.Invoice#customer 'customer_id'\n");
        Compilation compilation = compile(List.of("-Aentitylint.baseline=" + baseline),
                source("shop.Invoice", INVOICE), source("shop.Customer", CUSTOMER));

        List<String> diagnostics = diagnostics(compilation);
        assertTrue(diagnostics.get(0).startsWith("error [config] [config] baseline file '" + baseline + "' line 1: "
                + "unknown rule id 'fk-indx'; did you mean 'fk-index'?"), diagnostics.get(0));
        assertTrue(diagnostics.contains("error [fk-index] Invoice.java:13"), diagnostics.toString());
    }

    @Test
    void aMissingFileIsAConfigErrorAndEveryFindingIsReported() {
        Path baseline = dir.resolve("nowhere/baseline.txt");
        Compilation compilation = compile(List.of("-Aentitylint.baseline=" + baseline),
                source("shop.Invoice", INVOICE), source("shop.Customer", CUSTOMER));

        List<String> diagnostics = diagnostics(compilation);
        assertTrue(diagnostics.get(0).startsWith("error [config] [config] baseline file '" + baseline
                + "' does not exist"), diagnostics.get(0));
        assertEquals(7, diagnostics.size(), diagnostics.toString());
    }

    /** A first build on an existing codebase floods; its last message says how to adopt entitylint. */
    @Test
    void aFloodOfFindingsWithoutABaselineEndsWithOneNoteOnWritingOne() {
        Compilation flood = compile(List.of(), source("shop.Wide", wide(31)));
        List<String> diagnostics = diagnostics(flood);
        assertEquals(32, diagnostics.size());
        assertEquals("note [baseline] [baseline] entitylint reported 31 findings (string-length 31). To adopt it on an "
                + "existing codebase, accept today's findings and fail only on new ones: compile once with -Aentitylint.baseline=<file> "
                + "-Aentitylint.baseline.write=true (in Maven: -Aentitylint.baseline=${project.basedir}/"
                + "entitylint-baseline.txt), commit the file, and keep -Aentitylint.baseline=<file> in the build",
                diagnostics.get(31));

        List<String> thirty = diagnostics(compile(List.of(), source("shop.Wide", wide(30))));
        assertEquals(30, thirty.size());
        assertTrue(thirty.stream().noneMatch(d -> d.startsWith("note")), thirty.toString());
    }

    /** An entity with {@code strings} String attributes without a length, and nothing else wrong. */
    private static String wide(int strings) {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < strings; i++) {
            fields.append("    String text").append(i).append(";\n");
        }
        return CUSTOMER.replace("public class Customer {", "public class Wide {\n" + fields)
                .replace("\"customers\"", "\"wides\"");
    }

    @Test
    void writingWithoutAFileIsAConfigError() {
        Compilation compilation = compile(List.of("-Aentitylint.baseline.write=true"), source("shop.Customer", CUSTOMER));
        assertEquals(List.of("error [config] [config] -Aentitylint.baseline.write=true needs -Aentitylint.baseline=<file> "
                + "to know where to write — add -Aentitylint.baseline=${project.basedir}/entitylint-baseline.txt (Maven) "
                + "or another path"), diagnostics(compilation));
    }

    @Test
    void sarifMarksBaselinedResultsSuppressedAndItsFingerprintsSurviveLineMoves() throws IOException {
        Path baseline = dir.resolve("baseline.txt");
        Files.writeString(baseline, EXPECTED_BASELINE.replace("fk-index shop.Invoice#customer 'customer_id'\n", ""));
        List<String> options = List.of("-Aentitylint.baseline=" + baseline, "-Aentitylint.report=sarif",
                "-Aentitylint.rules=fk-index:warning");
        String before = sarif(compile(options, source("shop.Invoice", INVOICE), source("shop.Customer", CUSTOMER)));
        String after = sarif(compile(options, source("shop.Invoice", INVOICE_MOVED), source("shop.Customer", CUSTOMER)));

        List<String> fingerprints = fingerprints(before).stream().sorted().toList();
        assertEquals(List.of("constraint-name shop.Invoice '(status)':1", "constraint-name shop.Invoice '(status)':2",
                "redundant-index shop.Invoice '(status)':1", "string-length shop.Invoice#note 'note':1",
                "string-length shop.Invoice#status 'status':1").stream().sorted().toList(),
                fingerprints.stream().filter(f -> !f.startsWith("fk-index")).toList());
        assertTrue(fingerprints.contains("fk-index shop.Invoice#customer 'customer_id':1"), fingerprints.toString());
        assertEquals(fingerprints, fingerprints(after).stream().sorted().toList());
        assertEquals(5, count(before, "\"suppressions\": [{\"kind\": \"external\""));
        String fkIndexResult = java.util.Arrays.stream(before.split("\"ruleId\": "))
                .filter(result -> result.startsWith("\"fk-index\"")).findFirst().orElseThrow();
        assertTrue(!fkIndexResult.contains("suppressions") && fkIndexResult.contains("\"fixes\""), fkIndexResult);
    }

    private static String sarif(Compilation compilation) throws IOException {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/entitylint/findings.sarif")
                .orElseThrow().getCharContent(true).toString();
    }

    private static List<String> fingerprints(String sarif) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"entitylint/v1\": \"([^\"]*)\"").matcher(sarif);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static int count(String text, String fragment) {
        int count = 0;
        for (int i = text.indexOf(fragment); i >= 0; i = text.indexOf(fragment, i + 1)) {
            count++;
        }
        return count;
    }
}
