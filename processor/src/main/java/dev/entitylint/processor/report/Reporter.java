package dev.entitylint.processor.report;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.config.UserFiles;
import dev.entitylint.processor.finding.Finding;
import dev.entitylint.processor.model.SourceRef;
import dev.entitylint.processor.model.Suppressions;
import dev.entitylint.processor.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The only code that turns findings into diagnostics: it applies configured severities and
 * suppressions, reports each distinct finding once (a problem in a mapped superclass is found
 * once per entity but reported once), and keeps totals.
 */
public final class Reporter {

    private final Messager messager;
    private final Options options;
    private final RuleRegistry registry;
    private final Suppressions suppressions;
    private final Set<List<Object>> reported = new HashSet<>();
    private final List<Reported> log = new ArrayList<>();
    private final List<String> configProblems = new ArrayList<>();
    private final Map<Severity, Integer> totals = new EnumMap<>(Severity.class);

    /** The baseline in force, or {@code null}. */
    private final Baseline baseline;

    /**
     * A finding as it was reported, with the severity it was reported at; {@code baselined} when
     * the baseline accepted it, so it was not printed.
     */
    public record Reported(Finding finding, Severity severity, boolean baselined) {
    }

    public Reporter(Messager messager, Options options, RuleRegistry registry, Suppressions suppressions) {
        this.messager = messager;
        this.options = options;
        this.registry = registry;
        this.suppressions = suppressions;
        this.baseline = options.baseline() == null ? null
                : Baseline.at(options.baseline(), options.baselineWrite(), registry.ids());
    }

    /** The baseline in force ({@code -Aentitylint.baseline}), or {@code null}. */
    public Baseline baseline() {
        return baseline;
    }

    /** The severity in force for a rule id. */
    public Severity severity(String ruleId) {
        return registry.severity(ruleId, options);
    }

    public void report(Finding finding) {
        Severity severity = severity(finding.ruleId());
        if (severity == Severity.OFF || isSuppressed(finding)) {
            return;
        }
        if (finding.noteOnly()) {
            severity = Severity.NOTE;
        }
        SourceRef where = finding.where();
        String message = finding.message();
        if (!reported.add(List.of(finding.ruleId(), identity(where.element()), identity(where.annotation()),
                identity(where.value()), message))) {
            return;
        }
        if (baseline != null && !finding.ruleId().equals(Finding.INTERNAL) && baseline.accept(finding)) {
            log.add(new Reported(finding, severity, true));
            return;
        }
        log.add(new Reported(finding, severity, false));
        totals.merge(severity, 1, Integer::sum);
        print(severity.kind(), message, where);
    }

    /** Findings printed above this many (errors and warnings) bring a note on how to write a baseline. */
    static final int FLOOD = 30;

