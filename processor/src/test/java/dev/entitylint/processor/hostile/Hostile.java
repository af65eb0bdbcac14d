package dev.entitylint.processor.hostile;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.compilers.Ecj;
import dev.entitylint.processor.compilers.Findings;
import dev.entitylint.processor.testing.Expectations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles broken or hostile sources three ways and checks that entitylint survives them and
 * says exactly what the {@code // expect: <rule-id>} comments say ({@link Expectations}):
 * <ul>
 *   <li>javac as a build runs it: processing stops at some errors, so entitylint may say less,
 *       but never something unexpected;</li>
 *   <li>javac told to go on through errors ({@code -XDshould-stop.ifError=FLOW}), as IDEs built
 *       on javac do: processors see the broken trees, and the findings must be exactly those
 *       expected;</li>
 *   <li>the Eclipse compiler with {@code -proceedOnError}, which is what runs processors on
 *       half-typed code in Eclipse: exactly those expected too.</li>
 * </ul>
 * In every mode: no exception escapes, no {@code [internal]} diagnostic, no stack trace.
 */
public final class Hostile {

    /** {@code java.lang.IllegalStateException: boom}: how a printed exception starts, unlike a mere mention. */
    private static final Pattern STACK_TRACE_HEAD = Pattern.compile("\\b[\\w.$]+(Exception|Error): ");

    private Hostile() {
    }

    /** The three modes; {@code options} apply to all. */
    public static void check(List<JavaFileObject> sources, String... options) {
        check(sources, true, options);
    }

    /**
     * For syntax errors: javac's error recovery may attach a half-typed line's annotations to the
     * wrong declaration (a missing {@code ;} swallows the next field's {@code @Column}); a build
     * never runs processors on such code, and what javac's recovery makes of it is only checked
     * for crashes. ecj, which Eclipse runs on every keystroke, must still be exact.
     */
    public static void checkSyntaxError(List<JavaFileObject> sources, String... options) {
        check(sources, false, options);
    }

    private static void check(List<JavaFileObject> sources, boolean exactUnderJavacRecovery, String... options) {
        List<String> expected = Expectations.errorsAndWarnings(sources, List.of(options));

        Compilation build = compile(sources, List.of(options));
        List<String> buildFindings = healthy("javac", build.diagnostics());
        List<String> unexpected = new ArrayList<>(buildFindings);
        expected.forEach(unexpected::remove);
        assertTrue(unexpected.isEmpty(), () -> "javac: unexpected " + unexpected + Findings.describe(build.diagnostics()));

        List<String> flowOptions = new ArrayList<>(List.of(options));
        flowOptions.add("-XDshould-stop.ifError=FLOW");
        Compilation ide = compile(sources, flowOptions);
        List<String> ideFindings = healthy("javac (go on through errors)", ide.diagnostics());
        if (exactUnderJavacRecovery) {
            assertEquals(expected, ideFindings, () -> "javac going on through errors:" + Findings.describe(ide.diagnostics()));
        }

        Ecj.Result ecj = Ecj.compile(sources, List.of(options), new EntityLintProcessor());
        for (String problem : ecj.problems()) {
            noInternalFailure("ecj", problem);
        }
        assertEquals(expected, ecj.findings(), () -> "ecj:\n" + ecj.output());
    }

    public static Compilation compile(List<JavaFileObject> sources, List<String> options) {
        try {
            return javac().withProcessors(new EntityLintProcessor()).withOptions(options).compile(sources);
        } catch (RuntimeException e) {
            throw new AssertionError("an exception escaped the compilation", e);
        }
    }

    /** Fails on an internal failure or a stack trace; answers entitylint's findings, sorted. */
    public static List<String> healthy(String mode, List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
            noInternalFailure(mode, diagnostic.getMessage(Locale.ROOT));
        }
        return Findings.of(diagnostics);
    }

    static void noInternalFailure(String mode, String message) {
        if (message.startsWith("[internal]") || message.contains("\tat ")
                || STACK_TRACE_HEAD.matcher(message).find()
                || message.contains("StackOverflowError") || message.contains("uncaught")) {
            fail(mode + " reported an internal failure or a stack trace: " + message);
        }
    }
}
