package dev.entitylint.processor.compilers;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * Runs the Eclipse compiler (ecj) through its {@code javax.tools} face, as Eclipse's builder runs
 * processors. compile-testing's in-memory file manager does not work with ecj, so sources are
 * written to a temporary directory first.
 */
public final class Ecj {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile(
            "^\\s*(?:public\\s+)?(?:abstract\\s+|final\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)",
            Pattern.MULTILINE);

    private static final Pattern PROBLEM = Pattern.compile(
            "^\\d+\\. (ERROR|WARNING|INFO) in (.+?) \\(at line (\\d+)\\)\\R.*\\R.*\\R(.*)$", Pattern.MULTILINE);

    /**
     * What one compilation said. ecj's {@code Diagnostic}s of processor messages carry no source
     * file, so the problems are read from its printed report, which has file and line.
     */
    public record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {

        /** Every problem as {@code File.java:line kind message}. */
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            Matcher problem = PROBLEM.matcher(output);
            while (problem.find()) {
                String file = problem.group(2).replace('\\', '/');
                String kind = switch (problem.group(1)) {
                    case "ERROR" -> "error";
                    case "WARNING" -> "warning";
                    default -> "note";
                };
                problems.add(file.substring(file.lastIndexOf('/') + 1) + ":" + problem.group(3) + " " + kind + " "
                        + problem.group(4));
            }
            return problems;
        }

        /** entitylint's findings as {@code File.java:line kind rule-id}, sorted, as {@link Findings#of}. */
        public List<String> findings() {
            List<String> findings = new ArrayList<>();
            for (String problem : problems()) {
                Matcher id = FINDING.matcher(problem);
                // Notes are left out, as Findings#of leaves them out.
                if (id.find() && !problem.contains(" note [")) {
                    findings.add(id.group(1) + id.group(2));
                }
            }
            findings.sort(null);
            return findings;
        }
    }

    private static final Pattern FINDING = Pattern.compile("^(\\S+ \\w+ )\\[([a-z][a-z0-9-]*)\\]");

    private Ecj() {
    }

    public static Result compile(List<JavaFileObject> sources, List<String> options, Processor... processors) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ecj");
            Path src = Files.createDirectories(dir.resolve("src"));
            Path out = Files.createDirectories(dir.resolve("out"));
            List<Path> files = new ArrayList<>();
            for (JavaFileObject source : sources) {
                files.add(write(src, source));
            }
            JavaCompiler compiler = new EclipseCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            StringWriter output = new StringWriter();
            try (StandardJavaFileManager fileManager =
                    compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<String> all = new ArrayList<>(List.of(
                        "-17", "-proceedOnError", "-encoding", "UTF-8",
                        "-classpath", System.getProperty("java.class.path"),
                        "-d", out.toString(), "-s", out.toString()));
                all.addAll(options);
                JavaCompiler.CompilationTask task = compiler.getTask(output, fileManager, diagnostics, all, null,
                        fileManager.getJavaFileObjectsFromPaths(files));
                task.setProcessors(List.of(processors));
                boolean success = task.call();
                return new Result(success, List.copyOf(diagnostics.getDiagnostics()), output.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static Path write(Path src, JavaFileObject source) throws IOException {
        String code = source.getCharContent(true).toString();
        Matcher pkg = PACKAGE.matcher(code);
        Path directory = pkg.find() ? src.resolve(pkg.group(1).replace('.', '/')) : src;
        String name = source.getName();
        name = name.substring(name.lastIndexOf('/') + 1);
        if (!name.endsWith(".java")) {
            Matcher type = TYPE.matcher(code);
            name = (type.find() ? type.group(1) : "Unnamed") + ".java";
        }
        Files.createDirectories(directory);
        Path file = directory.resolve(name);
        Files.writeString(file, code, StandardCharsets.UTF_8);
        return file;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }
}
