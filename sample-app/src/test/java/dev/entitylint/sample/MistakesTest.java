package dev.entitylint.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entitylint.processor.EntityLintProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Compiles the deliberately wrong entities of {@code src/mistakes/java} with javac and the
 * processor, exactly as a user's build would, and checks that every finding marked with an
 * {@code // expect: <rule-id>} comment (on the line above) is reported and nothing else is. The
 * javac output is kept in {@code target/mistakes.txt}; the README quotes it.
 */
class MistakesTest {

    private static final Path MISTAKES = Path.of("src/mistakes/java");
    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(.+)$");
    private static final Pattern RULE_ID = Pattern.compile("^\\[([a-z][a-z0-9-]*)\\]");

    @Test
    void everyMistakeIsReportedWhereItIsWrittenAndNothingElse() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(MISTAKES)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertFalse(sources.isEmpty(), "no sources under " + MISTAKES.toAbsolutePath());

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        Path classes = Files.createDirectories(Path.of("target/mistakes-classes"));
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(output, files, diagnostics,
                    List.of("-d", classes.toString(), "-proc:only"),
                    null, files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(new EntityLintProcessor()));
            task.call();
        }

        List<String> actual = new ArrayList<>();
        StringBuilder transcript = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            String message = diagnostic.getMessage(Locale.ROOT);
            String file = diagnostic.getSource() == null ? "<none>" : Path.of(diagnostic.getSource().toUri()).getFileName().toString();
            Matcher id = RULE_ID.matcher(message);
            actual.add(file + ":" + diagnostic.getLineNumber() + " " + (id.find() ? id.group(1) : "javac: " + message));
            transcript.append(file).append(':').append(diagnostic.getLineNumber()).append(": ")
                    .append(diagnostic.getKind().name().toLowerCase(Locale.ROOT)).append(": ")
                    .append(message).append('\n');
        }
        Files.writeString(Path.of("target/mistakes.txt"), transcript);

        List<String> expected = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = EXPECT.matcher(lines.get(i).trim());
                if (matcher.find()) {
                    int target = i + 1;
                    while (lines.get(target).trim().startsWith("//")) {
                        target++;
                    }
                    for (String id : matcher.group(1).split(";")) {
                        expected.add(source.getFileName() + ":" + (target + 1) + " " + id.trim());
                    }
                }
            }
        }
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), transcript::toString);
    }
}
