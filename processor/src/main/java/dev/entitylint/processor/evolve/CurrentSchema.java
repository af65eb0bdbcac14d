package dev.entitylint.processor.evolve;

import dev.entitylint.processor.config.ConstraintNames;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.EnumStorage;
import dev.entitylint.processor.model.EvolutionFacts;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.NamingStrategy;
import dev.entitylint.processor.model.PhysicalSchema;
import dev.entitylint.processor.model.References;
import dev.entitylint.processor.model.SourceRef;
import dev.entitylint.processor.model.TableModel;
import dev.entitylint.processor.model.TypeInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The snapshot of the schema the current compilation maps: the physical schema with each
 * column's PostgreSQL type, defaults, enum constants, identity and sequences, every index and
 * constraint named, and where each is declared. A pure function of the model's records.
 */
public final class CurrentSchema {

    private final Map<String, Mapped> columns = new HashMap<>();
    private final Map<String, TableModel> tableModels = new HashMap<>();
    private final Map<String, EntityModel> entityByTable = new HashMap<>();
    private final EvolutionFacts facts;
    private final ConstraintNames names;
    private NamingStrategy naming = NamingStrategy.JPA;

    private record Mapped(ColumnModel column, EntityModel entity) {
    }

    private CurrentSchema(EvolutionFacts facts, ConstraintNames names) {
        this.facts = facts;
        this.names = names;
    }

    /**
     * @param schema the physical schema of {@code entities}
     * @param entities every entity the schema holds
     * @param references what they reference
     * @param facts the evolution facts of those entities
     * @param names how unnamed indexes and constraints are named
     */
    public static Snapshot of(PhysicalSchema schema, Collection<EntityModel> entities, References references,
            EvolutionFacts facts, ConstraintNames names) {
        return new CurrentSchema(facts, names).build(schema, entities, references);
    }

    private Snapshot build(PhysicalSchema schema, Collection<EntityModel> entities, References references) {
        naming = schema.naming();
        List<EntityModel> byDepth = new ArrayList<>(entities);
        byDepth.sort(Comparator.<EntityModel>comparingInt(e -> references.superEntities(e).size())
                .thenComparing(EntityModel::qualifiedName));
        for (EntityModel entity : byDepth) {
            TableModel table = entity.table();
            String tableKey = Names.key(table.name());
            tableModels.putIfAbsent(tableKey, table);
            entityByTable.putIfAbsent(tableKey, entity);
            for (ColumnModel column : table.columns()) {
                columns.putIfAbsent(tableKey + "\u0000" + Names.key(column.name()), new Mapped(column, entity));
            }
        }
        List<Snapshot.Table> tables = new ArrayList<>();
        Map<String, Snapshot.Sequence> sequences = new TreeMap<>();
        for (PhysicalSchema.Table table : schema.tables()) {
            tables.add(table(table, sequences));
        }
        return new Snapshot(Snapshot.FORMAT, schema.naming().optionValue(), tables, List.copyOf(sequences.values()));
    }

    private Snapshot.Table table(PhysicalSchema.Table table, Map<String, Snapshot.Sequence> sequences) {
        String tableKey = Names.key(table.name());
        TableModel model = table.kind() == PhysicalSchema.TableKind.ENTITY ? tableModels.get(tableKey) : null;
        EntityModel owner = table.kind() == PhysicalSchema.TableKind.ENTITY ? entityByTable.get(tableKey) : null;
        boolean quoted = model != null ? model.quoted() : !PostgresTypes.plainIdentifier(table.name());
        List<Snapshot.Column> columns = new ArrayList<>();
        for (PhysicalSchema.Column column : table.columns()) {
            columns.add(column(table, column, sequences));
        }
        List<Snapshot.Index> indexes = new ArrayList<>();
        for (PhysicalSchema.Index index : table.indexes()) {
            indexes.add(new Snapshot.Index(index.name() != null ? index.name()
                    : index.unique() ? names.unique(table.name(), index.columns()) : names.index(table.name(), index.columns()),
                    index.name() != null, index.columns(), index.unique(), indexSource(model, index, table.source())));
        }
        List<Snapshot.Index> uniques = new ArrayList<>();
        for (PhysicalSchema.Index index : table.uniqueConstraints()) {
            uniques.add(new Snapshot.Index(index.name() != null ? index.name() : names.unique(table.name(), index.columns()),
                    index.name() != null, index.columns(), true, indexSource(model, index, table.source())));
        }
        List<Snapshot.ForeignKey> keys = new ArrayList<>();
        for (PhysicalSchema.ForeignKey key : table.foreignKeys()) {
            SourceRef source = key.columns().isEmpty() ? table.source()
                    : table.column(key.columns().get(0)).map(PhysicalSchema.Column::source).orElse(table.source());
            keys.add(new Snapshot.ForeignKey(key.name() != null ? key.name() : names.foreignKey(table.name(), key.columns()),
                    key.name() != null, key.columns(), key.referencedTable(), source));
        }
        String renamedFrom = null;
        if (owner != null) {
            EvolutionFacts.EntityFacts entityFacts = facts.entities().get(owner.qualifiedName());
            renamedFrom = entityFacts == null ? null : entityFacts.renamedFrom();
        }
        String primaryKeyName = table.primaryKey().isEmpty() ? null : ConstraintNames.fit(table.name() + "_pkey", 63);
        return new Snapshot.Table(table.name(), quoted, table.entity(), table.kind().name().toLowerCase(Locale.ROOT),
                columns, table.primaryKey(), primaryKeyName, indexes, uniques, keys, renamedFrom, table.source());
    }

