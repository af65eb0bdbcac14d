package dev.entitylint.processor.model;

/** JPA's {@code FetchType} as written on an association. */
public enum FetchType {
    EAGER,
    LAZY;

    /** The constant written in an annotation, or {@code null} when absent or unknown. */
    public static FetchType of(String written) {
        return Enums.constant(FetchType.class, written);
    }
}
