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
        for (ManagedType type : model.types()) {
            for (AttributeModel attribute : type.declaredAttributes()) {
                if (attribute.kind() != AttributeKind.ONE_TO_MANY || attribute.association() == null
                        || !attribute.association().owning() || attribute.joinColumns().isEmpty()) {
                    continue;
                }
                Optional<EntityModel> target = model.entity(attribute.association().target());
                if (target.isEmpty()) {
                    continue;
                }
                List<String> columns = foreignColumnsByTable.computeIfAbsent(
                        Names.key(target.get().table().name()), t -> new ArrayList<>());
                for (ColumnSpec joinColumn : attribute.joinColumns()) {
                    String name = joinColumn.name() != null ? joinColumn.name() : attribute.name() + "_id";
                    columns.add(Names.key(model.naming().physical(Names.unquote(name))));
                }
                if (attribute.association().orderColumn()) {
                    columns.add(Names.key(model.naming().physical(attribute.name() + "_ORDER")));
                }
            }
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
