package dev.entitylint.processor.report;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.SourceRef;
import dev.entitylint.processor.model.Suppressions;
import dev.entitylint.processor.rules.Rule;
import dev.entitylint.processor.rules.RuleRegistry;
import dev.entitylint.processor.rules.RuleRunner;
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

    /** A finding as it was reported, with the severity it was reported at. */
    public record Reported(Finding finding, Severity severity) {
    }

    public Reporter(Messager messager, Options options, RuleRegistry registry, Suppressions suppressions) {
        this.messager = messager;
        this.options = options;
        this.registry = registry;
        this.suppressions = suppressions;
    }

    /** The severity in force for a rule id. */
    public Severity severity(String ruleId) {
        Severity defaultSeverity = registry.rule(ruleId).map(rule -> rule.baseSeverity(options))
                .orElse(Severity.WARNING);
        return options.severity(ruleId, defaultSeverity);
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
        log.add(new Reported(finding, severity));
        totals.merge(severity, 1, Integer::sum);
        print(severity.kind(), message, where);
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
                report(RuleRunner.internalFailure("reporter", finding.where().element(), e));
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
