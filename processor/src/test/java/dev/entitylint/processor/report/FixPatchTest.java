package dev.entitylint.processor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.processor.EntityLintProcessor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Aentitylint.fix}: the patch is applied with {@code git apply} to a corpus with many
 * findings, which is compiled again: the patched findings are gone, nothing new appears, and
 * the code still compiles.
 */
class FixPatchTest {

    private static final Pattern RULE = Pattern.compile("^\\[([a-z][a-z0-9-]*)\\] ");

    @TempDir
    Path repository;

    private Path sources;

    @BeforeEach
    void copyCorpusIntoAGitWorkTree() throws IOException, URISyntaxException, InterruptedException {
        Path corpus = Path.of(Objects.requireNonNull(getClass().getResource("/fix-corpus")).toURI());
        sources = repository.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = sources.resolve(corpus.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        run("git", "init", "-q");
    }

    /**
     * One finding: rule, file and kind, without the line, which the patch may move, or the message,
     * which may name what the patch named (a constraint that had no name).
     */
    record Reported(String rule, String file, String kind, String message) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Reported that && rule.equals(that.rule) && file.equals(that.file)
                    && kind.equals(that.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(rule, file, kind);
        }
    }

    private List<Reported> compile(String... options) throws IOException {
        return compileWith(System.getProperty("java.class.path"), options);
    }

