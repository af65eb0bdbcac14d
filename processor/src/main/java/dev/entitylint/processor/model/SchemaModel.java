package dev.entitylint.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the database will contain according to the entities of one compilation round.
 *
 * @param entities entities compiled in this round, resolved with their hierarchy
 * @param types entities, mapped superclasses and embeddables compiled in this round, each with
 *     the attributes it declares
 * @param naming the physical naming strategy that produced the names
 * @param lookup resolves any entity by qualified name, including ones from earlier rounds or the
 *     class path (for checks that follow an association to its target)
 */
public record SchemaModel(
        List<EntityModel> entities,
        List<ManagedType> types,
        NamingStrategy naming,
        Function<String, Optional<EntityModel>> lookup) {

    public SchemaModel {
        entities = List.copyOf(entities);
        types = List.copyOf(types);
    }

    /** Any entity by qualified class name, compiled now or earlier (a cached lookup, not a scan). */
    public Optional<EntityModel> entity(String qualifiedName) {
        return lookup.apply(qualifiedName);
    }
}
