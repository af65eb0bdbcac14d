package dev.entitylint.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * The physical schema of a whole compilation, table by table, as the JPA provider creates it:
 * entity tables merged across inheritance hierarchies (with discriminator columns), secondary
 * tables, join tables and collection tables, with every column's nullability, length, precision
 * and scale. Plain data in a deterministic order: tables by name, columns in mapping order,
 * keys as declared. Built by {@link PhysicalSchemaBuilder} from the entity models.
 *
 * @param naming the physical naming strategy that produced the names
 * @param tables every table, ordered by name (case-insensitively)
 * @param tablesByKey the same tables by {@link Names#key} of their names
 */
public record PhysicalSchema(NamingStrategy naming, List<Table> tables, java.util.Map<String, Table> tablesByKey) {

    public PhysicalSchema(NamingStrategy naming, List<Table> tables) {
        this(naming, tables, byKey(tables));
    }

    public PhysicalSchema {
        tables = List.copyOf(tables);
        tablesByKey = java.util.Map.copyOf(tablesByKey);
    }

    private static java.util.Map<String, Table> byKey(List<Table> tables) {
        java.util.Map<String, Table> byKey = new java.util.HashMap<>();
        tables.forEach(t -> byKey.putIfAbsent(Names.key(t.name()), t));
        return byKey;
    }

    /** The join and collection tables an entity's own mapping creates beside its primary table. */
    public List<Table> ownedBy(String entity) {
        List<Table> owned = new java.util.ArrayList<>();
        for (Table table : tables) {
            if (table.entity().equals(entity) && (table.kind() == TableKind.JOIN || table.kind() == TableKind.COLLECTION)) {
                owned.add(table);
            }
        }
        return owned;
    }

    /** The table of that name, compared case-insensitively (rules ask for one per entity: a map, not a scan). */
    public Optional<Table> table(String name) {
        return Optional.ofNullable(tablesByKey.get(Names.key(name)));
    }

    /** Why a table exists. */
    public enum TableKind {
        /** The primary table of an entity (or of a whole SINGLE_TABLE hierarchy). */
        ENTITY,
        /** A {@code @SecondaryTable}. */
        SECONDARY,
        /** The join table of a {@code @ManyToMany} or of a {@code @OneToMany} without join column. */
        JOIN,
        /** The collection table of an {@code @ElementCollection}. */
        COLLECTION
    }

    /**
     * One table.
     *
     * @param name the physical name
     * @param entity the qualified class name of the entity that maps it (the hierarchy root for a
     *     SINGLE_TABLE hierarchy, the owner for join and collection tables)
     * @param kind why it exists
     * @param columns its columns, in mapping order
     * @param primaryKey the primary key's columns, empty when there is none
     * @param indexes {@code @Index}es of {@code @Table(indexes)}
     * @param uniqueConstraints {@code @UniqueConstraint}s, unique columns and unique join columns
     * @param foreignKeys its foreign keys
     * @param source where it is declared (the annotation, or the attribute or class that implies it)
     */
    public record Table(
            String name,
            String entity,
            TableKind kind,
            List<Column> columns,
            List<String> primaryKey,
            List<Index> indexes,
            List<Index> uniqueConstraints,
            List<ForeignKey> foreignKeys,
            SourceRef source) {

        public Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> Names.same(c.name(), columnName)).findFirst();
        }
    }

    /**
     * One column.
     *
     * @param name the physical name
     * @param type the Java type stored in it (the referenced key's type for a foreign key), or
     *     {@code null} when it could not be resolved
     * @param nullable whether it accepts NULL
     * @param length the length of a character column ({@code String}, or an enum stored as
     *     {@code STRING}), else {@code null}; {@code null} for {@code @Lob}
     * @param precision the precision when declared ({@code @Column} or {@code @Digits}), else {@code null}
     * @param scale the scale when declared, else {@code null}
     * @param source the attribute (or annotation) that maps it
     */
    public record Column(
            String name, String type, boolean nullable, Integer length, Integer precision, Integer scale,
            SourceRef source) {

        /** Whether it holds a {@code boolean}. */
        public boolean isBoolean() {
            return "boolean".equals(type) || "java.lang.Boolean".equals(type);
        }

        /** Whether it holds a whole number. */
        public boolean isIntegral() {
            return type != null && TypeInfo.isIntegral(type);
        }
    }

    /**
     * An index or unique constraint.
     *
     * @param name the explicit name, or {@code null} when the provider invents one
     * @param columns its columns, in order
     * @param unique whether it enforces uniqueness
     */
    public record Index(String name, List<String> columns, boolean unique) {
    }

    /**
     * A foreign key.
     *
     * @param name the explicit constraint name, or {@code null} when the provider invents one
     * @param columns the referencing columns, in order
     * @param referencedTable the physical name of the referenced table
     */
    public record ForeignKey(String name, List<String> columns, String referencedTable) {
    }
}
