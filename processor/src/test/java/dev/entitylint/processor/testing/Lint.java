package dev.entitylint.processor.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.rules.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles real sources through javac with the processor and checks its diagnostics against
 * expectations written in the sources themselves:
 *
 * <pre>
 *   // expect: string-length
 *   String email;                        the diagnostic is on the next code line
 *   // expect: warning constraint-name "ix_orders_status"
 * </pre>
 *
 * <p>An expectation names a rule id, optionally the kind (defaults to the rule's configured
 * severity) and a quoted fragment the message must contain. Several may share a comment,
 * separated by {@code ;}. The check fails on any diagnostic that was not expected — from
 * entitylint or from javac — and on any expectation that was not met.
 */
public final class Lint {

    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(.*)$");
    private static final Pattern ONE = Pattern.compile(
            "^(?:(error|warning|note)\\s+)?([a-z][a-z0-9-]*)(?:\\s+\"(.*)\")?$");
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
        Severity base = registry.severity(ruleId, Options.parse(optionMap(List.of(extraOptions)), registry.ids()));
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
        return javac().withProcessors(new EntityLintProcessor()).withOptions(options).compile(sources);
    }

    /** Compiles and asserts that exactly the expected diagnostics were reported. */
    public Compilation check(JavaFileObject... sources) {
        Compilation compilation = compile(sources);
        List<String> expected = new ArrayList<>();
        for (JavaFileObject source : sources) {
            expected.addAll(expectations(source));
        }
        List<String> actual = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.NOTE && !isOurs(diagnostic)) {
                continue;
            }
            String message = diagnostic.getMessage(Locale.ROOT);
            messages.add(describe(diagnostic) + "  " + message);
            actual.add(describe(diagnostic));
        }
        List<String> unmatchedExpected = new ArrayList<>();
        List<String> unmatchedActual = new ArrayList<>(messages);
        for (String expectation : expected) {
            String[] parts = expectation.split("\u0000", -1);
            String key = parts[0];
            String fragment = parts[1];
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
        String file = diagnostic.getSource() == null ? "<none>" : simpleFile(diagnostic.getSource());
        Matcher id = RULE_ID.matcher(diagnostic.getMessage(Locale.ROOT));
        String rule = id.find() ? id.group(1) : "javac";
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

    private static String simpleFile(JavaFileObject source) {
        String path = source.toUri().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private List<String> expectations(JavaFileObject source) {
        String code;
        try {
            code = source.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Options parsed = Options.parse(optionMap(options), RuleRegistry.standard().ids());
        String[] lines = code.split("\n", -1);
        List<String> expectations = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = EXPECT.matcher(lines[i].trim());
            if (!matcher.find()) {
                continue;
            }
            int target = i + 1;
            while (target < lines.length && (lines[target].trim().startsWith("//") || lines[target].isBlank())) {
                target++;
            }
            for (String one : splitOutsideQuotes(matcher.group(1))) {
                Matcher parts = ONE.matcher(one.trim());
                if (!parts.matches()) {
                    throw new IllegalArgumentException("bad expectation '" + one + "' in " + simpleFile(source));
                }
                String id = parts.group(2);
                String kind = parts.group(1) != null ? parts.group(1) : defaultKind(id, parsed);
                String fragment = parts.group(3) == null ? "" : parts.group(3);
                expectations.add(simpleFile(source) + ":" + (target + 1) + " " + kind + " " + id + "\u0000" + fragment);
            }
        }
        return expectations;
    }

    private static List<String> splitOutsideQuotes(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String defaultKind(String id, Options parsed) {
        return RuleRegistry.standard().severity(id, parsed).optionValue();
    }

    private static Map<String, String> optionMap(List<String> options) {
        Map<String, String> map = new HashMap<>();
        for (String option : options) {
            if (option.startsWith("-A")) {
                int eq = option.indexOf('=');
                map.put(option.substring(2, eq < 0 ? option.length() : eq), eq < 0 ? "" : option.substring(eq + 1));
            }
        }
        return map;
    }
}
