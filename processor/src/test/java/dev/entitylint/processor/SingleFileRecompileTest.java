package dev.entitylint.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.processor.testing.FilerRecorder;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gradle recompiles only the sources that changed and puts the other classes on the class path;
 * IDEs do the same. For every test corpus, compiled with the options it is normally compiled
 * with, each source recompiled alone (the rest as class files) must give exactly the findings
 * located in that source that the full build gives (kind, rule, line, message), and exactly the
 * generated files that originate from it, byte for byte.
 */
class SingleFileRecompileTest {

    /**
     * A corpus and its options. {@code repositoriesFor}: packages given a
     * {@code package-info.java} with {@code @GenerateRepository}, so generated files are compared too.
     */
    record Case(String resourceDir, List<String> options, List<String> repositoriesFor) {
        @Override
        public String toString() {
            return resourceDir + " " + options + (repositoriesFor.isEmpty() ? "" : " repositories " + repositoriesFor);
        }
    }

    static Stream<Case> corpora() {
        return Stream.of(
                new Case("corpus", List.of("-Aentitylint.naming=snake_case"), List.of()),
                new Case("corpus", List.of("-Aentitylint.naming=jpa"), List.of()),
                new Case("findings-corpus", List.of(), List.of("com.corpus")),
                new Case("clean-model", List.of(), List.of("com.shop")),
                new Case("clean-model", List.of("-Aentitylint.naming=jpa",
                        "-Aentitylint.rules=audit-fields:off,fk-index:off"), List.of()),
                new Case("fix-corpus", List.of(), List.of()));
    }

    /** One diagnostic as the user sees it. */
    record Finding(String kind, int line, String message) implements Comparable<Finding> {
        @Override
        public int compareTo(Finding other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return line + " " + kind + " " + message;
        }
    }

    /** What one compilation produced: findings by source file, generated files by originating source. */
    record Build(Map<String, TreeSet<Finding>> findings, Map<String, Map<String, String>> generated) {
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void eachSourceRecompiledAloneGivesTheFindingsAndFilesOfTheFullBuild(Case corpus, @TempDir Path temp)
            throws Exception {
        List<Path> sources = sources(corpus, temp);
        Build full = compile(sources, Files.createDirectories(temp.resolve("full")), corpus.options(), null,
                temp.resolve("full-gen"));
        assertTrue(!full.findings().isEmpty() || corpus.resourceDir().equals("clean-model"),
                "the corpus should have findings: " + full);
        assertEquals("", recompileEachAlone(sources, corpus.options(), full, temp),
                "recompiling single sources of " + corpus);
    }

    /**
     * An {@code @AttributeOverride} of an embeddable compiled earlier: the override without a
     * length still replaces the embeddable's {@code @Column(length = 120)}.
     */
    @org.junit.jupiter.api.Test
    void anOverrideOfAnEmbeddableOnTheClassPathKeepsItsStringLengthFinding(@TempDir Path temp) throws Exception {
        List<Path> sources = write(temp, Map.of("com/acme/Address.java", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                public class Address {
                    @Column(length = 120) String street;
                }
                """, "com/acme/Customer.java", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Customer {
                    @Id Long id;
                    @Embedded
                    @AttributeOverride(name = "street", column = @Column(name = "ship_street"))
                    Address shipping;
                }
                """));
        List<String> options = List.of("-Aentitylint.rules=all:off,string-length:error");
        Build full = compile(sources, Files.createDirectories(temp.resolve("full")), options, null,
                temp.resolve("full-gen"));
        assertTrue(full.findings().toString().contains("@AttributeOverride of 'street' replaces its @Column as a whole"),
                full.toString());
        assertEquals("", recompileEachAlone(sources, options, full, temp));
    }

    /**
     * The root of a SINGLE_TABLE hierarchy with an index on a column only a subclass maps: the
     * subclass, on the class path, cannot be found from the root, so the root is judged by its
     * own columns both ways (docs/rules/index-column.md).
     */
    @org.junit.jupiter.api.Test
    void aSingleTableRootAloneSaysWhatTheFullBuildSaysOfItsIndexColumns(@TempDir Path temp) throws Exception {
        List<Path> sources = write(temp, Map.of("com/acme/Vehicle.java", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
                @Table(indexes = @Index(name = "ix_vehicle_seats", columnList = "seats"))
                public class Vehicle {
                    @Id Long id;
                }
                """, "com/acme/Car.java", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Car extends Vehicle {
                    int seats;
                }
                """));
        List<String> options = List.of("-Aentitylint.rules=all:off,index-column:error");
        Build full = compile(sources, Files.createDirectories(temp.resolve("full")), options, null,
                temp.resolve("full-gen"));
        assertEquals("", recompileEachAlone(sources, options, full, temp));
    }

