package dev.entitylint.processor.rules;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.compilers.Findings;
import dev.entitylint.processor.testing.Expectations;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/**
 * Compiles sources with Lombok's processor running before entitylint and after it: the findings of one
 * rule must be the {@code // expect:} comments of the sources in both orders (Lombok's members exist
 * only once it ran).
 */
final class LombokOrders {

    private LombokOrders() {
    }

    static void check(String ruleId, JavaFileObject... sources) {
        List<String> options = List.of("-Aentitylint.rules=all:off," + ruleId + ":warning");
        List<String> expected = Expectations.errorsAndWarnings(List.of(sources), options);
        for (boolean lombokFirst : List.of(true, false)) {
            Processor entitylint = new EntityLintProcessor();
            Compilation compilation = javac()
                    .withProcessors(lombokFirst ? List.of(lombok(), entitylint) : List.of(entitylint, lombok()))
                    .withOptions(options)
                    .compile(sources);
            assertEquals(expected, Findings.of(compilation), () -> (lombokFirst ? "Lombok first" : "entitylint first")
                    + Findings.describe(compilation.diagnostics()));
            assertEquals(List.of(), compilation.errors().stream()
                    .filter(d -> !d.getMessage(Locale.ROOT).startsWith("[")).toList(), "javac itself is happy");
        }
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
