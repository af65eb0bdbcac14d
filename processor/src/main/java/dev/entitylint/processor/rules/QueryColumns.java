package dev.entitylint.processor.rules;

import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.PhysicalSchema;
import dev.entitylint.processor.model.QueryModel;
import dev.entitylint.processor.model.QueryModel.Condition;
import dev.entitylint.processor.model.TypeInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * What one conjunction of a query asks of its entity's table, in columns: the columns it compares
 * for equality (which an index can take in any order), then the one column a range or the sort
 * reads next. Shared by the query checks; built only from the model.
 *
 * @param equality the equality columns, in the order the query names them
 * @param next the range column, else the first sort column, else {@code null}
 * @param nextIsRange whether {@link #next} is a range (else it is the sort)
 * @param onlyFlags whether every equality column holds a boolean or an enum (a handful of values)
 */
record QueryColumns(List<String> equality, String next, boolean nextIsRange, boolean onlyFlags) {

    /**
     * The columns of each conjunction of the query, or an empty list when one of its paths leaves the
     * entity's table (a join) or maps to no single column entitylint knows: then nothing is asked.
     */
    static List<QueryColumns> of(QueryModel query, EntityModel entity, PhysicalSchema.Table table) {
        List<QueryColumns> all = new ArrayList<>();
        List<String> sort = new ArrayList<>();
        for (QueryModel.Order order : query.orderBy()) {
            List<String> columns = columns(order.path(), entity, table);
            if (columns == null) {
                return List.of();
            }
            sort.addAll(columns);
        }
        for (List<Condition> conjunction : query.disjuncts()) {
            List<String> equality = new ArrayList<>();
            boolean onlyFlags = true;
            String range = null;
            for (Condition condition : conjunction) {
                List<String> columns = columns(condition.path(), entity, table);
                if (columns == null) {
                    return List.of();
                }
                if (condition.ignoreCase()) {
                    continue; // upper(column): a plain index on the column does not serve it
                }
                if (condition.operator().isEquality()) {
                    for (String column : columns) {
                        if (equality.stream().noneMatch(c -> Names.same(c, column))) {
                            equality.add(column);
                            onlyFlags &= entity.table().column(column).map(QueryColumns::flagLike).orElse(false);
                        }
                    }
                } else if ((condition.operator().isRange()
                        || condition.operator() == QueryModel.Operator.STARTING_WITH)
                        && range == null && columns.size() == 1) {
                    range = columns.get(0);
                }
            }
            String next = range;
            if (next == null && !sort.isEmpty()) {
                next = sort.stream().filter(c -> equality.stream().noneMatch(e -> Names.same(e, c))).findFirst()
                        .orElse(null);
            }
            all.add(new QueryColumns(equality, next, range != null, onlyFlags));
        }
        return all;
    }

    /**
     * Whether a column holds a handful of values: a boolean, an enum, or a whole number named as a
     * code for one ({@code status}, {@code status_enum}, {@code campaign_type}: enums kept as numbers).
     */
    private static boolean flagLike(ColumnModel column) {
        if (column.type().isBoolean() || column.type().kind() == TypeInfo.Kind.ENUM) {
            return true;
        }
        String name = column.name().toLowerCase(java.util.Locale.ROOT);
        return column.type().isIntegral() && !column.foreignKey() && !column.primaryKey()
                && name.matches("(.*_)?(status|state|type|kind|enum)");
    }

    /** The columns of the entity's table a path maps to, or {@code null}. */
    static List<String> columns(String path, EntityModel entity, PhysicalSchema.Table table) {
        List<String> found = new ArrayList<>();
        for (ColumnModel column : entity.table().columns()) {
            if (column.attributePath().equals(path)) {
                found.add(column.name());
            }
        }
        int dot = path.indexOf('.');
        if (found.isEmpty() && dot > 0) {
            // customer.id: the foreign key column, no join needed.
            String head = path.substring(0, dot);
            String rest = path.substring(dot + 1);
            AttributeModel association = entity.attribute(head).orElse(null);
            if (association != null && association.kind().isToOne() && association.association() != null
                    && association.association().owning() && !rest.contains(".")) {
                List<ColumnModel> keys = entity.table().columns().stream()
                        .filter(c -> c.attributePath().equals(head)).toList();
                if (keys.size() == 1 && isIdOfTarget(rest, association, keys.get(0))) {
                    found.add(keys.get(0).name());
                }
            }
        }
        if (found.isEmpty() || found.stream().anyMatch(c -> table.column(c).isEmpty())) {
            return null;
        }
        return found;
    }

    private static boolean isIdOfTarget(String attribute, AttributeModel association, ColumnModel key) {
        // The join column references the target's key unless it names another column; the model
        // keeps the key column only, so the id attribute is taken as the usual "id" or the FK's own type.
        return attribute.equals("id") && key.attribute() == association;
    }

    /** The leading columns wanted: tenant first when the table has one, then equality, then {@link #next}. */
    List<String> wanted(String tenant) {
        List<String> wanted = new ArrayList<>();
        if (tenant != null && equality.stream().noneMatch(c -> Names.same(c, tenant))) {
            wanted.add(tenant);
        }
        wanted.addAll(equality);
        if (next != null) {
            wanted.add(next);
        }
        return wanted;
    }

    /**
     * Whether an index with these columns serves the conjunction: its leading columns are equality
     * columns of the query, in any order (the optional columns, tenant and soft-delete, may stand
     * among them), at least one of them; without equality columns, it leads with the range column.
     * An index that leads with some of the equality columns but not all is taken as serving it: the
     * database reads the rows it finds and filters the rest, and whether that is enough depends on
     * data entitylint cannot see.
     */
    boolean servedBy(List<String> index, boolean unique, List<String> optional) {
        int i = 0;
        int covered = 0;
        while (i < index.size()) {
            String column = index.get(i);
            if (contains(equality, column)) {
                covered++;
            } else if (!contains(optional, column)) {
                break;
            }
            i++;
        }
        if (!equality.isEmpty()) {
            return covered > 0;
        }
        // A range alone: the first column that is not optional must be the range's.
        int first = 0;
        while (first < index.size() && contains(optional, index.get(first))) {
            first++;
        }
        return nextIsRange && first < index.size() && Names.same(index.get(first), next);
    }

    /**
     * Whether a unique key (primary key, unique constraint) has only columns the conjunction compares
     * for equality (or optional ones): then it finds one row at most, whatever else the query asks.
     */
    boolean pinnedBy(List<String> key, List<String> optional) {
        return !key.isEmpty() && !equality.isEmpty()
                && key.stream().allMatch(c -> contains(equality, c) || contains(optional, c))
                && key.stream().anyMatch(c -> contains(equality, c));
    }

    private static boolean contains(List<String> columns, String column) {
        return columns.stream().anyMatch(c -> Names.same(c, column));
    }
}
