package dev.entitylint.processor.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JPA provider the application runs on ({@code -Aentitylint.provider}): messages only claim a
 * run-time failure the provider really has. {@link #UNKNOWN} when neither the option nor the
 * class path names one.
 */
public enum Provider {
    HIBERNATE("Hibernate"),
    ECLIPSELINK("EclipseLink"),
    OPENJPA("OpenJPA"),
    UNKNOWN("the JPA provider");

    private final String displayName;

    Provider(String displayName) {
        this.displayName = displayName;
    }

    /** How a message names it: {@code Hibernate}, or {@code the JPA provider} when unknown. */
    public String displayName() {
        return displayName;
    }

    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The values {@code -Aentitylint.provider} accepts. */
    public static List<String> optionValues() {
        return List.of("auto", "hibernate", "eclipselink", "openjpa");
    }

    /** The provider an option value names; empty for {@code auto} and for unknown values. */
    public static Optional<Provider> parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p != UNKNOWN && p.optionValue().equals(value)).findFirst();
    }
}
