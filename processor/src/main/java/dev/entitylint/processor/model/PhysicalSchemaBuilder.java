package dev.entitylint.processor.model;

import dev.entitylint.processor.model.PhysicalSchema.Column;
import dev.entitylint.processor.model.PhysicalSchema.ForeignKey;
import dev.entitylint.processor.model.PhysicalSchema.Index;
import dev.entitylint.processor.model.PhysicalSchema.Table;
import dev.entitylint.processor.model.PhysicalSchema.TableKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link PhysicalSchema} of a compilation from its entity models, resolving what the
 * per-entity {@link TableModel}s leave out: SINGLE_TABLE hierarchies merged into one table with
 * their discriminator, {@code @SecondaryTable}s, join tables ({@code @ManyToMany},
 * {@code @JoinTable}, unidirectional {@code @OneToMany}), collection tables
 * ({@code @ElementCollection}, {@code @CollectionTable}) and the foreign key a unidirectional
 * {@code @OneToMany @JoinColumn} puts in its target's table.
 *
 * <p>Defaults follow Hibernate ORM ({@code ImplicitNamingStrategyJpaCompliantImpl}), checked
 * by {@code HibernateDifferentialTest}: a collection table is {@code <entity name>_<attribute>}
 * keyed by {@code <entity name>_<key column>}; a join table is {@code <owner table>_<target table>}
 * with {@code <inverse attribute or owner entity name>_<key column>} and
 * {@code <attribute>_<target key column>}; a set's table is keyed by all its (non-null) columns,
 * a list's only with an {@code @OrderColumn}, a bag's not at all. Reads models only: the
 * annotations were read by {@link ModelBuilder}.
 */
public final class PhysicalSchemaBuilder {

    private static final Set<String> SETS = Set.of(
            "java.util.Set", "java.util.SortedSet", "java.util.NavigableSet", "java.util.HashSet",
            "java.util.LinkedHashSet", "java.util.TreeSet");

    private final References references;
    private final NamingStrategy naming;
    private final Map<String, Draft> drafts = new TreeMap<>();

    private PhysicalSchemaBuilder(References references, NamingStrategy naming) {
        this.references = references;
        this.naming = naming;
    }

    /**
     * The physical schema of {@code entities} (any order; duplicates are ignored), reading the
     * classes they reference from {@code references}: plain data in, plain data out.
     */
    public static PhysicalSchema build(Collection<EntityModel> entities, References references, NamingStrategy naming) {
        return new PhysicalSchemaBuilder(references, naming).run(entities);
    }

