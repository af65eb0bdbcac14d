package dev.entitylint.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * What the database will contain according to the entities of one compilation round.
 *
 * @param entities entities compiled in this round, resolved with their hierarchy
 * @param types entities, mapped superclasses and embeddables compiled in this round, each with
 *     the attributes it declares
 * @param naming the physical naming strategy that produced the names
 * @param references every entity and managed type the round's classes reach (association targets,
 *     superclasses, embeddables), compiled now or read from class files, resolved up front
 * @param schema the physical schema of the round's entities: tables, columns, keys, indexes and
 *     constraints, resolved once
 */
public record SchemaModel(
        List<EntityModel> entities,
        List<ManagedType> types,
        NamingStrategy naming,
        References references,
        PhysicalSchema schema) {

    public SchemaModel {
        entities = List.copyOf(entities);
        types = List.copyOf(types);
    }

    /** Any entity the round's classes reach, by qualified name, compiled now or earlier. */
    public Optional<EntityModel> entity(String qualifiedName) {
        return references.entity(qualifiedName);
    }

    /** The tables an entity's own mapping creates beside its primary table: join and collection tables. */
    public List<PhysicalSchema.Table> ownedTables(EntityModel entity) {
        return schema.tables().stream()
                .filter(t -> t.entity().equals(entity.qualifiedName()))
                .filter(t -> t.kind() == PhysicalSchema.TableKind.JOIN || t.kind() == PhysicalSchema.TableKind.COLLECTION)
                .toList();
    }
}
