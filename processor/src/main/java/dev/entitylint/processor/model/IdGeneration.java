package dev.entitylint.processor.model;

/**
 * How an identifier attribute's values are generated: its {@code @GeneratedValue} and the
 * {@code @SequenceGenerator} that names it.
 *
 * @param attribute the attribute's name
 * @param strategy the {@code strategy} (written, else {@link GenerationStrategy#AUTO})
 * @param generatedValue the {@code @GeneratedValue} annotation ({@code member("strategy")} narrows to the value)
 * @param generator the written {@code generator} name, or {@code null}
 * @param sequenceGenerator the {@code @SequenceGenerator} the strategy uses, on the attribute or its class,
 *     or {@code null} when none is found there (named elsewhere, or none written)
 * @param allocationSize that generator's {@code allocationSize}, written or its default (50); {@code null}
 *     without one
 */
public record IdGeneration(
        String attribute,
        GenerationStrategy strategy,
        SourceRef generatedValue,
        String generator,
        SourceRef sequenceGenerator,
        Integer allocationSize) {

    /** Whether the database hands out the values in sequence (a number from a sequence, identity or table). */
    public boolean sequential() {
        return strategy != GenerationStrategy.UUID;
    }
}
