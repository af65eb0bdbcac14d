package dev.entitylint.processor.report;

import dev.entitylint.processor.model.PhysicalSchema;
import dev.entitylint.processor.model.PhysicalSchema.Column;
import dev.entitylint.processor.model.PhysicalSchema.ForeignKey;
import dev.entitylint.processor.model.PhysicalSchema.Index;
import dev.entitylint.processor.model.PhysicalSchema.Table;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code META-INF/entitylint/schema.json}: the physical schema, one table per entry, in a fixed
 * order and layout so the same input gives the same bytes (one column, index or key per line,
 * so a diff of two reports reads line by line).
 */
public final class SchemaJson {

    /** The path under the class output. */
    public static final String PATH = "META-INF/entitylint/schema.json";

    private SchemaJson() {
    }

    public static String render(PhysicalSchema schema) {
        StringBuilder out = new StringBuilder();
        out.append("{\n");
        out.append("  \"naming\": ").append(JsonText.string(schema.naming().optionValue())).append(",\n");
        out.append("  \"tables\": [");
        List<Table> tables = schema.tables();
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            out.append(t == 0 ? "\n" : ",\n");
            out.append("    {\n");
            out.append("      \"name\": ").append(JsonText.string(table.name())).append(",\n");
            out.append("      \"entity\": ").append(JsonText.string(table.entity())).append(",\n");
            out.append("      \"kind\": ").append(JsonText.string(table.kind().name().toLowerCase(Locale.ROOT)))
                    .append(",\n");
            array(out, "columns", table.columns(), SchemaJson::column);
            out.append("      \"primaryKey\": ").append(JsonText.strings(table.primaryKey())).append(",\n");
            array(out, "indexes", table.indexes(), SchemaJson::index);
            array(out, "uniqueConstraints", table.uniqueConstraints(), SchemaJson::index);
            out.append("      \"foreignKeys\": [");
            appendItems(out, table.foreignKeys(), SchemaJson::foreignKey);
            out.append("]\n");
            out.append("    }");
        }
        out.append(tables.isEmpty() ? "]\n" : "\n  ]\n");
        out.append("}\n");
        return out.toString();
    }

    private static <T> void array(StringBuilder out, String name, List<T> items, Function<T, String> render) {
        out.append("      \"").append(name).append("\": [");
        appendItems(out, items, render);
        out.append("],\n");
    }

    private static <T> void appendItems(StringBuilder out, List<T> items, Function<T, String> render) {
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append("        ").append(render.apply(items.get(i)));
        }
        if (!items.isEmpty()) {
            out.append("\n      ");
        }
    }

    private static String column(Column column) {
        return "{\"name\": " + JsonText.string(column.name())
                + ", \"type\": " + JsonText.string(column.type())
                + ", \"nullable\": " + column.nullable()
                + ", \"length\": " + JsonText.number(column.length())
                + ", \"precision\": " + JsonText.number(column.precision())
                + ", \"scale\": " + JsonText.number(column.scale()) + "}";
    }

    private static String index(Index index) {
        return "{\"name\": " + JsonText.string(index.name())
                + ", \"columns\": " + JsonText.strings(index.columns())
                + ", \"unique\": " + index.unique() + "}";
    }

    private static String foreignKey(ForeignKey foreignKey) {
        return "{\"name\": " + JsonText.string(foreignKey.name())
                + ", \"columns\": " + JsonText.strings(foreignKey.columns())
                + ", \"referencedTable\": " + JsonText.string(foreignKey.referencedTable()) + "}";
    }
}
