package dev.entitylint.processor.config;

import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;

/** How a rule's findings are reported. */
public enum Severity {
    ERROR(Diagnostic.Kind.ERROR),
    WARNING(Diagnostic.Kind.WARNING),
    NOTE(Diagnostic.Kind.NOTE),
    OFF(null);

    private final Diagnostic.Kind kind;

    Severity(Diagnostic.Kind kind) {
        this.kind = kind;
    }

    /** The javac diagnostic kind, or {@code null} for {@link #OFF}. */
    public Diagnostic.Kind kind() {
        return kind;
    }

    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String text) {
        for (Severity severity : values()) {
            if (severity.optionValue().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
