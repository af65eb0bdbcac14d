package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import java.util.regex.Pattern;

/**
 * A rule's metadata, read from its {@link RuleInfo} once, when the registry is made.
 *
 * @param id the stable kebab-case id, also the name of its page under {@code docs/rules/}
 * @param severity the severity under the {@code recommended} profile, once {@code needsOption} is set
 * @param summary one line: what the rule reports
 * @param breaksAtRunTime whether its findings break the application at run time
 * @param followsProfile whether {@code -Aentitylint.profile} moves its severity
 * @param needsOption the option it has nothing to check without, or empty
 */
public record RuleDescriptor(String id, Severity severity, String summary, boolean breaksAtRunTime,
        boolean followsProfile, String needsOption) {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleDescriptor {
        if (!KEBAB_CASE.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' is not kebab-case (fk-index, string-length)");
        }
        if (summary.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " has a blank summary");
        }
        if (!needsOption.isEmpty() && !Options.SUPPORTED.contains(needsOption)) {
            throw new IllegalArgumentException("rule " + id + " needs option '" + needsOption
                    + "', which entitylint does not read");
        }
    }

    /** The metadata on a rule class; an {@link IllegalArgumentException} naming the class if it has none. */
    public static RuleDescriptor of(Class<?> rule) {
        RuleInfo info = rule.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalArgumentException(rule.getName() + " has no @" + RuleInfo.class.getSimpleName()
                    + " — annotate it with its id, severity and summary");
        }
        return new RuleDescriptor(info.id(), info.severity(), info.summary(), info.breaksAtRunTime(),
                info.followsProfile(), info.needsOption());
    }

    /** The severity with no options at all (the documented default, SARIF's default level). */
    public Severity defaultSeverity() {
        return needsOption.isEmpty() ? severity : Severity.OFF;
    }

    /**
     * The severity before the entries of {@code -Aentitylint.rules}: off while the option it needs is
     * unset, else its severity as the profile moves it. Only {@link RuleRegistry#severity} calls this.
     */
    Severity baseSeverity(Options options) {
        if (!needsOption.isEmpty() && !options.isSet(needsOption)) {
            return Severity.OFF;
        }
        return followsProfile ? options.profile().apply(severity, breaksAtRunTime) : severity;
    }
}
