package dev.entitylint.processor.testing;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.rules.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/**
 * The one reader of the {@code // expect:} comments in test sources:
 *
 * <pre>
 *   // expect: string-length
 *   String email;                        the diagnostic is on the next code line
 *   // expect: warning constraint-name "ix_orders_status"; fk-index
 * </pre>
 *
 * <p>An expectation names a rule id ({@code javac} for a diagnostic of the compiler itself),
 * optionally the kind (by default the rule's severity under the compilation's options) and a quoted
 * fragment the message must contain. Several may share a comment, separated by {@code ;}. The
 * line is the next line that is neither blank nor a comment.
 */
public final class Expectations {

    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(.*)$");
    private static final Pattern ONE = Pattern.compile(
            "^(?:(error|warning|note)\\s+)?([a-z][a-z0-9-]*)(?:\\s+\"(.*)\")?$");

    /** The pseudo-id of a diagnostic javac reports itself. */
    public static final String JAVAC = "javac";

    /**
     * One expected diagnostic.
     *
     * @param fragment what the message contains, empty for anything
     */
    public record Expectation(String file, int line, String kind, String ruleId, String fragment) {

        /** {@code Order.java:12 error fk-index}, as {@code compilers.Findings} writes a diagnostic. */
        public String key() {
            return file + ":" + line + " " + kind + " " + ruleId;
        }
    }

    private Expectations() {
    }

    /**
     * Every expectation written in the sources, in source order.
     *
     * @param options the compilation's options ({@code -Akey=value}), which set each rule's severity
     */
    public static List<Expectation> in(List<? extends JavaFileObject> sources, List<String> options) {
        RuleRegistry registry = RuleRegistry.standard();
        Options parsed = Options.parse(optionMap(options), registry.ids());
        List<Expectation> expectations = new ArrayList<>();
        for (JavaFileObject source : sources) {
            String file = fileName(source);
            String[] lines = code(source).split("\n", -1);
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
                        throw new IllegalArgumentException("bad expectation '" + one + "' in " + file + ":" + (i + 1));
                    }
                    String id = parts.group(2);
                    if (!id.equals(JAVAC) && !registry.ids().contains(id)) {
                        throw new IllegalArgumentException("expectation '" + one + "' in " + file + ":" + (i + 1)
                                + " names no rule; the ids are " + registry.ids());
                    }
                    String kind = parts.group(1) != null ? parts.group(1)
                            : registry.severity(id, parsed).optionValue();
                    if (kind.equals("off")) {
                        throw new IllegalArgumentException("expectation '" + one + "' in " + file + ":" + (i + 1)
                                + " cannot be met: " + id + " is off under " + options);
                    }
                    expectations.add(new Expectation(file, target + 1, kind, id,
                            parts.group(3) == null ? "" : parts.group(3)));
                }
            }
        }
        return expectations;
    }

    /**
     * The expected errors and warnings as sorted {@link Expectation#key()}s, to compare with what
     * {@code compilers.Findings} and {@code compilers.Ecj} read from a compilation (they leave notes
     * out, so an expected note is refused here rather than silently dropped).
     */
    public static List<String> errorsAndWarnings(List<? extends JavaFileObject> sources, List<String> options) {
        List<String> keys = new ArrayList<>();
        for (Expectation expectation : in(sources, options)) {
            if (expectation.kind().equals("note")) {
                throw new IllegalArgumentException("note expected at " + expectation.key()
                        + ": this comparison covers errors and warnings only; check notes with Lint");
            }
            keys.add(expectation.key());
        }
        keys.sort(null);
        return keys;
    }

    /** The simple file name a source's diagnostics and expectations are keyed by: {@code Order.java}. */
    public static String fileName(JavaFileObject source) {
        String name = source.toUri().getPath();
        if (name == null) {
            name = source.getName();
        }
        name = name.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** The {@code -Akey=value} options as a map, as javac hands them to the processor. */
    static Map<String, String> optionMap(List<String> options) {
        Map<String, String> map = new HashMap<>();
        for (String option : options) {
            if (option.startsWith("-A")) {
                int eq = option.indexOf('=');
                map.put(option.substring(2, eq < 0 ? option.length() : eq), eq < 0 ? "" : option.substring(eq + 1));
            }
        }
        return map;
    }

    private static String code(JavaFileObject source) {
        try {
            return source.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
