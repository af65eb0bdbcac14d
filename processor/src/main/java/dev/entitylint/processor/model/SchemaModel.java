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

    /**
     * The model of a round: its physical schema built once, from the round's entities and the
     * entity superclasses they inherit columns from (so a subclass compiled alone sees its root's
     * columns, as in a full build).
     */
    public static SchemaModel of(List<EntityModel> entities, List<ManagedType> types, NamingStrategy naming,
            References references) {
        java.util.Map<String, EntityModel> withSupers = new java.util.LinkedHashMap<>();
        for (EntityModel entity : entities) {
            withSupers.put(entity.qualifiedName(), entity);
            EntityModel current = entity;
            for (int depth = 0; current.superEntity() != null && depth < 64; depth++) {
                current = references.entity(current.superEntity()).orElse(null);
                if (current == null) {
                    break;
                }
                withSupers.putIfAbsent(current.qualifiedName(), current);
            }
        }
        return new SchemaModel(entities, types, naming, references,
                PhysicalSchemaBuilder.build(withSupers.values(), references, naming));
    }

    /** The physical table an entity's own state goes to, with every column the round knows it to hold. */
    public Optional<PhysicalSchema.Table> tableOf(EntityModel entity) {
        return schema.table(entity.table().name());
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
