package dev.entitylint.processor.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles real sources through javac with the processor and checks its diagnostics against the
 * {@code // expect:} comments in the sources themselves (read by {@link Expectations}). The check
 * fails on any diagnostic that was not expected — from entitylint or from javac — and on any
 * expectation that was not met.
 */
public final class Lint {

    private static final Pattern RULE_ID = Pattern.compile("^\\[([a-z][a-z0-9-]*)\\]");

    private final List<String> options = new ArrayList<>();

    private Lint(List<String> options) {
        this.options.addAll(options);
    }

    /** Every rule at its default severity. */
    public static Lint allRules(String... extraOptions) {
        return new Lint(List.of(extraOptions));
    }

    /**
     * Only {@code ruleId}, at its default severity under the other options given (a rule that is
     * off by default runs as a warning), so other rules cannot interfere.
     */
    public static Lint only(String ruleId, String... extraOptions) {
        RuleRegistry registry = RuleRegistry.standard();
        registry.descriptor(ruleId).orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
        Severity base = registry.severity(ruleId,
                Options.parse(Expectations.optionMap(List.of(extraOptions)), registry.ids()));
        Severity level = base == Severity.OFF ? Severity.WARNING : base;
        String rules = "all:off," + ruleId + ":" + level.optionValue();
        List<String> options = new ArrayList<>();
        for (String extra : extraOptions) {
            // javac keeps only the last value of a repeated -A key: later rule entries extend ours.
            if (extra.startsWith("-Aentitylint.rules=")) {
                rules += "," + extra.substring("-Aentitylint.rules=".length());
            } else {
                options.add(extra);
            }
        }
        options.add(0, "-Aentitylint.rules=" + rules);
        return new Lint(options);
    }

    public static JavaFileObject source(String qualifiedName, String code) {
        return JavaFileObjects.forSourceString(qualifiedName, code);
    }

    public Compilation compile(JavaFileObject... sources) {
        var compiler = javac().withProcessors(new EntityLintProcessor()).withOptions(options);
        return (classpath == null ? compiler : compiler.withClasspath(classpath)).compile(sources);
    }

    /** The class path the sources are compiled against; {@code null}: the test's own. */
    private List<java.io.File> classpath;

    /**
     * The same checks, compiling against {@code classes} and the test's class path: the classes a
     * build does not recompile (an incremental build recompiles one source, the rest are class files).
     */
    public Lint withClassFiles(java.nio.file.Path classes) {
        Lint lint = new Lint(options);
        lint.classpath = new ArrayList<>(List.of(classes.toFile()));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            lint.classpath.add(new java.io.File(entry));
        }
        return lint;
    }

    /** Compiles and asserts that exactly the expected diagnostics were reported. */
    public Compilation check(JavaFileObject... sources) {
        Compilation compilation = compile(sources);
        List<Expectations.Expectation> expected = Expectations.in(List.of(sources), options);
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.NOTE && !isOurs(diagnostic)) {
                continue;
            }
            String message = diagnostic.getMessage(Locale.ROOT);
            messages.add(describe(diagnostic) + "  " + message);
        }
        List<String> unmatchedExpected = new ArrayList<>();
        List<String> unmatchedActual = new ArrayList<>(messages);
        for (Expectations.Expectation expectation : expected) {
            String key = expectation.key();
            String fragment = expectation.fragment();
            String match = null;
            for (String candidate : unmatchedActual) {
                if (candidate.startsWith(key + "  ") && (fragment.isEmpty() || candidate.contains(fragment))) {
                    match = candidate;
                    break;
                }
            }
            if (match == null) {
                unmatchedExpected.add(key + (fragment.isEmpty() ? "" : " containing \"" + fragment + "\""));
            } else {
                unmatchedActual.remove(match);
            }
        }
        if (!unmatchedExpected.isEmpty() || !unmatchedActual.isEmpty()) {
            throw new AssertionError("diagnostics differ from the // expect: comments\n"
                    + "  expected but not reported:\n    " + String.join("\n    ", unmatchedExpected)
                    + "\n  reported but not expected:\n    " + String.join("\n    ", unmatchedActual)
                    + "\n  everything reported:\n    " + String.join("\n    ", messages));
        }
        return compilation;
    }

    private static boolean isOurs(Diagnostic<? extends JavaFileObject> diagnostic) {
        return RULE_ID.matcher(diagnostic.getMessage(Locale.ROOT)).find();
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String file = diagnostic.getSource() == null ? "<none>" : Expectations.fileName(diagnostic.getSource());
        Matcher id = RULE_ID.matcher(diagnostic.getMessage(Locale.ROOT));
        String rule = id.find() ? id.group(1) : Expectations.JAVAC;
        return file + ":" + diagnostic.getLineNumber() + " " + kindName(diagnostic.getKind()) + " " + rule;
    }

    private static String kindName(Diagnostic.Kind kind) {
        return switch (kind) {
            case ERROR -> "error";
            case WARNING, MANDATORY_WARNING -> "warning";
            case NOTE -> "note";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
