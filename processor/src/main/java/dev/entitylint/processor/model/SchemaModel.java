package dev.entitylint.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * What the database will contain according to the entities of one compilation round: immutable
 * once made; its physical schema is worked out once, when first asked for (a build that runs
 * only rules which never ask pays nothing for it).
 */
public final class SchemaModel {

    private final List<EntityModel> entities;
    private final List<ManagedType> types;
    private final NamingStrategy naming;
    private final References references;
    private final java.util.function.Supplier<PhysicalSchema> physical;
    private PhysicalSchema schema;
    private List<RepositoryModel> repositories = List.of();

    private SchemaModel(List<EntityModel> entities, List<ManagedType> types, NamingStrategy naming,
            References references, java.util.function.Supplier<PhysicalSchema> physical) {
        this.entities = List.copyOf(entities);
        this.types = List.copyOf(types);
        this.naming = naming;
        this.references = references;
        this.physical = physical;
    }

    /** Entities compiled in this round, resolved with their hierarchy. */
    public List<EntityModel> entities() {
        return entities;
    }

    /** Entities, mapped superclasses and embeddables compiled in this round, each with the attributes it declares. */
    public List<ManagedType> types() {
        return types;
    }

    /** The physical naming strategy that produced the names. */
    public NamingStrategy naming() {
        return naming;
    }

    /**
     * Every entity and managed type the round's classes reach (association targets, superclasses,
     * embeddables), compiled now or read from class files, resolved up front.
     */
    public References references() {
        return references;
    }

    /** The physical schema of the round's entities: tables, columns, keys, indexes and constraints, resolved once. */
    public PhysicalSchema schema() {
        if (schema == null) {
            schema = physical.get();
        }
        return schema;
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
            references.superEntities(entity).forEach(parent -> withSupers.putIfAbsent(parent.qualifiedName(), parent));
        }
        List<EntityModel> schemaEntities = List.copyOf(withSupers.values());
        return new SchemaModel(entities, types, naming, references,
                () -> PhysicalSchemaBuilder.build(schemaEntities, references, naming));
    }

    /** The physical table an entity's own state goes to, with every column the round knows it to hold. */
    public Optional<PhysicalSchema.Table> tableOf(EntityModel entity) {
        return schema().table(entity.table().name());
    }

    /** Any entity the round's classes reach, by qualified name, compiled now or earlier. */
    public Optional<EntityModel> entity(String qualifiedName) {
        return references.entity(qualifiedName);
    }

    /** The tables an entity's own mapping creates beside its primary table: join and collection tables. */
    public List<PhysicalSchema.Table> ownedTables(EntityModel entity) {
        return schema().ownedBy(entity.qualifiedName());
    }

    /**
     * The model of a round that also declares queries: the entities the repositories manage join the
     * physical schema (not {@link #entities()}), so a repository compiled alone, its entity read from
     * a class file, sees the same table, indexes and keys as in a full build.
     */
    public static SchemaModel of(List<EntityModel> entities, List<ManagedType> types, NamingStrategy naming,
            References references, List<RepositoryModel> repositories) {
        java.util.Map<String, EntityModel> withSupers = new java.util.LinkedHashMap<>();
        for (EntityModel entity : entities) {
            withSupers.put(entity.qualifiedName(), entity);
            references.superEntities(entity).forEach(parent -> withSupers.putIfAbsent(parent.qualifiedName(), parent));
        }
        for (RepositoryModel repository : repositories) {
            for (String managed : managedBy(repository)) {
                references.entity(managed).ifPresent(entity -> {
                    withSupers.putIfAbsent(entity.qualifiedName(), entity);
                    references.superEntities(entity)
                            .forEach(parent -> withSupers.putIfAbsent(parent.qualifiedName(), parent));
                });
            }
        }
        List<EntityModel> schemaEntities = List.copyOf(withSupers.values());
        SchemaModel model = new SchemaModel(entities, types, naming, references,
                () -> PhysicalSchemaBuilder.build(schemaEntities, references, naming));
        model.repositories = List.copyOf(repositories);
        return model;
    }

    /** The entities a repository's queries read: its domain type and the entities its queries name. */
    public static java.util.Set<String> managedBy(RepositoryModel repository) {
        java.util.Set<String> managed = new java.util.LinkedHashSet<>();
        if (repository.domainType() != null) {
            managed.add(repository.domainType());
        }
        repository.queries().forEach(q -> {
            if (q.entity() != null) {
                managed.add(q.entity());
            }
        });
        return managed;
    }

    /** The round's repositories and entities with named queries, with the queries entitylint read whole. */
    public List<RepositoryModel> repositories() {
        return repositories;
    }

    /** The entity a query reads: the one it names, or the one of that JPA entity name the round reaches. */
    public Optional<EntityModel> entityOf(QueryModel query) {
        if (query.entity() != null) {
            return references.entity(query.entity());
        }
        if (query.entityName() == null) {
            return Optional.empty();
        }
        EntityModel found = null;
        for (EntityModel entity : references.entities().values()) {
            if (entity.entityName().equals(query.entityName())) {
                if (found != null) {
                    return Optional.empty();
                }
                found = entity;
            }
        }
        return Optional.ofNullable(found);
    }
}
