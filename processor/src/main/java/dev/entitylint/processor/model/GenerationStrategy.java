package dev.entitylint.processor.model;

/** JPA's {@code GenerationType}, the {@code strategy} of {@code @GeneratedValue}. */
public enum GenerationStrategy {
    AUTO,
    IDENTITY,
    SEQUENCE,
    TABLE,
    UUID;

    /** The constant written in an annotation, or {@code null} when unknown. */
    public static GenerationStrategy of(String written) {
        return Enums.constant(GenerationStrategy.class, written);
    }
}
