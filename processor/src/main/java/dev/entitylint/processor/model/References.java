package dev.entitylint.processor.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every entity and managed type (mapped superclass, embeddable) a set of entities reaches: their
 * entity superclasses, the targets of their associations, the embeddables they embed, and so on
 * from those, whether compiled now or read from class files. Resolved up front by
 * {@link ModelBuilder#references}, so that nothing after the model is built asks the compiler.
 *
 * @param entities entity models by qualified class name
 * @param types managed types by qualified class name (entities included)
 */
public record References(Map<String, EntityModel> entities, Map<String, ManagedType> types) {

    public static final References NONE = new References(Map.of(), Map.of());

    public References {
        entities = Map.copyOf(entities);
        types = Map.copyOf(types);
    }

    public Optional<EntityModel> entity(String qualifiedName) {
        return qualifiedName == null ? Optional.empty() : Optional.ofNullable(entities.get(qualifiedName));
    }

    public Optional<ManagedType> type(String qualifiedName) {
        return qualifiedName == null ? Optional.empty() : Optional.ofNullable(types.get(qualifiedName));
    }

    /**
     * The entity's entity superclasses that are known, nearest first, up to the hierarchy's root
     * (or the first one that cannot be resolved); a cyclic hierarchy, a compile error, stops.
     */
    public List<EntityModel> superEntities(EntityModel entity) {
        List<EntityModel> supers = new ArrayList<>();
        EntityModel current = entity;
        while (current.superEntity() != null && supers.size() < 64) {
            current = entities.get(current.superEntity());
            if (current == null || current == entity || supers.contains(current)) {
                break;
            }
            supers.add(current);
        }
        return supers;
    }

    /** The embeddable of that name, if it is one. */
    public Optional<ManagedType> embeddable(String qualifiedName) {
        return type(qualifiedName).filter(t -> t.kind() == ManagedTypeKind.EMBEDDABLE);
    }

    /** These and {@code more}; where both know a class, this one's model stays. */
    public References plus(References more) {
        Map<String, EntityModel> allEntities = new LinkedHashMap<>(more.entities);
        allEntities.putAll(entities);
        Map<String, ManagedType> allTypes = new LinkedHashMap<>(more.types);
        allTypes.putAll(types);
        return new References(allEntities, allTypes);
    }

    static References of(Collection<EntityModel> entities, Collection<ManagedType> types) {
        Map<String, EntityModel> byName = new LinkedHashMap<>();
        entities.forEach(e -> byName.put(e.qualifiedName(), e));
        Map<String, ManagedType> typesByName = new LinkedHashMap<>();
        types.forEach(t -> typesByName.put(t.qualifiedName(), t));
        return new References(byName, typesByName);
    }
}
