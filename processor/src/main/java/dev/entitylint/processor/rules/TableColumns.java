package dev.entitylint.processor.rules;

import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.SchemaModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every column each table of a round holds, indexed once per round so that rules asking for one
 * table's columns cost the same whatever the number of entities: the columns of each entity
 * mapped to the same table (a single-table hierarchy), its primary key, the discriminator,
 * Hibernate's soft-delete column, and the join and order columns that one-way
 * {@code @OneToMany @JoinColumn} associations of other entities put there.
 */
final class TableColumns {

    private final Map<String, List<EntityModel>> entitiesByTable = new HashMap<>();
    private final Map<String, List<String>> foreignColumnsByTable = new HashMap<>();
    private final Map<EntityModel, Map<String, ColumnModel>> byEntity = new IdentityHashMap<>();

    TableColumns(SchemaModel model) {
        for (EntityModel entity : model.entities()) {
            entitiesByTable.computeIfAbsent(Names.key(entity.table().name()), t -> new ArrayList<>()).add(entity);
        }
        Map<String, ManagedType> types = new HashMap<>();
        model.types().forEach(t -> types.put(t.qualifiedName(), t));
        for (EntityModel owner : model.entities()) {
            // The collections the entity maps itself (a subclass's inherited ones belong to its
            // parent's key), directly or inside its embedded values.
            List<AttributeModel> collections = new ArrayList<>();
            for (AttributeModel attribute : owner.attributes()) {
                if (owner.superEntity() == null || attribute.declaringType().equals(owner.type().element())) {
                    addJoinColumnCollections(attribute, types, collections, 0);
                }
            }
            List<String> key = owner.table().primaryKey();
            for (AttributeModel attribute : collections) {
                Optional<EntityModel> target = model.entity(attribute.association().target());
                if (target.isEmpty()) {
                    continue;
                }
                List<String> columns = foreignColumnsByTable.computeIfAbsent(
                        Names.key(target.get().table().name()), t -> new ArrayList<>());
                // Hibernate's default: <attribute>_<owner key column>, as PhysicalSchemaBuilder has it.
                for (int i = 0; i < Math.max(key.size(), attribute.joinColumns().size()); i++) {
                    ColumnSpec joinColumn = i < attribute.joinColumns().size()
                            ? attribute.joinColumns().get(i) : ColumnSpec.NONE;
                    String name = joinColumn.name() != null ? joinColumn.name()
                            : attribute.name() + "_" + (i < key.size() ? key.get(i) : "id");
                    columns.add(Names.key(model.naming().physical(Names.unquote(name))));
                }
                if (attribute.orderColumn().present()) {
                    String order = attribute.orderColumn().name();
                    columns.add(Names.key(model.naming().physical(
                            Names.unquote(order != null ? order : attribute.name() + "_ORDER"))));
                }
            }
        }
    }

    /** Owning one-way {@code @OneToMany @JoinColumn}s: the attribute, or inside it if embedded. */
    private static void addJoinColumnCollections(AttributeModel attribute, Map<String, ManagedType> types,
            List<AttributeModel> into, int depth) {
        if (attribute.kind() == AttributeKind.EMBEDDED && depth < 8) {
            ManagedType embeddable = types.get(attribute.type().name());
            if (embeddable != null) {
                for (AttributeModel component : embeddable.declaredAttributes()) {
                    addJoinColumnCollections(component, types, into, depth + 1);
                }
            }
        } else if (attribute.kind() == AttributeKind.ONE_TO_MANY && attribute.association() != null
                && attribute.association().owning() && !attribute.joinColumns().isEmpty()
                && attribute.joinTable() == null) {
            into.add(attribute);
        }
    }

    /** The columns of the entity's table by lower-case name; {@code null} values are columns no attribute maps. */
    Map<String, ColumnModel> of(EntityModel entity) {
        return byEntity.computeIfAbsent(entity, this::collect);
    }

    private Map<String, ColumnModel> collect(EntityModel entity) {
        Map<String, ColumnModel> columns = new LinkedHashMap<>();
        String table = Names.key(entity.table().name());
        for (EntityModel other : entitiesByTable.getOrDefault(table, List.of())) {
            if (other != entity) {
                add(columns, other);
            }
        }
        add(columns, entity);
        for (String column : foreignColumnsByTable.getOrDefault(table, List.of())) {
            columns.putIfAbsent(column, null);
        }
        return columns;
    }

    private static void add(Map<String, ColumnModel> columns, EntityModel entity) {
        for (ColumnModel column : entity.table().columns()) {
            columns.putIfAbsent(Names.key(column.name()), column);
        }
        for (String key : entity.table().primaryKey()) {
            columns.putIfAbsent(Names.key(key), null);
        }
        if (entity.discriminatorColumn() != null) {
            columns.putIfAbsent(Names.key(entity.discriminatorColumn()), null);
        }
        if (entity.hibernateSoftDelete() != null) {
            columns.putIfAbsent(Names.key(entity.hibernateSoftDelete().column()), null);
        }
    }
}