    /**
     * After the last round: the baseline's notes (how many findings it accepted, which entries
     * match nothing any more), rewriting it in write mode; without a baseline, a note on how to
     * write one when the compilation printed a flood of findings.
     *
     * @param exists whether a class (or package) of that qualified name still exists
     */
    public void finish(java.util.function.Predicate<String> exists) {
        if (baseline == null) {
            int printed = total(Severity.ERROR) + total(Severity.WARNING) - configProblems.size();
            if (printed > FLOOD) {
                messager.printMessage(Diagnostic.Kind.NOTE, "[baseline] entitylint reported " + printed
                        + " findings (" + byRule() + "). To adopt it on an existing codebase, accept today's findings "
                        + "and fail only on new ones: compile once with -A" + Options.BASELINE + "=<file> -A" + Options.BASELINE_WRITE
                        + "=true (in Maven: -A" + Options.BASELINE + "=${project.basedir}/entitylint-baseline.txt), "
                        + "commit the file, and keep -A" + Options.BASELINE + "=<file> in the build");
            }
            return;
        }
        if (baseline.writing()) {
            try {
                int lines = baseline.write(exists);
                messager.printMessage(Diagnostic.Kind.NOTE, "[baseline] wrote " + lines + " entries for "
                        + baseline.accepted() + " findings to " + baseline.path() + " — commit it, and compile "
                        + "without -A" + Options.BASELINE_WRITE + " from now on: only new findings are reported");
            } catch (java.io.IOException | RuntimeException e) {
                configProblem("cannot write baseline file '" + baseline.path() + "' (" + UserFiles.describe(e)
                        + ") — check that its directory is writable");
            }
            return;
        }
        if (baseline.accepted() > 0) {
            messager.printMessage(Diagnostic.Kind.NOTE, "[baseline] " + baseline.path() + " accepted "
                    + baseline.accepted() + (baseline.accepted() == 1 ? " finding" : " findings")
                    + " that exist today; only findings not in it were reported");
        }
        Map<FindingKey, Integer> fixed = baseline.fixed(exists);
        if (!fixed.isEmpty()) {
            messager.printMessage(Diagnostic.Kind.NOTE, "[baseline] " + fixed.size()
                    + (fixed.size() == 1 ? " entry" : " entries") + " of " + baseline.path()
                    + " match no finding any more (fixed: remove these lines, or rewrite the baseline with -A"
                    + Options.BASELINE_WRITE + "=true; a count is what is left over):\n  "
                    + String.join("\n  ", Baseline.lines(fixed)));
        }
    }

    /**
     * Points at the value, else the annotation, else the element: ecj's messager throws for some
     * annotation positions it cannot find in a broken tree, and that must not lose the finding.
     */
    private void print(Diagnostic.Kind kind, String message, SourceRef where) {
        try {
            messager.printMessage(kind, message, where.element(), where.annotation(), where.value());
            return;
        } catch (RuntimeException positionNotFound) {
            // fall through to a coarser position
        }
        try {
            messager.printMessage(kind, message, where.element());
        } catch (RuntimeException elementNotFound) {
            messager.printMessage(kind, message);
        }
    }

    /** Reports each finding; one that cannot be reported becomes an internal failure, the rest still go out. */
    public void reportAll(List<Finding> findings) {
        for (Finding finding : findings) {
            try {
                report(finding);
            } catch (RuntimeException | StackOverflowError e) {
                report(Finding.internalFailure("reporter", finding.where().element(), e));
            }
        }
    }

    /** A problem with the options themselves: always an error, never suppressible. */
    public void configProblem(String problem) {
        if (reported.add(List.of("config", problem))) {
            configProblems.add(problem);
            totals.merge(Severity.ERROR, 1, Integer::sum);
            messager.printMessage(Diagnostic.Kind.ERROR, "[config] " + problem);
        }
    }

    private boolean isSuppressed(Finding finding) {
        if (finding.ruleId().equals("suppression")) {
            return false;
        }
        if (suppressions.suppressed(finding.where().element(), finding.ruleId())) {
            return true;
        }
        for (Element element : finding.alsoSuppressedBy()) {
            if (suppressions.suppressed(element, finding.ruleId())) {
                return true;
            }
        }
        return false;
    }

    private static Object identity(Object o) {
        return o == null ? "" : new IdentityKey(o);
    }

    /**
     * The printed findings counted by rule, most first: {@code naming-convention 674, string-length
     * 120}, so a flood of one rule reads as one line (javac itself shows only the first 100 warnings).
     */
    private String byRule() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Reported one : log) {
            if (!one.baselined() && one.severity() != Severity.NOTE) {
                counts.merge(one.finding().ruleId(), 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> parts.add(e.getKey() + " " + e.getValue()));
        return String.join(", ", parts);
    }

    /** Everything reported so far, in order. */
    public List<Reported> reported() {
        return List.copyOf(log);
    }

    /** The problems with the options, as reported ({@code [config]} errors). */
    public List<String> configProblems() {
        return List.copyOf(configProblems);
    }

    public int total(Severity severity) {
        return totals.getOrDefault(severity, 0);
    }

    private record IdentityKey(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey key && key.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
