package dev.entitylint.processor.report;

import dev.entitylint.processor.evolve.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A schema reduced to what both sides must agree on, one sorted line per fact, so two schemas
 * compare as text and a difference reads as a diff. Names are compared case-insensitively
 * (lower-cased), as databases treat unquoted identifiers.
 */
final class SchemaLines {

    private final TreeSet<String> lines = new TreeSet<>();

    void table(String table) {
        lines.add(key(table));
    }

    void column(String table, String column, boolean nullable, Integer length, Integer precision, Integer scale) {
        lines.add(key(table) + " column " + key(column) + (nullable ? " null" : " not null")
                + (length == null ? "" : " length=" + length)
                + (precision == null ? "" : " precision=" + precision)
                + (scale == null ? "" : " scale=" + scale));
    }

    void primaryKey(String table, List<String> columns) {
        lines.add(key(table) + " primary key " + list(columns));
    }

    void foreignKey(String table, String name, List<String> columns, String referencedTable) {
        lines.add(key(table) + " foreign key " + list(columns) + " references " + key(referencedTable)
                + (name == null ? "" : " named " + key(name)));
    }

    /**
     * Only explicitly named indexes count: Hibernate invents names for the others. A unique
     * index counts as a unique constraint of that name, which is how Hibernate creates it.
     */
    void index(String table, String name, List<String> columns, boolean unique) {
        if (name != null) {
            lines.add(key(table) + (unique ? " unique " : " index ") + key(name) + " " + list(columns));
        }
    }

    /** Only explicitly named unique constraints count. */
    void unique(String table, String name, List<String> columns) {
        if (name != null) {
            lines.add(key(table) + " unique " + key(name) + " " + list(columns));
        }
    }

    /** The lines of entitylint's {@code schema.json}. */
    @SuppressWarnings("unchecked")
    static SchemaLines ofReport(String json) {
        SchemaLines lines = new SchemaLines();
        Map<String, Object> root = (Map<String, Object>) Json.parse(json);
        for (Object t : (List<Object>) root.get("tables")) {
            Map<String, Object> table = (Map<String, Object>) t;
            String name = (String) table.get("name");
            lines.table(name);
            for (Object c : (List<Object>) table.get("columns")) {
                Map<String, Object> column = (Map<String, Object>) c;
                lines.column(name, (String) column.get("name"), (Boolean) column.get("nullable"),
                        integer(column.get("length")), integer(column.get("precision")), integer(column.get("scale")));
            }
            List<String> primaryKey = (List<String>) (List<?>) table.get("primaryKey");
            if (!primaryKey.isEmpty()) {
                lines.primaryKey(name, primaryKey);
            }
            for (Object f : (List<Object>) table.get("foreignKeys")) {
                Map<String, Object> foreignKey = (Map<String, Object>) f;
                lines.foreignKey(name, (String) foreignKey.get("name"), (List<String>) foreignKey.get("columns"),
                        (String) foreignKey.get("referencedTable"));
            }
            for (Object i : (List<Object>) table.get("indexes")) {
                Map<String, Object> index = (Map<String, Object>) i;
                lines.index(name, (String) index.get("name"), (List<String>) index.get("columns"),
                        (Boolean) index.get("unique"));
            }
            for (Object u : (List<Object>) table.get("uniqueConstraints")) {
                Map<String, Object> unique = (Map<String, Object>) u;
                lines.unique(name, (String) unique.get("name"), (List<String>) unique.get("columns"));
            }
        }
        return lines;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** A readable diff: lines only one side has, marked {@code -} (expected) and {@code +} (actual). */
    static String diff(SchemaLines expected, SchemaLines actual) {
        List<String> out = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(expected.lines);
        all.addAll(actual.lines);
        for (String line : all) {
            boolean inExpected = expected.lines.contains(line);
            boolean inActual = actual.lines.contains(line);
            if (inExpected != inActual) {
                out.add((inExpected ? "- hibernate:  " : "+ entitylint: ") + line);
            }
        }
        return String.join("\n", out);
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String list(List<String> columns) {
        return "(" + String.join(", ", columns.stream().map(SchemaLines::key).toList()) + ")";
    }
}
