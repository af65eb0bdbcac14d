package dev.entitylint.processor.evolve;

import dev.entitylint.processor.config.ConstraintNames;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.EnumStorage;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.EvolutionFacts;
import dev.entitylint.processor.model.ForeignKeyModel;
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
    /** Attributes by element, for the columns of secondary tables, which have no column model. */
    private final Map<javax.lang.model.element.Element, AttributeModel> attributes = new HashMap<>();
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
            for (AttributeModel attribute : entity.attributes()) {
                if (attribute.element() != null) {
                    attributes.putIfAbsent(attribute.element(), attribute);
                }
            }
            for (ColumnModel column : table.columns()) {
                columns.putIfAbsent(tableKey + "\u0000" + Names.key(column.name()), new Mapped(column, entity));
            }
        }
        List<Snapshot.Table> tables = new ArrayList<>();
        Map<String, Snapshot.Sequence> sequences = new TreeMap<>();
        for (PhysicalSchema.Table table : schema.tables()) {
            tables.add(table(table, sequences));
        }
        return new Snapshot(Snapshot.FORMAT, schema.naming().optionValue(), withReferencedUniques(tables),
                List.copyOf(sequences.values()));
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
                    key.name() != null, key.columns(), key.referencedTable(), source, referencedColumns(model, key)));
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

    /** The columns {@code @JoinColumn(referencedColumnName)} names, when they are not the primary key; else empty. */
    private List<String> referencedColumns(TableModel model, PhysicalSchema.ForeignKey key) {
        if (model == null) {
            return List.of();
        }
        for (ForeignKeyModel declared : model.foreignKeys()) {
            if (!Names.sameSet(declared.columns(), key.columns()) || declared.attribute() == null) {
                continue;
            }
            List<String> referenced = new ArrayList<>();
            for (ColumnSpec join : declared.attribute().joinColumns()) {
                if (join.referencedColumnName() == null || join.referencedColumnName().isBlank()) {
                    return List.of();
                }
                referenced.add(naming.physicalOf(join.referencedColumnName()));
            }
            return referenced.size() == key.columns().size() ? referenced : List.of();
        }
        return List.of();
    }

    /**
     * A foreign key to columns other than the primary key needs a unique constraint on them, which
     * Hibernate adds to the referenced table when the mapping declares none.
     */
    private List<Snapshot.Table> withReferencedUniques(List<Snapshot.Table> tables) {
        List<Snapshot.Table> result = new ArrayList<>(tables);
        for (Snapshot.Table table : tables) {
            for (Snapshot.ForeignKey key : table.foreignKeys()) {
                if (key.referencedColumns().isEmpty()) {
                    continue;
                }
                for (int i = 0; i < result.size(); i++) {
                    Snapshot.Table target = result.get(i);
                    if (!Names.same(target.name(), key.referencedTable())
                            || Names.sameSet(target.primaryKey(), key.referencedColumns())
                            || target.uniqueConstraints().stream().anyMatch(u -> Names.sameSet(u.columns(), key.referencedColumns()))
                            || target.indexes().stream().anyMatch(u -> u.unique() && Names.sameSet(u.columns(), key.referencedColumns()))) {
                        continue;
                    }
                    List<Snapshot.Index> uniques = new ArrayList<>(target.uniqueConstraints());
                    uniques.add(new Snapshot.Index(names.unique(target.name(), key.referencedColumns()), false,
                            key.referencedColumns(), true, key.source()));
                    result.set(i, new Snapshot.Table(target.name(), target.quoted(), target.entity(), target.kind(),
                            target.columns(), target.primaryKey(), target.primaryKeyName(), target.indexes(), uniques,
                            target.foreignKeys(), target.renamedFrom(), target.source()));
                }
            }
        }
        return result;
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
        AttributeModel attribute = model != null ? model.attribute()
                : table.kind() == PhysicalSchema.TableKind.SECONDARY && column.source() != null
                        ? attributes.get(column.source().element()) : null;
        EvolutionFacts.AttributeFacts attributeFacts = attribute != null ? facts.of(attribute)
                : column.source() == null ? null : facts.attributes().get(column.source().element());
        boolean foreignKey = model != null && model.foreignKey();
        boolean quoted = model != null ? model.quoted() : !PostgresTypes.plainIdentifier(column.name());
        String entity = mapped != null ? mapped.entity().qualifiedName() : table.entity();

        String enumStorage = null;
        List<String> constants = List.of();
        TypeInfo javaType = model != null ? model.type() : attribute == null ? null : attribute.type();
        boolean enumType = javaType != null && javaType.kind() == TypeInfo.Kind.ENUM && !foreignKey;
        if (enumType) {
            enumStorage = attribute.enumerated() == EnumStorage.STRING ? "STRING" : "ORDINAL";
        } else if (model == null && !foreignKey && column.type() != null && facts.enums().containsKey(column.type())) {
            // an enum in a collection table or a map's key: stored as STRING, it has a length
            enumStorage = column.length() != null ? "STRING" : "ORDINAL";
        }
        if (enumStorage != null && column.type() != null) {
            constants = facts.enums().getOrDefault(column.type(), List.of());
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
        if (generation != null && attribute != null && attribute.id() && mapped != null) {
            String strategy = generation.strategy();
            boolean integral = column.isIntegral();
            if ("IDENTITY".equals(strategy)) {
                identity = true;
            } else if (integral && ("SEQUENCE".equals(strategy) || "AUTO".equals(strategy))
                    && (generation.generator() == null || generation.sequenceName() != null)
                    && mapped.entity().superEntity() == null) {
                // Hibernate 7's implicit name: the root table's name and _SEQ, through the physical naming.
                EntityModel root = mapped.entity();
                String name = generation.sequenceName() != null
                        ? naming.physicalOf(generation.sequenceName())
                        : naming.physicalOf(root.table().name() + "_SEQ");
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
