package dev.entitylint.processor.evolve;

import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned snapshot of the physical schema, as committed beside the migrations
 * ({@code <migrations>/V<n>__<description>.schema.json}): the {@code schema.json} shape plus what
 * migrations need (each column's PostgreSQL type as Hibernate 7 chooses it, its declared default,
 * the constants of a stored enum, identity columns, sequences) and a {@code "format"} version.
 * Names are always explicit: a constraint or index the mapping leaves unnamed carries the name
 * entitylint proposes for it. Snapshots made from the current compilation also carry where each
 * fact is declared ({@link SourceRef}) and rename intents; those are never written.
 *
 * @param format the snapshot format ({@link #FORMAT})
 * @param naming the physical naming strategy ({@code snake_case} or {@code jpa})
 * @param tables tables by name
 * @param sequences sequences by name
 */
public record Snapshot(int format, String naming, List<Table> tables, List<Sequence> sequences) {

    /** The format this version writes and reads. */
    public static final int FORMAT = 1;

    public Snapshot {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
    }

    /** An empty schema: what there is before {@code V1}. */
    public static Snapshot empty(String naming) {
        return new Snapshot(FORMAT, naming, List.of(), List.of());
    }

    /** The table of that name, compared as SQL compares unquoted names. */
    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> Names.same(t.name(), name)).findFirst();
    }

    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> Names.same(s.name(), name)).findFirst();
    }

    /** The qualified names of the entity classes that map its tables, for resolving them from class files. */
    public List<String> entityClasses() {
        List<String> names = new ArrayList<>();
        for (Table table : tables) {
            if (table.entity() != null && !names.contains(table.entity())) {
                names.add(table.entity());
            }
            for (Column column : table.columns()) {
                if (column.entity() != null && !names.contains(column.entity())) {
                    names.add(column.entity());
                }
            }
        }
        return names;
    }

    /**
     * One table.
     *
     * @param name the physical name, unquoted
     * @param quoted whether SQL must quote it (the mapping quotes it)
     * @param entity the qualified name of the entity class that maps it
     * @param kind {@code entity}, {@code secondary}, {@code join} or {@code collection}
     * @param columns its columns, in mapping order
     * @param primaryKey the primary key's columns
     * @param primaryKeyName the primary key constraint's name
     * @param indexes its (non-unique and unique) indexes
     * @param uniqueConstraints its unique constraints
     * @param foreignKeys its foreign keys
     * @param renamedFrom the previous name stated with {@code @RenamedFrom} (current compilation only)
     * @param source where it is declared (current compilation only), else {@code null}
     */
    public record Table(String name, boolean quoted, String entity, String kind, List<Column> columns,
            List<String> primaryKey, String primaryKeyName, List<Index> indexes, List<Index> uniqueConstraints,
            List<ForeignKey> foreignKeys, String renamedFrom, SourceRef source) {

        public Table {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
            indexes = List.copyOf(indexes);
            uniqueConstraints = List.copyOf(uniqueConstraints);
            foreignKeys = List.copyOf(foreignKeys);
        }

        public Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> Names.same(c.name(), columnName)).findFirst();
        }
    }

    /**
     * One column.
     *
     * @param name the physical name, unquoted
     * @param quoted whether SQL must quote it
     * @param entity the qualified name of the entity class whose mapping adds it (for a column of a
     *     SINGLE_TABLE subclass, the subclass)
     * @param javaType the Java type stored in it, or {@code null} when unknown
     * @param sqlType its PostgreSQL type as Hibernate 7 creates it ({@code varchar(255)},
     *     {@code numeric(19,2)}, {@code timestamp(6) with time zone}), or the written
     *     {@code columnDefinition}; {@code null} when it cannot be known
     * @param nullable whether it accepts NULL
     * @param length the length of a character column, else {@code null}
     * @param precision the precision of a decimal column, else {@code null}
     * @param scale the scale of a decimal column, else {@code null}
     * @param defaultValue the SQL default ({@code @ColumnDefault}), or {@code null}
     * @param enumStorage {@code ORDINAL} or {@code STRING} for an enum column, else {@code null}
     * @param enumConstants the enum's constants in declaration order (empty for other columns)
     * @param identity whether the database generates it ({@code GenerationType.IDENTITY})
     * @param renamedFrom the previous name stated with {@code @RenamedFrom} (current compilation only)
     * @param source where it is declared (current compilation only), else {@code null}
     */
    public record Column(String name, boolean quoted, String entity, String javaType, String sqlType,
            boolean nullable, Integer length, Integer precision, Integer scale, String defaultValue,
            String enumStorage, List<String> enumConstants, boolean identity, String renamedFrom, SourceRef source) {

        public Column {
            enumConstants = List.copyOf(enumConstants);
        }

        /** The same column under another name. */
        public Column named(String newName) {
            return new Column(newName, quoted, entity, javaType, sqlType, nullable, length, precision, scale,
                    defaultValue, enumStorage, enumConstants, identity, renamedFrom, source);
        }
    }

    /**
     * An index or unique constraint.
     *
     * @param name its name: as declared, else the name entitylint proposes
     * @param explicit whether the mapping declares the name
     * @param columns its columns in order
     * @param unique whether it enforces uniqueness
     * @param source where it is declared (current compilation only), else {@code null}
     */
    public record Index(String name, boolean explicit, List<String> columns, boolean unique, SourceRef source) {

        public Index {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A foreign key.
     *
     * @param name its name: as declared, else the name entitylint proposes
     * @param explicit whether the mapping declares the name
     * @param columns the referencing columns
     * @param referencedTable the referenced table
     * @param source where it is declared (current compilation only), else {@code null}
     * @param referencedColumns the referenced columns when they are not the primary key
     *     ({@code @JoinColumn(referencedColumnName)}), else empty
     */
    public record ForeignKey(String name, boolean explicit, List<String> columns, String referencedTable,
            SourceRef source, List<String> referencedColumns) {

        public ForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }
    }

    /**
     * A sequence an identifier is generated from.
     *
     * @param name its physical name
     * @param start its first value
     * @param increment its increment (the allocation size)
     * @param entity the entity whose identifier it generates
     * @param source where the generation is declared (current compilation only), else {@code null}
     */
    public record Sequence(String name, long start, int increment, String entity, SourceRef source) {
    }

    // ---------------------------------------------------------------- writing

    /** The snapshot as committed: one table member, column, index or key per line, in a fixed order. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("{\n");
        out.append("  \"format\": ").append(format).append(",\n");
        out.append("  \"naming\": ").append(Json.quote(naming)).append(",\n");
        out.append("  \"tables\": [");
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            out.append(t == 0 ? "\n" : ",\n");
            out.append("    {\n");
            out.append("      \"name\": ").append(Json.quote(table.name())).append(",\n");
            out.append("      \"quoted\": ").append(table.quoted()).append(",\n");
            out.append("      \"entity\": ").append(Json.quote(table.entity())).append(",\n");
            out.append("      \"kind\": ").append(Json.quote(table.kind())).append(",\n");
            items(out, "columns", table.columns(), Snapshot::column, true);
            out.append("      \"primaryKey\": ").append(Json.strings(table.primaryKey())).append(",\n");
            out.append("      \"primaryKeyName\": ").append(Json.quote(table.primaryKeyName())).append(",\n");
            items(out, "indexes", table.indexes(), Snapshot::index, true);
            items(out, "uniqueConstraints", table.uniqueConstraints(), Snapshot::index, true);
            items(out, "foreignKeys", table.foreignKeys(), Snapshot::foreignKey, false);
            out.append("    }");
        }
        out.append(tables.isEmpty() ? "],\n" : "\n  ],\n");
        out.append("  \"sequences\": [");
        for (int s = 0; s < sequences.size(); s++) {
            Sequence sequence = sequences.get(s);
            out.append(s == 0 ? "\n" : ",\n").append("    {\"name\": ").append(Json.quote(sequence.name()))
                    .append(", \"start\": ").append(sequence.start())
                    .append(", \"increment\": ").append(sequence.increment())
                    .append(", \"entity\": ").append(Json.quote(sequence.entity())).append('}');
        }
        out.append(sequences.isEmpty() ? "]\n" : "\n  ]\n");
        out.append("}\n");
        return out.toString();
    }

    private static <T> void items(StringBuilder out, String name, List<T> items,
            java.util.function.Function<T, String> render, boolean more) {
        out.append("      \"").append(name).append("\": [");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append("        ").append(render.apply(items.get(i)));
        }
        if (!items.isEmpty()) {
            out.append("\n      ");
        }
        out.append(more ? "],\n" : "]\n");
    }

    private static String column(Column c) {
        return "{\"name\": " + Json.quote(c.name())
                + ", \"quoted\": " + c.quoted()
                + ", \"entity\": " + Json.quote(c.entity())
                + ", \"javaType\": " + Json.quote(c.javaType())
                + ", \"sqlType\": " + Json.quote(c.sqlType())
                + ", \"nullable\": " + c.nullable()
                + ", \"length\": " + c.length()
                + ", \"precision\": " + c.precision()
                + ", \"scale\": " + c.scale()
                + ", \"default\": " + Json.quote(c.defaultValue())
                + ", \"enumStorage\": " + Json.quote(c.enumStorage())
                + ", \"enumConstants\": " + Json.strings(c.enumConstants())
                + ", \"identity\": " + c.identity() + "}";
    }

    private static String index(Index index) {
        return "{\"name\": " + Json.quote(index.name())
                + ", \"explicit\": " + index.explicit()
                + ", \"columns\": " + Json.strings(index.columns())
                + ", \"unique\": " + index.unique() + "}";
    }

    private static String foreignKey(ForeignKey key) {
        return "{\"name\": " + Json.quote(key.name())
                + ", \"explicit\": " + key.explicit()
                + ", \"columns\": " + Json.strings(key.columns())
                + ", \"referencedTable\": " + Json.quote(key.referencedTable())
                + ", \"referencedColumns\": " + Json.strings(key.referencedColumns()) + "}";
    }

    // ---------------------------------------------------------------- reading

    /** A snapshot file that cannot be read: the message names the file and what is wrong. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Reads a committed snapshot. */
    public static Snapshot read(Path file) throws Unreadable {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("cannot read the schema snapshot " + file + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw new Unreadable("the schema snapshot " + file + " is malformed: " + e.getMessage()
                    + " — restore it from version control, or delete it and write the snapshot again with -A"
                    + "entitylint.migrations.write", e);
        }
    }

    /** Reads snapshot text; a malformed one is an {@link IllegalArgumentException} saying what is wrong. */
    public static Snapshot parse(String text) {
        Object root = Json.parse(text);
        Map<String, Object> object = object(root, "the document");
        Object format = object.get("format");
        if (!(format instanceof Long number)) {
            throw new IllegalArgumentException("\"format\" is missing or not a number");
        }
        if (number != FORMAT) {
            throw new IllegalArgumentException("\"format\" is " + number + ", this entitylint reads format " + FORMAT);
        }
        String naming = string(object, "naming", "the document", false);
        List<Table> tables = new ArrayList<>();
        for (Object item : list(object, "tables", "the document")) {
            tables.add(table(object(item, "a table")));
        }
        List<Sequence> sequences = new ArrayList<>();
        if (object.containsKey("sequences")) {
            for (Object item : list(object, "sequences", "the document")) {
                Map<String, Object> s = object(item, "a sequence");
                String where = "sequence " + s.get("name");
                sequences.add(new Sequence(string(s, "name", where, true), number(s, "start", where, 1),
                        (int) number(s, "increment", where, 50), string(s, "entity", where, false), null));
            }
        }
        return new Snapshot(FORMAT, naming, tables, sequences);
    }

    private static Table table(Map<String, Object> t) {
        String name = string(t, "name", "a table", true);
        String where = "table \"" + name + "\"";
        List<Column> columns = new ArrayList<>();
        for (Object item : list(t, "columns", where)) {
            Map<String, Object> c = object(item, "a column of " + where);
            String column = string(c, "name", "a column of " + where, true);
            String at = "column \"" + column + "\" of " + where;
            List<String> constants = c.containsKey("enumConstants") ? strings(c, "enumConstants", at) : List.of();
            columns.add(new Column(column, bool(c, "quoted", at, false), string(c, "entity", at, false),
                    string(c, "javaType", at, false), string(c, "sqlType", at, false), bool(c, "nullable", at, true),
                    integer(c, "length", at), integer(c, "precision", at), integer(c, "scale", at),
                    string(c, "default", at, false), string(c, "enumStorage", at, false), constants,
                    bool(c, "identity", at, false), null, null));
        }
        List<Index> indexes = indexes(t, "indexes", where);
        List<Index> uniques = indexes(t, "uniqueConstraints", where);
        List<ForeignKey> keys = new ArrayList<>();
        for (Object item : list(t, "foreignKeys", where)) {
            Map<String, Object> k = object(item, "a foreign key of " + where);
            keys.add(new ForeignKey(string(k, "name", "a foreign key of " + where, true),
                    bool(k, "explicit", where, false), strings(k, "columns", "a foreign key of " + where),
                    string(k, "referencedTable", "a foreign key of " + where, true), null,
                    strings(k, "referencedColumns", "a foreign key of " + where)));
        }
        return new Table(name, bool(t, "quoted", where, false), string(t, "entity", where, false),
                string(t, "kind", where, true), columns, strings(t, "primaryKey", where),
                string(t, "primaryKeyName", where, false), indexes, uniques, keys, null, null);
    }

    private static List<Index> indexes(Map<String, Object> t, String member, String where) {
        List<Index> indexes = new ArrayList<>();
        for (Object item : list(t, member, where)) {
            Map<String, Object> i = object(item, "an entry of \"" + member + "\" of " + where);
            String at = "an entry of \"" + member + "\" of " + where;
            indexes.add(new Index(string(i, "name", at, true), bool(i, "explicit", at, false), strings(i, "columns", at),
                    bool(i, "unique", at, false), null));
        }
        return indexes;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(what + " is not a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Map<String, Object> object, String member, String where) {
        Object value = object.get(member);
        if (value == null && !object.containsKey(member)) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("\"" + member + "\" of " + where + " is not an array");
        }
        return list;
    }

    private static List<String> strings(Map<String, Object> object, String member, String where) {
        List<String> strings = new ArrayList<>();
        for (Object item : list(object, member, where)) {
            if (!(item instanceof String s)) {
                throw new IllegalArgumentException("\"" + member + "\" of " + where + " holds a non-string");
            }
            strings.add(s);
        }
        return strings;
    }

    private static String string(Map<String, Object> object, String member, String where, boolean required) {
        Object value = object.get(member);
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException("\"" + member + "\" of " + where + " is missing");
            }
            return null;
        }
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException("\"" + member + "\" of " + where + " is not a string");
        }
        return s;
    }

    private static boolean bool(Map<String, Object> object, String member, String where, boolean otherwise) {
        Object value = object.get(member);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof Boolean b)) {
            throw new IllegalArgumentException("\"" + member + "\" of " + where + " is not true or false");
        }
        return b;
    }

    private static Integer integer(Map<String, Object> object, String member, String where) {
        Object value = object.get(member);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Long n) || n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) {
            throw new IllegalArgumentException("\"" + member + "\" of " + where + " is not a whole number");
        }
        return n.intValue();
    }

    private static long number(Map<String, Object> object, String member, String where, long otherwise) {
        Object value = object.get(member);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof Long n)) {
            throw new IllegalArgumentException("\"" + member + "\" of " + where + " is not a whole number");
        }
        return n;
    }

    /** Tables by {@link Names#key}. */
    Map<String, Table> tablesByKey() {
        Map<String, Table> byKey = new HashMap<>();
        tables.forEach(t -> byKey.putIfAbsent(Names.key(t.name()), t));
        return byKey;
    }
}
