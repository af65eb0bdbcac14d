package dev.entitylint.processor.rules;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.compilers.Findings;
import dev.entitylint.processor.testing.Expectations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles sources with Lombok's processor running before entitylint and after it: the findings of one
 * rule must be the {@code // expect:} comments of the sources in both orders (Lombok's members exist
 * only once it ran).
 */
final class LombokOrders {

    private static final Pattern RULE_ID = Pattern.compile("^\\[([a-z][a-z0-9-]*)\\]");

    private LombokOrders() {
    }

    static void check(String ruleId, JavaFileObject... sources) {
        List<String> options = List.of("-Aentitylint.rules=all:off," + ruleId + ":warning");
        List<String> expected = Expectations.in(List.of(sources), options).stream()
                .map(Expectations.Expectation::key).sorted().toList();
        for (boolean lombokFirst : List.of(true, false)) {
            Processor entitylint = new EntityLintProcessor();
            Compilation compilation = javac()
                    .withProcessors(lombokFirst ? List.of(lombok(), entitylint) : List.of(entitylint, lombok()))
                    .withOptions(options)
                    .compile(sources);
            assertEquals(expected, findings(compilation), () -> (lombokFirst ? "Lombok first" : "entitylint first")
                    + Findings.describe(compilation.diagnostics()));
            assertEquals(List.of(), compilation.errors().stream()
                    .filter(d -> !d.getMessage(Locale.ROOT).startsWith("[")).toList(), "javac itself is happy");
        }
    }

    /** entitylint's diagnostics, notes included, as {@link Expectations.Expectation#key()}s. */
    private static List<String> findings(Compilation compilation) {
        List<String> found = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            Matcher id = RULE_ID.matcher(diagnostic.getMessage(Locale.ROOT));
            if (id.find() && diagnostic.getSource() != null) {
                String path = diagnostic.getSource().getName();
                found.add(path.substring(path.lastIndexOf('/') + 1) + ":" + diagnostic.getLineNumber() + " "
                        + diagnostic.getKind().name().toLowerCase(Locale.ROOT).replace("mandatory_", "") + " "
                        + id.group(1));
            }
        }
        found.sort(null);
        return found;
    }

    private static Processor lombok() {
        try {
            return (Processor) Class.forName("lombok.launch.AnnotationProcessorHider$AnnotationProcessor")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
