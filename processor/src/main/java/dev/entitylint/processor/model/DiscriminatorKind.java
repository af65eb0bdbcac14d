package dev.entitylint.processor.model;

/** JPA's {@code DiscriminatorType}. */
public enum DiscriminatorKind {
    STRING,
    CHAR,
    INTEGER;

    /** The written type; {@link #STRING} (JPA's default) when absent or unknown. */
    public static DiscriminatorKind of(String written) {
        DiscriminatorKind kind = Enums.constant(DiscriminatorKind.class, written);
        return kind == null ? STRING : kind;
    }
}
