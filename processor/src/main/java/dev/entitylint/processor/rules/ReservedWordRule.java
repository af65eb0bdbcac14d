package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.NameCase;
import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.TableModel;
import dev.entitylint.processor.model.TypeInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Table and column names are not words the databases reserve (unless quoted). */
@RuleInfo(
        id = "reserved-word",
        severity = Severity.ERROR,
        breaksAtRunTime = true,
        summary = "a table or column name that PostgreSQL or H2 (or, opted in, MySQL or standard SQL) reserves")
public final class ReservedWordRule implements Rule {

    private static final Map<String, String> COLUMN_NAMES = Map.ofEntries(
            Map.entry("order", "sort_order"), Map.entry("user", "username"), Map.entry("group", "group_name"),
            Map.entry("key", "item_key"), Map.entry("value", "item_value"), Map.entry("desc", "description"),
            Map.entry("date", "event_date"), Map.entry("time", "event_time"), Map.entry("timestamp", "recorded_at"),
            Map.entry("year", "year_number"), Map.entry("month", "month_number"), Map.entry("day", "day_number"),
            Map.entry("start", "starts_at"), Map.entry("end", "ends_at"), Map.entry("limit", "max_count"),
            Map.entry("offset", "offset_value"), Map.entry("row", "row_number_value"), Map.entry("range", "range_value"),
            Map.entry("rank", "rank_value"), Map.entry("language", "language_code"), Map.entry("result", "outcome"),
            Map.entry("references", "reference_list"), Map.entry("check", "check_result"));

    /** The reserved-word lists in force ({@code -Aentitylint.reservedWords}). */
    private final Set<String> reservedWordSets;

    /** Made for each compilation, with the options it reads. */
    ReservedWordRule(Set<String> reservedWordSets) {
        this.reservedWordSets = reservedWordSets;
    }

    /** The tables an attribute creates: a {@code @JoinTable} or {@code @CollectionTable} and its columns. */
    @Override
    public void checkType(ManagedType type, RuleContext context) {
        Set<String> sets = reservedWordSets;
        for (AttributeModel attribute : type.declaredAttributes()) {
            AttributeModel.JoinTableSpec joinTable = attribute.joinTable();
            if (joinTable != null && joinTable.name() != null && !Names.isQuoted(joinTable.name())) {
                String annotation = attribute.kind() == AttributeKind.ELEMENT_COLLECTION ? "@CollectionTable" : "@JoinTable";
                String name = context.model().naming().physical(joinTable.name().trim());
                List<String> reservedIn = ReservedWords.reservedIn(name, sets);
                if (!reservedIn.isEmpty()) {
                    context.report(joinTable.source(),
                            "table name '" + name + "' of '" + attribute.name() + "' "
                                    + ReservedWords.consequence(name, reservedIn),
                            "rename the table: " + annotation + "(name = \"" + NameCase.snake(type.simpleName())
                                    + "_" + name + "\")");
                }
            }
            if (joinTable != null) {
                for (ColumnSpec column : joinTable.allJoinColumns()) {
                    checkWrittenColumn(column, "@JoinColumn", context, sets);
                }
            }
            if (attribute.kind() == AttributeKind.ELEMENT_COLLECTION && attribute.type().kind() == TypeInfo.Kind.COLLECTION
                    && isBasicElement(attribute)) {
                String written = attribute.column().name();
                String name = written != null ? written : context.model().naming().physical(attribute.name());
                if (!Names.isQuoted(name)) {
                    List<String> reservedIn = ReservedWords.reservedIn(name, sets);
                    if (!reservedIn.isEmpty()) {
                        context.report(written != null ? attribute.column().ref("name") : attribute.ref(),
                                "column name '" + name + "' of the collection table of '" + attribute.name() + "' "
                                        + ReservedWords.consequence(name, reservedIn),
                                "name the column: @Column(name = \"" + betterColumn(name) + "\")");
                    }
                }
            }
        }
    }

    /**
     * A collection of JDK values (strings, numbers, times), whose values sit in one column named
     * after the attribute. Enums and embeddables from other modules are left alone: the model
     * cannot always tell them apart.
     */
    private static boolean isBasicElement(AttributeModel attribute) {
        String element = attribute.type().elementName();
        return element != null && element.startsWith("java.");
    }

    private static void checkWrittenColumn(ColumnSpec column, String annotation, RuleContext context, Set<String> sets) {
        String name = column.name();
        if (name == null || Names.isQuoted(name)) {
            return;
        }
        List<String> reservedIn = ReservedWords.reservedIn(name, sets);
        if (!reservedIn.isEmpty()) {
            context.report(column.ref("name"),
                    "column name '" + name + "' " + ReservedWords.consequence(name, reservedIn),
                    "rename the column: " + annotation + "(name = \"" + name + "_ref\")");
        }
    }

    private static String betterColumn(String name) {
        return COLUMN_NAMES.getOrDefault(name.toLowerCase(Locale.ROOT), name + "_value");
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        Set<String> sets = reservedWordSets;
        TableModel table = entity.table();
        if (RuleSupport.ownsTable(entity) && !table.quoted()) {
            List<String> reservedIn = ReservedWords.reservedIn(table.name(), sets);
            if (!reservedIn.isEmpty()) {
                String plural = table.name() + "s";
                String better = ReservedWords.reservedIn(plural, sets).isEmpty() ? plural : "app_" + table.name();
                context.report(table.nameSource(),
                        "table name '" + table.name() + "' " + ReservedWords.consequence(table.name(), reservedIn),
                        "rename the table: @Table(name = \"" + better + "\") (or quote it: @Table(name = \"\\\""
                                + table.name() + "\\\"\"))");
            }
        }
        for (ColumnModel column : table.columns()) {
            if (column.quoted()) {
                continue;
            }
            List<String> reservedIn = ReservedWords.reservedIn(column.name(), sets);
            if (reservedIn.isEmpty()) {
                continue;
            }
            String annotation = column.foreignKey() && !column.primaryKey() ? "@JoinColumn" : "@Column";
            String better = column.foreignKey()
                    ? column.name() + "_ref"
                    : COLUMN_NAMES.getOrDefault(column.name().toLowerCase(java.util.Locale.ROOT), column.name() + "_value");
            context.report(RuleSupport.nameRef(column),
                    "column name '" + column.name() + "' (of '" + column.attributePath() + "') "
                            + ReservedWords.consequence(column.name(), reservedIn),
                    "rename the column: " + annotation + "(name = \"" + better + "\") (or quote it: " + annotation
                            + "(name = \"\\\"" + column.name() + "\\\"\"))");
        }
    }
}
