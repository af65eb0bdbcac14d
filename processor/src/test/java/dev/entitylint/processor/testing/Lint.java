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
    /** Class path entries besides the test class path. */
    private final List<java.io.File> classPath = new ArrayList<>();

    private Lint(List<String> options) {
        this.options.addAll(options);
    }

    /** The same checks with {@code jars} on the class path too (libraries the tests do not depend on). */
    public Lint withJars(java.io.File... jars) {
        Lint lint = new Lint(options);
        lint.classPath.addAll(classPath);
        lint.classPath.addAll(List.of(jars));
        return lint;
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
        if (!classPath.isEmpty()) {
            List<java.io.File> all = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                all.add(new java.io.File(entry));
            }
            all.addAll(classPath);
            compiler = compiler.withClasspath(all);
        }
        return compiler.compile(sources);
    }

    /**
     * The same checks, compiled with the jars of {@code target/query-libs} (Spring Data JPA, Jakarta
     * Data) on the class path as well: real repository interfaces beside the entities.
     */
    public Lint withQueryLibraries() {
        Lint copy = new Lint(options);
        copy.classPath.addAll(queryLibraries());
        return copy;
    }

    /** The jars the query checks compile repositories against, copied by Maven into {@code target/query-libs}. */
    public static List<java.io.File> queryLibraries() {
        java.io.File[] jars = new java.io.File("target/query-libs").listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("no jars in target/query-libs: run the tests through Maven "
                    + "(generate-test-resources copies them)");
        }
        java.util.Arrays.sort(jars);
        return List.of(jars);
    }

    /**
     * The same checks, compiling against {@code classes} and the test's class path: the classes a
     * build does not recompile (an incremental build recompiles one source, the rest are class files).
     */
    public Lint withClassFiles(java.nio.file.Path classes) {
        Lint lint = new Lint(options);
        lint.classPath.add(classes.toFile());
        lint.classPath.addAll(classPath);
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