    private List<Reported> compileWith(String classpath, String... options) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        Path classes = Files.createDirectories(repository.resolve("target/classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classpath));
        arguments.addAll(List.of(options));
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, diagnostics, arguments, null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new EntityLintProcessor()));
            task.call();
        }
        List<Reported> reported = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            String message = diagnostic.getMessage(Locale.ROOT);
            Matcher rule = RULE.matcher(message);
            String file = diagnostic.getSource() == null ? "" : Path.of(diagnostic.getSource().toUri()).getFileName()
                    .toString();
            if (diagnostic.getKind() == Diagnostic.Kind.NOTE && !rule.find()) {
                continue;
            }
            reported.add(new Reported(rule.find(0) ? rule.group(1) : "javac", file,
                    diagnostic.getKind().name(), message));
        }
        return reported;
    }

    private String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    private static List<Reported> findings(List<Reported> reported) {
        return reported.stream().filter(r -> !r.rule().equals("fix") && !r.rule().equals("baseline")).toList();
    }

    @Test
    void theAppliedPatchFixesWhatItClaimsAndNothingElseChanges() throws IOException, InterruptedException {
        Path patch = repository.resolve("entitylint-fixes.patch");
        List<Reported> before = compile("-Aentitylint.fix=" + patch);
        assertTrue(before.stream().noneMatch(r -> r.rule().equals("javac")), before.toString());
        String text = Files.readString(patch);
        Matcher header = Pattern.compile("^# entitylint fix patch: (\\d+) fixes in (\\d+) files; (\\d+) findings need a "
                + "human decision and are left out\\.\n").matcher(text);
        assertTrue(header.find(), text);
        int fixed = Integer.parseInt(header.group(1));
        int leftOut = Integer.parseInt(header.group(3));
        List<Reported> findingsBefore = findings(before);
        assertEquals(findingsBefore.size(), fixed + leftOut, text + "\n" + findingsBefore);
        assertTrue(fixed >= 15, "the corpus has at least 15 mechanical fixes, the patch has " + fixed);

        run("git", "apply", "--check", patch.toString());
        run("git", "apply", patch.toString());
        List<Reported> after = findings(compile());

        assertTrue(after.stream().noneMatch(r -> r.rule().equals("javac")), "the patched code does not compile: " + after);
        List<Reported> gone = new ArrayList<>(findingsBefore);
        for (Reported remaining : after) {
            assertTrue(gone.remove(remaining), "new after the patch: " + remaining + "\nall after: " + after);
        }
        assertEquals(fixed, gone.size(), "fixed findings: " + gone);
        assertEquals(leftOut, after.size());
        assertTrue(gone.stream().map(Reported::rule).toList().containsAll(List.of("string-length", "money-type",
                "fk-index", "constraint-name", "enum-string", "eager-fetch")), gone.toString());
        bootsOnH2WithTheIndexesThePatchNamed(Files.readString(patch));
    }

    /**
     * The patched mapping works at run time, not only compiles: Hibernate creates its schema on H2
     * with DDL errors fatal, and every index the patch named exists there.
     */
    private void bootsOnH2WithTheIndexesThePatchNamed(String patch) throws IOException {
        List<JavaFileObject> patched = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String code = Files.readString(file);
                String name = sources.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                patched.add(com.google.testing.compile.JavaFileObjects.forSourceString(name, code));
                if (code.contains("@Entity")) {
                    entities.add(name);
                }
            }
        }
        dev.entitylint.processor.testing.CompiledSources compiled = dev.entitylint.processor.testing.CompiledSources
                .compile(List.of("-proc:none"), patched.toArray(JavaFileObject[]::new));
        // The names the patch writes on its added lines: into unnamed indexes and on the indexes it adds.
        Matcher named = Pattern.compile("@(?:jakarta\\.persistence\\.)?Index\\(name = \"([^\"]+)\"").matcher(
                String.join("\n", patch.lines().filter(line -> line.startsWith("+")).toList()));
        List<String> indexNames = new ArrayList<>();
        while (named.find()) {
            indexNames.add(named.group(1));
        }
        assertTrue(indexNames.size() >= 5, indexNames.toString());
        try (jakarta.persistence.EntityManagerFactory factory = dev.entitylint.processor.testing.HibernateBoot.start(
                compiled, entities, true, java.util.Map.of("hibernate.hbm2ddl.halt_on_error", true))) {
            jakarta.persistence.EntityManager manager = factory.createEntityManager();
            List<?> created = manager.createNativeQuery(
                    "SELECT LOWER(INDEX_NAME) FROM INFORMATION_SCHEMA.INDEXES").getResultList();
            for (String index : indexNames) {
                assertTrue(created.contains(index.toLowerCase(Locale.ROOT)), index + " not among " + created);
            }
            manager.close();
        }
    }

    @Test
    void theFixOfAnIndexIsReadableAndImportsWhatItNames() throws IOException, InterruptedException {
        Path patch = repository.resolve("fixes/entitylint.patch");
        List<Reported> reported = compile("-Aentitylint.fix=" + patch);
        String text = Files.readString(patch);

        assertTrue(text.contains("""
                diff --git a/src/main/java/shop/Refund.java b/src/main/java/shop/Refund.java
                --- a/src/main/java/shop/Refund.java
                +++ b/src/main/java/shop/Refund.java
                @@ -4,7 +4,7 @@
                 import java.time.Instant;
                \s
                 @Entity
                -@Table(name = "refunds", indexes = @Index(name = "ix_refunds_reason", columnList = "reason"))
                +@Table(name = "refunds", indexes = {@Index(name = "ix_refunds_reason", columnList = "reason"), \
                @Index(name = "ix_refunds_payment_id", columnList = "payment_id")})
                 public class Refund {
                     @Id Long id;
                \s
                """), text);
        assertTrue(text.contains("""
                diff --git a/src/main/java/shop/Shipment.java b/src/main/java/shop/Shipment.java
                --- a/src/main/java/shop/Shipment.java
                +++ b/src/main/java/shop/Shipment.java
                @@ -5,10 +5,12 @@
                 import jakarta.persistence.FetchType;
                 import jakarta.persistence.Id;
                 import jakarta.persistence.ManyToOne;
                +import jakarta.persistence.Table;
                 import java.time.Instant;
                 import shop.support.Index;
                \s
                 /** No @Table, and an import of another class called Index: the fix writes jakarta.persistence.Index \
                in full. */
                +@Table(indexes = @jakarta.persistence.Index(name = "ix_shipment_invoice_id", columnList = "invoice_id"))
                 @Entity
                 public class Shipment {
                     @Id Long id;
                """), text);
        Reported note = reported.stream().filter(r -> r.rule().equals("fix")).findFirst().orElseThrow();
        assertTrue(note.message().startsWith("[fix] wrote "), note.message());
        assertTrue(note.message().endsWith("review it, then apply it with: git apply " + patch), note.message());
    }

    /** Replaces the corpus with one source file. */
    private void onlySource(String path, String code) throws IOException {
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(sources.resolve(path), code);
    }

    /** Spring Boot 2 and Hibernate 5 code: the fixes import javax.persistence, and the patched code compiles against it. */
    @Test
    void aJavaxEntityGetsJavaxImports() throws IOException, InterruptedException {
        onlySource("shop/Ticket.java", """
                package shop;

                import javax.persistence.Column;
                import javax.persistence.Entity;
                import javax.persistence.Id;
                import javax.persistence.ManyToOne;

                @Entity
                public class Ticket {
                    @Id Long id;

                    Status status;

                    String subject;

                    @ManyToOne Ticket parent;

                    @Column(name = "created_at") java.time.Instant createdAt;
                    @Column(name = "updated_at") java.time.Instant updatedAt;
                    @Column(name = "deleted_at") java.time.Instant deletedAt;

                    enum Status { OPEN, CLOSED }
                }
                """);
        String javax = Path.of("target/jpa-2.2/javax.persistence-api-2.2.jar").toAbsolutePath().toString();
        Path patch = repository.resolve("fixes.patch");
        List<Reported> before = findings(compileWith(javax, "-Aentitylint.fix=" + patch));
        assertTrue(before.stream().noneMatch(r -> r.rule().equals("javac")), before.toString());
        String text = Files.readString(patch);
        assertTrue(text.contains("""
                 import javax.persistence.Column;
                 import javax.persistence.Entity;
                +import javax.persistence.EnumType;
                +import javax.persistence.Enumerated;
                 import javax.persistence.Id;
                +import javax.persistence.Index;
                 import javax.persistence.ManyToOne;
                +import javax.persistence.Table;
                """), text);
        assertTrue(!text.contains("jakarta"), text);

        run("git", "apply", patch.toString());
        List<Reported> after = findings(compileWith(javax));
        assertTrue(after.stream().noneMatch(r -> r.rule().equals("javac")), "the patched code does not compile: " + after);
        assertTrue(after.stream().noneMatch(r -> List.of("enum-string", "string-length", "fk-index").contains(r.rule())),
                after.toString());
    }

    /** git apply refuses a patch without a diff: a compilation with nothing to fix says so instead. */
    @Test
    void nothingToFixSaysSo() throws IOException {
        onlySource("shop/Tag.java", """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Tag {
                    @Id Long id;
                    double price;
                }
                """);
        Path patch = repository.resolve("fixes.patch");
        List<Reported> reported = compile("-Aentitylint.fix=" + patch, "-Aentitylint.rules=all:off,money-type:error");
        assertEquals(List.of("money-type", "fix"), reported.stream().map(Reported::rule).toList());
        assertEquals("[fix] no finding has a mechanical fix, so " + patch + " holds nothing to apply; 1 finding needs "
                + "a human decision", reported.get(1).message());
        assertEquals("""
                # entitylint fix patch: 0 fixes in 0 files; 1 finding needs a human decision and is left out.
                # Nothing to apply: no finding of this compilation has a mechanical fix.
                """, Files.readString(patch));
    }
}
