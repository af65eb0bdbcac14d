package dev.entitylint.processor.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A set of default severities, chosen with {@code -Aentitylint.profile}; the entries of
 * {@code -Aentitylint.rules} still override it rule by rule.
 */
public enum Profile {

    /** Each rule at its documented default. */
    RECOMMENDED,

    /** Every rule at least a warning: defaults that are {@code off} or {@code note} become warnings. */
    STRICT,

    /**
     * Only the rules whose findings break the application at run time (Hibernate refuses to start,
     * or the database rejects the SQL), at their default; everything else is off.
     */
    RELAXED;

    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> optionValues() {
        return Arrays.stream(values()).map(Profile::optionValue).toList();
    }

    public static Optional<Profile> parse(String text) {
        return Arrays.stream(values()).filter(p -> p.optionValue().equals(text.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /**
     * A rule's severity under this profile.
     *
     * @param recommended the rule's default under {@link #RECOMMENDED}
     * @param breaksAtRunTime whether the rule's findings fail at run time, which keeps it in {@link #RELAXED}
     */
    public Severity apply(Severity recommended, boolean breaksAtRunTime) {
        return switch (this) {
            case RECOMMENDED -> recommended;
            case STRICT -> recommended == Severity.ERROR ? Severity.ERROR : Severity.WARNING;
            case RELAXED -> breaksAtRunTime ? recommended : Severity.OFF;
        };
    }
}
