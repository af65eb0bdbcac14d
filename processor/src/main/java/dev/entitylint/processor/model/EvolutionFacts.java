package dev.entitylint.processor.model;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * What schema evolution needs beyond the physical schema, read by {@link ModelBuilder#evolution}
 * only when {@code -Aentitylint.migrations} is given: rename intents ({@code @RenamedFrom}),
 * declared column defaults, the constants of stored enums and how identifiers are generated.
 *
 * @param attributes facts per attribute, by the attribute's element (field or getter)
 * @param entities facts per entity, by qualified class name
 * @param enums the constants, in declaration order, of every enum an attribute stores (as its
 *     value, its collection's element or its map's key), by qualified enum name
 */
public record EvolutionFacts(Map<Element, AttributeFacts> attributes, Map<String, EntityFacts> entities,
        Map<String, List<String>> enums) {

    public static final EvolutionFacts NONE = new EvolutionFacts(Map.of(), Map.of(), Map.of());

    public EvolutionFacts {
        attributes = Map.copyOf(attributes);
        entities = Map.copyOf(entities);
        enums = Map.copyOf(enums);
    }

    public AttributeFacts of(AttributeModel attribute) {
        return attribute == null ? null : attributes.get(attribute.element());
    }

    /**
     * One attribute.
     *
     * @param renamedFrom the previous column name written in {@code @RenamedFrom}, or {@code null}
     * @param renamedFromRef where it is written
     * @param columnDefault the SQL default of Hibernate's {@code @ColumnDefault}, or {@code null}
     * @param enumConstants the constants of the attribute's enum type (its element type for a
     *     collection), in declaration order; empty when it is no enum
     * @param temporal the {@code @Temporal} value ({@code DATE}, {@code TIME}, {@code TIMESTAMP}) or {@code null}
     * @param generation how the identifier is generated, or {@code null} when it is assigned
     */
    public record AttributeFacts(String renamedFrom, SourceRef renamedFromRef, String columnDefault,
            List<String> enumConstants, String temporal, Generation generation) {

        public AttributeFacts {
            enumConstants = List.copyOf(enumConstants);
        }
    }

    /**
     * {@code @GeneratedValue}.
     *
     * @param strategy {@code AUTO}, {@code IDENTITY}, {@code SEQUENCE}, {@code TABLE} or {@code UUID}
     * @param generator the written {@code generator}, or {@code null}
     * @param sequenceName the {@code sequenceName} (else {@code name}) of the {@code @SequenceGenerator}
     *     that applies, or {@code null} when the provider's implicit name applies
     * @param allocationSize its {@code allocationSize} (50 unless written)
     * @param initialValue its {@code initialValue} (1 unless written)
     * @param source the annotation
     */
    public record Generation(String strategy, String generator, String sequenceName, int allocationSize,
            int initialValue, SourceRef source) {
    }

    /**
     * One entity.
     *
     * @param renamedFrom the previous table name written in {@code @RenamedFrom} on the class, or {@code null}
     * @param renamedFromRef where it is written
     */
    public record EntityFacts(String renamedFrom, SourceRef renamedFromRef) {
    }
}
