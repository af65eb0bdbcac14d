package dev.entitylint.processor.rules;

import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.References;
import dev.entitylint.processor.model.SchemaModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where each embeddable of a round is used: the {@code @Embedded}, {@code @EmbeddedId} and
 * {@code @ElementCollection} attributes whose type it is, indexed once per round. A column of an
 * embeddable is judged with its uses: an {@code @AttributeOverride} in every use can state what
 * the embeddable leaves open.
 */
final class Embeddings {

    private final Map<String, List<AttributeModel>> usesByEmbeddable = new HashMap<>();
    private final Map<String, ManagedType> typesByName = new HashMap<>();
    /** Everything the round's classes reach: embeddables compiled earlier (on the class path) too. */
    private final References references;

    Embeddings(SchemaModel model) {
        for (ManagedType type : model.types()) {
            typesByName.putIfAbsent(type.qualifiedName(), type);
            for (AttributeModel attribute : type.declaredAttributes()) {
                String embeddable = embeddableName(attribute);
                if (embeddable != null) {
                    usesByEmbeddable.computeIfAbsent(embeddable, k -> new ArrayList<>()).add(attribute);
                }
            }
        }
        references = model.references();
    }

    /** The class an {@code @Embedded}, {@code @EmbeddedId} or {@code @ElementCollection} attribute holds, else {@code null}. */
    private static String embeddableName(AttributeModel attribute) {
        return attribute.kind().isEmbedded() ? attribute.type().name()
                : attribute.kind() == AttributeKind.ELEMENT_COLLECTION ? attribute.type().elementName()
                : null;
    }

    /**
     * The embeddable the attribute embeds, compiled in this round or earlier (read from its class
     * file exactly as from its source, so a one-file recompile judges it alike).
     */
    Optional<ManagedType> embeddableOf(AttributeModel attribute) {
        String name = embeddableName(attribute);
        if (name == null) {
            return Optional.empty();
        }
        ManagedType type = typesByName.get(name);
        return type != null ? Optional.of(type) : references.embeddable(name);
    }

    /**
     * Whether the embeddable is used in this round and every use overrides {@code attribute}'s
     * column with one that {@code stated} accepts.
     */
    boolean everyUseOverrides(ManagedType embeddable, AttributeModel attribute, Predicate<ColumnSpec> stated) {
        List<AttributeModel> uses = usesByEmbeddable.getOrDefault(embeddable.qualifiedName(), List.of());
        if (uses.isEmpty()) {
            return false;
        }
        for (AttributeModel use : uses) {
            boolean overridden = use.overrides().stream()
                    .anyMatch(o -> o.name().equals(attribute.name()) && o.column().present() && stated.test(o.column()));
            if (!overridden) {
                return false;
            }
        }
        return true;
    }
}