    private static SourceRef indexSource(TableModel model, PhysicalSchema.Index index, SourceRef otherwise) {
        if (model != null) {
            for (IndexModel declared : model.indexes()) {
                if (declared.unique() == index.unique() && Names.sameSet(declared.columns(), index.columns())
                        && (index.name() == null || Names.same(index.name(), declared.name()))) {
                    return declared.source();
                }
            }
        }
        return otherwise;
    }

    private Snapshot.Column column(PhysicalSchema.Table table, PhysicalSchema.Column column,
            Map<String, Snapshot.Sequence> sequences) {
        Mapped mapped = columns.get(Names.key(table.name()) + "\u0000" + Names.key(column.name()));
        ColumnModel model = mapped == null ? null : mapped.column();
        AttributeModel attribute = model == null ? null : model.attribute();
        EvolutionFacts.AttributeFacts attributeFacts = attribute != null ? facts.of(attribute)
                : column.source() == null ? null : facts.attributes().get(column.source().element());
        boolean foreignKey = model != null && model.foreignKey();
        boolean quoted = model != null ? model.quoted() : !PostgresTypes.plainIdentifier(column.name());
        String entity = mapped != null ? mapped.entity().qualifiedName() : table.entity();

        String enumStorage = null;
        List<String> constants = List.of();
        boolean enumType = model != null && model.type() != null && model.type().kind() == TypeInfo.Kind.ENUM
                && !foreignKey;
        if (enumType) {
            enumStorage = attribute.enumerated() == EnumStorage.STRING ? "STRING" : "ORDINAL";
        } else if (model == null && attributeFacts != null && !attributeFacts.enumConstants().isEmpty()
                && column.type() != null && !column.isIntegral()) {
            // an enum in a collection table: STRING storage has a length
            enumStorage = column.length() != null ? "STRING" : "ORDINAL";
        }
        if (enumStorage != null && attributeFacts != null) {
            constants = attributeFacts.enumConstants();
        }
        boolean lob = attribute != null && attribute.lob() && !foreignKey;
        String temporal = attributeFacts == null || foreignKey ? null : attributeFacts.temporal();
        String sqlType;
        String definition = attribute == null || foreignKey ? null : attribute.column().columnDefinition();
        if (definition != null && !definition.isBlank()) {
            sqlType = definition.strip();
        } else {
            sqlType = PostgresTypes.of(column.type(), column.length(), column.precision(), column.scale(), lob,
                    enumStorage, temporal);
        }
        boolean identity = false;
        EvolutionFacts.Generation generation = attributeFacts == null || foreignKey ? null : attributeFacts.generation();
        if (generation != null && attribute.id() && mapped != null) {
            String strategy = generation.strategy();
            boolean integral = column.isIntegral();
            if ("IDENTITY".equals(strategy)) {
                identity = true;
            } else if (integral && ("SEQUENCE".equals(strategy) || "AUTO".equals(strategy))
                    && (generation.generator() == null || generation.sequenceName() != null)) {
                EntityModel root = mapped.entity();
                String name = generation.sequenceName() != null
                        ? naming.physicalOf(generation.sequenceName())
                        : naming.physicalOf(root.entityName() + "_SEQ");
                sequences.putIfAbsent(Names.key(name), new Snapshot.Sequence(name, generation.initialValue(),
                        generation.allocationSize(), root.qualifiedName(), generation.source()));
            }
        }
        return new Snapshot.Column(column.name(), quoted, entity, column.type(), sqlType, column.nullable(),
                column.length(), column.precision(), column.scale(),
                attributeFacts == null || foreignKey ? null : attributeFacts.columnDefault(),
                enumStorage, constants, identity, attributeFacts == null ? null : attributeFacts.renamedFrom(),
                column.source());
    }
}
