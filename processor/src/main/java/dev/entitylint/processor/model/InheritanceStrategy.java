package dev.entitylint.processor.model;

/** JPA's {@code InheritanceType}: how a hierarchy of entities is laid out in tables. */
public enum InheritanceStrategy {
    SINGLE_TABLE,
    JOINED,
    TABLE_PER_CLASS;

    /** The constant written in an annotation, or {@code null} when absent or unknown (half-typed code). */
    public static InheritanceStrategy of(String written) {
        return Enums.constant(InheritanceStrategy.class, written);
    }
}