    private PhysicalSchema run(Collection<EntityModel> unordered) {
        Map<String, EntityModel> byName = new TreeMap<>();
        unordered.forEach(e -> byName.putIfAbsent(e.qualifiedName(), e));
        List<EntityModel> entities = List.copyOf(byName.values());

        // Roots first, so a merged SINGLE_TABLE lists the root's columns before its subclasses'.
        List<EntityModel> byDepth = new ArrayList<>(entities);
        byDepth.sort(Comparator.comparingInt(this::depth).thenComparing(EntityModel::qualifiedName));
        for (EntityModel entity : byDepth) {
            primaryTable(entity, entities);
        }
        for (EntityModel entity : entities) {
            for (EntityModel.SecondaryTable secondary : entity.secondaryTables()) {
                secondaryTable(entity, secondary);
            }
            for (AttributeModel attribute : ownCollections(entity)) {
                switch (attribute.kind()) {
                    case ELEMENT_COLLECTION -> collectionTable(entity, attribute);
                    case MANY_TO_MANY -> joinTable(entity, attribute);
                    case ONE_TO_MANY -> oneToMany(entity, attribute);
                    default -> {
                    }
                }
            }
            for (AttributeModel attribute : embeddedJoinColumnCollections(entity)) {
                oneToMany(entity, attribute);
            }
        }
        List<Table> tables = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            tables.add(draft.table());
        }
        return new PhysicalSchema(naming, tables);
    }

    // ---------------------------------------------------------------- entity tables

    private void primaryTable(EntityModel entity, List<EntityModel> all) {
        InheritanceStrategy strategy = strategy(entity);
        TableModel table = entity.table();
        boolean singleTableSubclass = entity.superEntity() != null && strategy == InheritanceStrategy.SINGLE_TABLE;
        if (strategy == InheritanceStrategy.TABLE_PER_CLASS
                && entity.type().abstractClass()) {
            return; // Hibernate creates no table for an abstract class of a TABLE_PER_CLASS hierarchy.
        }
        String owner = singleTableSubclass ? rootOf(entity).map(EntityModel::qualifiedName).orElse(entity.qualifiedName())
                : entity.qualifiedName();
        Draft draft = draft(table.name(), owner, TableKind.ENTITY, table.source());
        if (!singleTableSubclass || draft.primaryKey.isEmpty()) {
            draft.primaryKey.clear();
            draft.primaryKey.addAll(table.primaryKey());
        }
        for (ColumnModel column : table.columns()) {
            draft.add(column(column));
        }
        if (entity.superEntity() == null) {
            // An attribute may read the discriminator column too; the column stays NOT NULL.
            discriminator(entity, strategy, all).ifPresent(d -> draft.add(draft.column(d.name())
                    .map(c -> new Column(c.name(), c.type(), false, c.length(), c.precision(), c.scale(), c.source()))
                    .orElse(d), true));
        }
        if (entity.superEntity() == null && entity.hibernateSoftDelete() != null) {
            draft.add(softDeleteColumn(entity.hibernateSoftDelete()));
        }
        for (IndexModel index : table.indexes()) {
            Index converted = new Index(index.name(), index.columns(), index.unique());
            if (index.kind() == IndexModel.Kind.INDEX) {
                draft.addIndex(converted);
            } else {
                draft.addUnique(converted);
            }
        }
        for (ForeignKeyModel foreignKey : table.foreignKeys()) {
            draft.addForeignKey(new ForeignKey(foreignKey.name(), foreignKey.columns(), foreignKey.referencedTable()));
        }
    }

    private Optional<Column> discriminator(EntityModel root, InheritanceStrategy strategy, List<EntityModel> all) {
        if (strategy == InheritanceStrategy.TABLE_PER_CLASS) {
            return Optional.empty();
        }
        boolean hasSubclasses = all.stream().anyMatch(e -> root.qualifiedName().equals(e.superEntity()));
        EntityModel.Discriminator discriminator = root.discriminator();
        if (discriminator == null && (!hasSubclasses || strategy == InheritanceStrategy.JOINED)) {
            return Optional.empty();
        }
        if (discriminator == null) {
            discriminator = new EntityModel.Discriminator("DTYPE", DiscriminatorKind.STRING, 31, false, root.ref());
        } else if (!discriminator.explicit() && !hasSubclasses) {
            return Optional.empty();
        }
        String name = naming.physicalOf(discriminator.name());
        return Optional.of(switch (discriminator.type()) {
            case INTEGER -> new Column(name, "java.lang.Integer", false, null, null, null, discriminator.source());
            case CHAR -> new Column(name, "java.lang.Character", false, 1, null, null, discriminator.source());
            case STRING -> new Column(name, "java.lang.String", false, discriminator.length(), null, null,
                    discriminator.source());
        });
    }

    /**
     * The column Hibernate's {@code @SoftDelete} adds to the root's table: a NOT NULL boolean, or
     * the nullable time of deletion; a converter's column holds what the converter writes.
     */
    private static Column softDeleteColumn(EntityModel.HibernateSoftDelete softDelete) {
        if (softDelete.converter() != null) {
            return new Column(softDelete.column(), null, false, null, null, null, softDelete.source());
        }
        return softDelete.strategy() == SoftDeleteStrategy.TIMESTAMP
                ? new Column(softDelete.column(), "java.time.Instant", true, null, null, null, softDelete.source())
                : new Column(softDelete.column(), "boolean", false, null, null, null, softDelete.source());
    }

    private int depth(EntityModel entity) {
        return references.superEntities(entity).size();
    }

    private static InheritanceStrategy strategy(EntityModel entity) {
        return entity.inheritance() == null ? InheritanceStrategy.SINGLE_TABLE : entity.inheritance();
    }

    private Optional<EntityModel> rootOf(EntityModel entity) {
        List<EntityModel> supers = references.superEntities(entity);
        return Optional.of(supers.isEmpty() ? entity : supers.get(supers.size() - 1));
    }

    /** The key columns of an entity's primary table (a SINGLE_TABLE subclass's are its root's). */
    private List<ColumnModel> keyColumns(EntityModel entity) {
        List<ColumnModel> key = new ArrayList<>();
        for (String name : entity.table().primaryKey()) {
            Optional<ColumnModel> column = entity.table().column(name);
            for (EntityModel parent : references.superEntities(entity)) {
                if (column.isPresent()) {
                    break;
                }
                column = parent.table().column(name);
            }
            column.ifPresent(key::add);
        }
        return key;
    }

    // ---------------------------------------------------------------- secondary tables

    private void secondaryTable(EntityModel entity, EntityModel.SecondaryTable secondary) {
        String name = naming.physicalOf(secondary.name());
        Draft draft = draft(name, entity.qualifiedName(), TableKind.SECONDARY, secondary.source());
        List<String> key = keyReferences(draft, keyColumns(entity), i -> i < secondary.pkJoinColumns().size()
                ? naming.physicalOf(secondary.pkJoinColumns().get(i)) : null, null, secondary.source());
        draft.primaryKey.addAll(key);
        draft.addForeignKey(new ForeignKey(secondary.foreignKeyName(), key, entity.table().name()));
        for (AttributeModel attribute : entity.attributes()) {
            if (attribute.kind() == AttributeKind.BASIC && attribute.column().table() != null
                    && Names.same(attribute.column().table(), secondary.name())) {
                draft.add(basicColumn(attribute, attribute.column(), attribute.name(), attribute.type().name(),
                        attribute.type().kind() == TypeInfo.Kind.ENUM,
                        attribute.enumerated(), true));
            }
        }
    }

    // ---------------------------------------------------------------- collections

    /** Collection attributes an entity maps itself: declared in it, or in mapped superclasses of a root. */
    private List<AttributeModel> ownCollections(EntityModel entity) {
        List<AttributeModel> own = new ArrayList<>();
        for (AttributeModel attribute : entity.attributes()) {
            boolean declaredHere = attribute.declaringType().equals(entity.type().element());
            boolean inheritedFromMappedSuperclass = entity.superEntity() == null
                    && !declaredInEntity(attribute);
            if ((declaredHere || inheritedFromMappedSuperclass)
                    && (attribute.kind() == AttributeKind.ELEMENT_COLLECTION || attribute.kind().isToMany())) {
                own.add(attribute);
            }
        }
        return own;
    }

    /** Whether the class that declares the attribute is an entity (not a mapped superclass). */
    private boolean declaredInEntity(AttributeModel attribute) {
        return references.type(attribute.declaringType().getQualifiedName().toString())
                .map(t -> t.kind() == ManagedTypeKind.ENTITY).orElse(false);
    }

    /**
     * The one-way {@code @OneToMany @JoinColumn}s declared inside the embedded values an entity
     * maps itself: their join (and order) columns go into the target's table as for the entity's
     * own; Hibernate names a default join column after the attribute, not its path.
     */
    private List<AttributeModel> embeddedJoinColumnCollections(EntityModel entity) {
        List<AttributeModel> found = new ArrayList<>();
        for (AttributeModel attribute : entity.attributes()) {
            boolean own = attribute.declaringType().equals(entity.type().element())
                    || (entity.superEntity() == null && !declaredInEntity(attribute));
            if (own && attribute.kind() == AttributeKind.EMBEDDED) {
                addEmbeddedJoinColumnCollections(attribute.type().name(), found, 0);
            }
        }
        return found;
    }

    private void addEmbeddedJoinColumnCollections(String embeddable, List<AttributeModel> found, int depth) {
        Optional<ManagedType> type = references.embeddable(embeddable);
        if (type.isEmpty() || depth > 8) {
            return;
        }
        for (AttributeModel component : type.get().declaredAttributes()) {
            if (component.kind() == AttributeKind.EMBEDDED) {
                addEmbeddedJoinColumnCollections(component.type().name(), found, depth + 1);
            } else if (component.kind() == AttributeKind.ONE_TO_MANY && !component.joinColumns().isEmpty()
                    && component.joinTable() == null) {
                found.add(component);
            }
        }
    }

    private void collectionTable(EntityModel owner, AttributeModel attribute) {
        if (attribute.type().elementName() == null) {
            return;
        }
        Optional<MapKey> mapKey = Optional.empty();
        if (attribute.type().kind() == TypeInfo.Kind.MAP) {
            mapKey = Optional.ofNullable(attribute.mapKey());
            if (mapKey.isEmpty()) {
                return; // Maps keyed by an entity or embeddable are not modelled yet.
            }
        }
        AttributeModel.JoinTableSpec spec = attribute.joinTable();
        String name = spec != null && spec.name() != null ? naming.physicalOf(spec.name())
                : naming.physicalOf(owner.entityName() + "_" + attribute.name());
        SourceRef source = spec != null ? spec.source() : attribute.ref();
        Draft draft = draft(name, owner.qualifiedName(), TableKind.COLLECTION, source);
        List<ColumnSpec> written = spec == null ? List.of() : spec.joinColumns();
        List<String> key = keyReferences(draft, keyColumns(owner), i -> i < written.size() && written.get(i).name() != null
                ? naming.physicalOf(written.get(i).name()) : null, owner.entityName(), source);
        draft.addForeignKey(new ForeignKey(spec == null ? null : spec.foreignKeyName(), key, owner.table().name()));

        List<String> elementColumns = new ArrayList<>();
        String elementType = attribute.type().elementName();
        Optional<ManagedType> embeddable = references.type(elementType)
                .filter(t -> t.kind() == ManagedTypeKind.EMBEDDABLE);
        if (embeddable.isPresent()) {
            Map<String, ColumnSpec> overrides = new LinkedHashMap<>();
            attribute.overrides().forEach(o -> overrides.put(o.name(), o.column()));
            addComponents(draft, embeddable.get(), "", overrides, elementColumns, 0);
        } else {
            Column column = basicColumn(attribute, attribute.column(), attribute.name(), elementType,
                    attribute.type().elementIsEnum(),
                    attribute.enumerated(), false);
            // The element type is a class (never primitive): nullable unless stated otherwise.
            draft.add(column);
            elementColumns.add(column.name());
        }
        if (mapKey.isPresent()) {
            // A map's table is keyed by its owner and the map key, whatever the value.
            MapKey mk = mapKey.get();
            ColumnSpec keySpec = mk.column();
            String keyName = naming.physicalOf(keySpec.name() != null ? keySpec.name() : attribute.name() + "_KEY");
            boolean character = "java.lang.String".equals(mk.type())
                    || (mk.enumerated() == EnumStorage.STRING && mk.enumType());
            Integer precision = keySpec.precision() != null && keySpec.precision() > 0 ? keySpec.precision() : null;
            draft.add(new Column(keyName, mk.type(), false,
                    character ? (keySpec.length() != null ? keySpec.length() : 255) : null,
                    precision, precision != null ? (keySpec.scale() != null ? keySpec.scale() : 0) : null,
                    keySpec.present() ? keySpec.ref() : attribute.ref()));
            draft.primaryKey.addAll(key);
            draft.primaryKey.add(keyName);
            return;
        }
        collectionKey(draft, attribute, key, elementColumns);
    }

    private void addComponents(Draft draft, ManagedType embeddable, String prefix, Map<String, ColumnSpec> overrides,
            List<String> names, int depth) {
        if (depth > 8) {
            return;
        }
        for (AttributeModel component : embeddable.declaredAttributes()) {
            String path = prefix + component.name();
            if (component.kind() == AttributeKind.BASIC) {
                ColumnSpec override = overrides.get(path);
                ColumnSpec spec = override != null && override.present() ? override : component.column();
                Column column = basicColumn(component, spec, component.name(), component.type().name(),
                        component.type().kind() == TypeInfo.Kind.ENUM,
                        component.enumerated(), false);
                draft.add(column);
                names.add(column.name());
            } else if (component.kind() == AttributeKind.EMBEDDED) {
                Optional<ManagedType> nested = references.type(component.type().name());
                if (nested.isPresent()) {
                    addComponents(draft, nested.get(), path + ".", overrides, names, depth + 1);
                }
            }
        }
    }

    private void joinTable(EntityModel owner, AttributeModel attribute) {
        AssociationSpec association = attribute.association();
        if (association == null || !association.owning()) {
            return;
        }
        Optional<EntityModel> target = references.entity(association.target());
        if (target.isEmpty()) {
            return;
        }
        AttributeModel.JoinTableSpec spec = attribute.joinTable();
        String name = spec != null && spec.name() != null ? naming.physicalOf(spec.name())
                : naming.physicalOf(owner.table().name() + "_" + target.get().table().name());
        SourceRef source = spec != null ? spec.source() : attribute.ref();
        Draft draft = draft(name, owner.qualifiedName(), TableKind.JOIN, source);
        String ownerPrefix = inverseAttribute(target.get(), owner, attribute).orElse(owner.entityName());
        List<ColumnSpec> written = spec == null ? List.of() : spec.joinColumns();
        List<String> key = keyReferences(draft, keyColumns(owner), i -> i < written.size() && written.get(i).name() != null
                ? naming.physicalOf(written.get(i).name()) : null, ownerPrefix, source);
        List<ColumnSpec> inverseWritten = spec == null ? List.of() : spec.inverseJoinColumns();
        List<String> inverse = keyReferences(draft, keyColumns(target.get()),
                i -> i < inverseWritten.size() && inverseWritten.get(i).name() != null
                        ? naming.physicalOf(inverseWritten.get(i).name()) : null, attribute.name(), source);
        draft.addForeignKey(new ForeignKey(spec == null ? null : spec.foreignKeyName(), key, owner.table().name()));
        draft.addForeignKey(new ForeignKey(spec == null ? null : spec.inverseForeignKeyName(), inverse,
                target.get().table().name()));
        if (attribute.kind() == AttributeKind.ONE_TO_MANY) {
            // Each target row belongs to one owner: Hibernate makes the target columns unique,
            // and a set's join table is keyed by them.
            draft.addUnique(new Index(null, inverse, true));
            if (!attribute.orderColumn().present() && isSet(attribute)) {
                draft.primaryKey.addAll(inverse);
                return;
            }
        }
        collectionKey(draft, attribute, key, inverse);
    }

    /** The attribute of {@code target} that names {@code attribute} in its {@code mappedBy}. */
    private static Optional<String> inverseAttribute(EntityModel target, EntityModel owner, AttributeModel attribute) {
        for (AttributeModel candidate : target.attributes()) {
            AssociationSpec spec = candidate.association();
            if (spec != null && attribute.name().equals(spec.mappedBy())) {
                return Optional.of(candidate.name());
            }
        }
        return Optional.empty();
    }

    private void oneToMany(EntityModel owner, AttributeModel attribute) {
        AssociationSpec association = attribute.association();
        if (association == null || !association.owning()) {
            return;
        }
        if (attribute.joinColumns().isEmpty() || attribute.joinTable() != null) {
            joinTable(owner, attribute);
            return;
        }
        Optional<EntityModel> target = references.entity(association.target());
        if (target.isEmpty()) {
            return;
        }
        Draft draft = drafts.get(Names.key(target.get().table().name()));
        if (draft == null) {
            return;
        }
        List<ColumnModel> key = keyColumns(owner);
        List<String> columns = new ArrayList<>();
        String foreignKeyName = null;
        for (int i = 0; i < Math.max(key.size(), attribute.joinColumns().size()); i++) {
            ColumnSpec written = i < attribute.joinColumns().size() ? attribute.joinColumns().get(i) : ColumnSpec.NONE;
            ColumnModel referenced = i < key.size() ? key.get(i) : null;
            String name = written.name() != null ? naming.physicalOf(written.name())
                    : naming.physicalOf(attribute.name() + "_" + (referenced == null ? "id" : referenced.name()));
            if (written.foreignKeyName() != null) {
                foreignKeyName = written.foreignKeyName();
            }
            draft.add(new Column(name, referenced == null || referenced.type() == null ? null : referenced.type().name(),
                    !Boolean.FALSE.equals(written.nullable()), length(referenced),
                    referenced == null ? null : referenced.precision(), referenced == null ? null : referenced.scale(),
                    written.present() ? written.ref() : attribute.ref()));
            columns.add(name);
        }
        draft.addForeignKey(new ForeignKey(foreignKeyName, columns, owner.table().name()));
        if (attribute.orderColumn().present()) {
            ColumnSpec order = attribute.orderColumn();
            String name = naming.physicalOf(order.name() != null ? order.name() : attribute.name() + "_ORDER");
            draft.add(new Column(name, "java.lang.Integer", !Boolean.FALSE.equals(order.nullable()), null, null, null,
                    order.ref()));
        }
    }

    /** Keys a collection or join table: by its order column, or (a set) by all its non-null columns. */
    private void collectionKey(Draft draft, AttributeModel attribute, List<String> key, List<String> elementColumns) {
        if (attribute.orderColumn().present()) {
            ColumnSpec order = attribute.orderColumn();
            String name = naming.physicalOf(order.name() != null ? order.name() : attribute.name() + "_ORDER");
            draft.add(new Column(name, "java.lang.Integer", false, null, null, null, order.ref()));
            draft.primaryKey.addAll(key);
            draft.primaryKey.add(name);
            return;
        }
        if (isSet(attribute) && elementColumns.stream().allMatch(c -> draft.column(c).map(x -> !x.nullable()).orElse(false))) {
            draft.primaryKey.addAll(key);
            draft.primaryKey.addAll(elementColumns);
        }
    }

    private static boolean isSet(AttributeModel attribute) {
        return SETS.contains(attribute.type().name());
    }

    /**
     * Adds the not-null columns that reference {@code referenced} to a join or collection table:
     * the written name, else {@code <prefix>_<referenced column>} (else the referenced name).
     */
    private List<String> keyReferences(Draft draft, List<ColumnModel> referenced,
            java.util.function.IntFunction<String> writtenName, String prefix, SourceRef source) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < referenced.size(); i++) {
            ColumnModel column = referenced.get(i);
            String name = writtenName.apply(i);
            if (name == null) {
                name = prefix == null ? column.name() : naming.physicalOf(prefix + "_" + column.name());
            }
            draft.add(new Column(name, column.type() == null ? null : column.type().name(), false, length(column),
                    column.precision(), column.scale(), source));
            names.add(name);
        }
        return names;
    }

    // ---------------------------------------------------------------- columns

    private Column column(ColumnModel column) {
        AttributeModel attribute = column.attribute();
        boolean character = column.type() != null && (column.type().isString()
                || (!column.foreignKey() && column.type().kind() == TypeInfo.Kind.ENUM
                        && attribute.enumerated() == EnumStorage.STRING));
        boolean lob = !column.foreignKey() && attribute.lob();
        Integer length = character && !lob ? column.length() : null;
        return new Column(column.name(), column.type() == null ? null : column.type().name(), column.nullable(),
                length, column.precision(), column.scale(), column.source());
    }

    private static Integer length(ColumnModel referenced) {
        return referenced != null && referenced.type() != null && referenced.type().isString()
                ? referenced.length() : null;
    }

    /**
     * A basic column outside the entity's primary table. {@code validated}: whether Hibernate
     * applies Bean Validation to it (not inside collections).
     */
    private Column basicColumn(AttributeModel attribute, ColumnSpec spec, String defaultName, String type,
            boolean enumType,
            EnumStorage enumerated, boolean validated) {
        String name = naming.physicalOf(spec.name() != null ? spec.name() : defaultName);
        // A primitive's implicit column is NOT NULL; an explicit @Column leaves it nullable.
        boolean primitive = attribute.type().isPrimitive() && attribute.kind() == AttributeKind.BASIC
                && attribute.type().name().equals(type) && !spec.present();
        boolean nullable = !Boolean.FALSE.equals(spec.nullable()) && !primitive && !(validated && attribute.notNull());
        boolean string = "java.lang.String".equals(type);
        boolean enumString = enumerated == EnumStorage.STRING && enumType;
        Integer length = null;
        if (!attribute.lob() && (string || enumString)) {
            length = spec.length() != null ? spec.length() : 255;
            if (validated && string && attribute.sizeMax() != null) {
                length = attribute.sizeMax();
            }
        }
        Integer precision = spec.precision() != null && spec.precision() > 0 ? spec.precision() : null;
        Integer scale = precision != null ? (spec.scale() != null ? spec.scale() : 0) : null;
        if (validated && attribute.digits() != null) {
            precision = attribute.digits().integer() + attribute.digits().fraction();
            scale = attribute.digits().fraction();
        }
        return new Column(name, type, nullable, length, precision, scale, spec.present() ? spec.ref() : attribute.ref());
    }

    // ---------------------------------------------------------------- drafts

    private Draft draft(String name, String entity, TableKind kind, SourceRef source) {
        return drafts.computeIfAbsent(Names.key(name), k -> new Draft(name, entity, kind, source));
    }

    /** A table being assembled from several entities and attributes. */
    private static final class Draft {
        private final String name;
        private final String entity;
        private final TableKind kind;
        private final SourceRef source;
        private final Map<String, Column> columns = new LinkedHashMap<>();
        private final List<String> primaryKey = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<Index> uniques = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();

        Draft(String name, String entity, TableKind kind, SourceRef source) {
            this.name = name;
            this.entity = entity;
            this.kind = kind;
            this.source = source;
        }

        /** Adds a column; a column already mapped under the same name (a shared column) stays. */
        void add(Column column) {
            add(column, false);
        }

        void add(Column column, boolean replace) {
            if (replace) {
                columns.put(Names.key(column.name()), column);
            } else {
                columns.putIfAbsent(Names.key(column.name()), column);
            }
        }

        Optional<Column> column(String name) {
            return Optional.ofNullable(columns.get(Names.key(name)));
        }

        void addIndex(Index index) {
            if (!indexes.contains(index)) {
                indexes.add(index);
            }
        }

        void addUnique(Index index) {
            if (!uniques.contains(index)) {
                uniques.add(index);
            }
        }

        void addForeignKey(ForeignKey foreignKey) {
            if (!foreignKey.columns().isEmpty() && !foreignKeys.contains(foreignKey)) {
                foreignKeys.add(foreignKey);
            }
        }

        Table table() {
            // Primary key columns first, then the rest in mapping order.
            List<Column> ordered = new ArrayList<>();
            for (String key : primaryKey) {
                Column column = columns.get(Names.key(key));
                if (column != null && !ordered.contains(column)) {
                    ordered.add(column);
                }
            }
            for (Column column : columns.values()) {
                if (!ordered.contains(column)) {
                    ordered.add(column);
                }
            }
            Comparator<Index> byName = Comparator.comparing((Index i) -> i.name() == null ? "" : Names.key(i.name()))
                    .thenComparing(i -> String.join(",", i.columns()));
            List<Index> sortedIndexes = new ArrayList<>(indexes);
            sortedIndexes.sort(byName);
            List<Index> sortedUniques = new ArrayList<>(uniques);
            sortedUniques.sort(byName);
            List<ForeignKey> sortedForeignKeys = new ArrayList<>(foreignKeys);
            sortedForeignKeys.sort(Comparator.comparing((ForeignKey f) -> String.join(",", f.columns()))
                    .thenComparing(ForeignKey::referencedTable));
            return new Table(name, entity, kind, List.copyOf(ordered), List.copyOf(primaryKey),
                    List.copyOf(sortedIndexes), List.copyOf(sortedUniques), List.copyOf(sortedForeignKeys), source);
        }
    }
}