    private static List<Path> write(Path temp, Map<String, String> files) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            Path path = temp.resolve("src").resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
            sources.add(path);
        }
        return sources;
    }

    /** The differences between the full build and each source compiled alone, one paragraph each. */
    private static String recompileEachAlone(List<Path> sources, List<String> options, Build full, Path temp)
            throws IOException {
        Path classes = Files.createDirectories(temp.resolve("classes"));
        // The class path a later build sees: every class of the corpus, compiled once.
        compile(sources, classes, List.of("-proc:none"), "", temp.resolve("plain-gen"));
        List<String> differences = new ArrayList<>();
        int i = 0;
        for (Path source : sources) {
            Path out = Files.createDirectories(temp.resolve("single-" + i));
            Build single = compile(List.of(source), out, options, classes.toString(),
                    temp.resolve("single-gen-" + i++));
            String file = source.toString();
            TreeSet<Finding> expected = full.findings().getOrDefault(file, new TreeSet<>());
            TreeSet<Finding> actual = single.findings().getOrDefault(file, new TreeSet<>());
            if (!expected.equals(actual)) {
                TreeSet<Finding> missing = new TreeSet<>(expected);
                missing.removeAll(actual);
                TreeSet<Finding> extra = new TreeSet<>(actual);
                extra.removeAll(expected);
                differences.add(source.getFileName() + " alone:"
                        + (missing.isEmpty() ? "" : "\n  missing: " + String.join("\n           ",
                                missing.stream().map(Finding::toString).toList()))
                        + (extra.isEmpty() ? "" : "\n  extra:   " + String.join("\n           ",
                                extra.stream().map(Finding::toString).toList())));
            }
            single.findings().keySet().stream().filter(f -> !f.equals(file)).forEach(f ->
                    differences.add(source.getFileName() + " alone reports on another file: " + f + " "
                            + single.findings().get(f)));
            Map<String, String> expectedFiles = full.generated().getOrDefault(file, Map.of());
            Map<String, String> actualFiles = single.generated().getOrDefault(file, Map.of());
            if (!expectedFiles.keySet().equals(actualFiles.keySet())) {
                differences.add(source.getFileName() + " alone generates " + actualFiles.keySet() + ", the full build "
                        + expectedFiles.keySet());
            } else {
                for (String name : expectedFiles.keySet()) {
                    if (!Objects.equals(expectedFiles.get(name), actualFiles.get(name))) {
                        differences.add(source.getFileName() + " alone generates a different " + name + ":\n"
                                + actualFiles.get(name) + "\nthe full build:\n" + expectedFiles.get(name));
                    }
                }
            }
            single.generated().keySet().stream().filter(f -> !f.equals(file)).forEach(f ->
                    differences.add(source.getFileName() + " alone generates files originating elsewhere: "
                            + single.generated().get(f).keySet()));
        }
        return String.join("\n", differences);
    }

    /** The corpus's sources, plus a package-info asking for repositories where the case says so. */
    private static List<Path> sources(Case corpus, Path temp) throws IOException, URISyntaxException {
        Path root = Path.of(SingleFileRecompileTest.class.getResource("/" + corpus.resourceDir()).toURI());
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(sources::add);
        }
        for (String pkg : corpus.repositoriesFor()) {
            Path info = temp.resolve("extra").resolve(pkg.replace('.', '/')).resolve("package-info.java");
            Files.createDirectories(info.getParent());
            Files.writeString(info, "@dev.entitylint.GenerateRepository\npackage " + pkg + ";\n");
            sources.add(info);
        }
        return sources;
    }

    /**
     * Compiles with entitylint (unless {@code -proc:none}) into {@code out}.
     *
     * @param classPath extra class path entries, or {@code null}
     */
    private static Build compile(List<Path> sources, Path out, List<String> options, String classPath,
            Path generatedSources) throws IOException {
        Files.createDirectories(generatedSources);
        Path noSources = Files.createDirectories(out.resolve("no-sources"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String path = System.getProperty("java.class.path")
                + (classPath == null || classPath.isEmpty() ? "" : File.pathSeparator + classPath);
        List<String> arguments = new ArrayList<>(List.of("-d", out.toString(), "-s", generatedSources.toString(),
                "-classpath", path, "-sourcepath", noSources.toString(), "-implicit:none", "-encoding", "UTF-8"));
        arguments.addAll(options);
        FilerRecorder recorder = new FilerRecorder(new EntityLintProcessor());
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, arguments, null,
                    files.getJavaFileObjectsFromPaths(sources));
            if (!options.contains("-proc:none")) {
                task.setProcessors(List.of(recorder));
            }
            task.call();
        }
        Map<String, TreeSet<Finding>> findings = new TreeMap<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getSource() == null) {
                continue;
            }
            String file = Path.of(diagnostic.getSource().toUri()).toString();
            findings.computeIfAbsent(file, f -> new TreeSet<>()).add(new Finding(diagnostic.getKind().name(),
                    (int) diagnostic.getLineNumber(), diagnostic.getMessage(Locale.ROOT)));
        }
        if (options.contains("-proc:none") && !findings.isEmpty()) {
            throw new AssertionError("the corpus does not compile: " + findings);
        }
        Map<String, Map<String, String>> generated = new TreeMap<>();
        for (FilerRecorder.Created call : recorder.created()) {
            String origin = call.originatingElements().isEmpty() ? "" : sourceOf(call.originatingElements().get(0),
                    sources);
            Path file = call.method().equals("createSourceFile")
                    ? generatedSources.resolve(call.name().replace('.', '/') + ".java")
                    : out.resolve(call.name().replaceFirst("^/", ""));
            String content = Files.exists(file) ? Files.readString(file) : "(not written)";
            generated.computeIfAbsent(origin, o -> new TreeMap<>()).put(call.name(), content);
        }
        return new Build(findings, generated);
    }

    /** The source file among {@code sources} that declares the element's top-level type. */
    private static String sourceOf(Element element, List<Path> sources) {
        Element top = element;
        while (top.getEnclosingElement() != null && !(top.getEnclosingElement() instanceof PackageElement)) {
            top = top.getEnclosingElement();
        }
        if (!(top instanceof TypeElement type)) {
            return String.valueOf(element);
        }
        String relative = type.getQualifiedName().toString().replace('.', File.separatorChar) + ".java";
        return sources.stream().map(Path::toString).filter(s -> s.endsWith(File.separator + relative))
                .findFirst().orElse(type.getQualifiedName().toString());
    }
}
