package dev.entitylint.processor.compilers;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** entitylint's diagnostics of a compilation as comparable lines: {@code Invoice.java:27 error money-type}. */
public final class Findings {

    private static final Pattern RULE_ID = Pattern.compile("^\\[([a-z][a-z0-9-]*)\\]");

    private Findings() {
    }

    /** entitylint's errors and warnings, sorted: file, line, kind and rule id. */
    public static List<String> of(Compilation compilation) {
        return of(compilation.diagnostics());
    }

    public static List<String> of(List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
        List<String> findings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
            Matcher id = RULE_ID.matcher(diagnostic.getMessage(Locale.ROOT));
            // Notes are advice about defaults (an implicit EAGER to-one), outside what these
            // comparisons are about; the rule tests check them where they are written.
            if (!id.find() || diagnostic.getKind() == Diagnostic.Kind.NOTE) {
                continue;
            }
            findings.add(file(diagnostic) + ":" + diagnostic.getLineNumber() + " " + kind(diagnostic.getKind()) + " "
                    + id.group(1));
        }
        findings.sort(null);
        return findings;
    }

    /** Every diagnostic in full, for failure messages. */
    public static String describe(List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
            text.append("\n  ").append(file(diagnostic)).append(':').append(diagnostic.getLineNumber()).append(' ')
                    .append(kind(diagnostic.getKind())).append(' ').append(diagnostic.getMessage(Locale.ROOT));
        }
        return text.toString();
    }

    static String file(Diagnostic<? extends JavaFileObject> diagnostic) {
        if (diagnostic.getSource() == null) {
            return "<none>";
        }
        String name = diagnostic.getSource().getName();
        name = name.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    static String kind(Diagnostic.Kind kind) {
        return switch (kind) {
            case ERROR -> "error";
            case WARNING, MANDATORY_WARNING -> "warning";
            case NOTE -> "note";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
