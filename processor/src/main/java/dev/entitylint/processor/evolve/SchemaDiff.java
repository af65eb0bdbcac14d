package dev.entitylint.processor.evolve;

import dev.entitylint.processor.evolve.SchemaChange.TypeAspect;
import dev.entitylint.processor.model.Names;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The changes from a committed snapshot to the current schema, in a fixed order: table by table
 * (current tables in name order, then dropped ones), and within a table columns added, renamed,
 * changed and dropped, then the primary key, unique constraints, indexes and foreign keys;
 * sequences last. A {@code @RenamedFrom} whose old name the snapshot has makes a rename instead
 * of a drop plus an add.
 */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    public static List<SchemaChange> between(Snapshot previous, Snapshot current) {
        List<SchemaChange> changes = new ArrayList<>();
        Set<String> matchedPrevious = new LinkedHashSet<>();
        for (Snapshot.Table table : current.tables()) {
            Optional<Snapshot.Table> same = previous.table(table.name());
            if (same.isPresent()) {
                matchedPrevious.add(Names.key(same.get().name()));
                table(same.get(), table, changes);
                continue;
            }
            Optional<Snapshot.Table> renamed = table.renamedFrom() == null ? Optional.empty()
                    : previous.table(table.renamedFrom()).filter(old -> current.table(old.name()).isEmpty());
            if (renamed.isPresent()) {
                matchedPrevious.add(Names.key(renamed.get().name()));
                changes.add(new SchemaChange.TableRenamed(renamed.get(), table));
                table(renamed.get(), table, changes);
            } else {
                changes.add(new SchemaChange.TableAdded(table));
            }
        }
        for (Snapshot.Table table : previous.tables()) {
            if (!matchedPrevious.contains(Names.key(table.name()))) {
                changes.add(new SchemaChange.TableDropped(table));
            }
        }
        for (Snapshot.Sequence sequence : current.sequences()) {
            if (previous.sequence(sequence.name()).isEmpty()) {
                changes.add(new SchemaChange.SequenceAdded(sequence));
            }
        }
        for (Snapshot.Sequence sequence : previous.sequences()) {
            if (current.sequence(sequence.name()).isEmpty()) {
                changes.add(new SchemaChange.SequenceDropped(sequence));
            }
        }
        return List.copyOf(changes);
    }

    private static void table(Snapshot.Table before, Snapshot.Table after, List<SchemaChange> changes) {
        Set<String> matched = new LinkedHashSet<>();
        List<SchemaChange> changed = new ArrayList<>();
        for (Snapshot.Column column : after.columns()) {
            Optional<Snapshot.Column> same = before.column(column.name());
            if (same.isPresent()) {
                matched.add(Names.key(same.get().name()));
                column(after, same.get(), column, changed);
                continue;
            }
            Optional<Snapshot.Column> renamed = column.renamedFrom() == null ? Optional.empty()
                    : before.column(column.renamedFrom()).filter(old -> after.column(old.name()).isEmpty());
            if (renamed.isPresent()) {
                matched.add(Names.key(renamed.get().name()));
                changes.add(new SchemaChange.ColumnRenamed(after, renamed.get(), column));
                column(after, renamed.get(), column, changed);
            } else {
                changes.add(new SchemaChange.ColumnAdded(after, column));
            }
        }
        changes.addAll(changed);
        for (Snapshot.Column column : before.columns()) {
            if (!matched.contains(Names.key(column.name()))) {
                changes.add(new SchemaChange.ColumnDropped(after, column));
            }
        }
        if (!sameList(before.primaryKey(), renamedColumns(before, after, after.primaryKey()))) {
            changes.add(new SchemaChange.PrimaryKeyChanged(after, before.primaryKey(), after.primaryKey()));
        }
        for (Snapshot.Index unique : after.uniqueConstraints()) {
            if (find(before.uniqueConstraints(), before, after, unique).isEmpty()) {
                changes.add(new SchemaChange.UniqueAdded(after, unique));
            }
        }
        for (Snapshot.Index unique : before.uniqueConstraints()) {
            if (findPrevious(after.uniqueConstraints(), before, after, unique).isEmpty()) {
                changes.add(new SchemaChange.UniqueDropped(after, unique));
            }
        }
        for (Snapshot.Index index : after.indexes()) {
            if (find(before.indexes(), before, after, index).isEmpty()) {
                changes.add(new SchemaChange.IndexAdded(after, index));
            }
        }
        for (Snapshot.Index index : before.indexes()) {
            if (findPrevious(after.indexes(), before, after, index).isEmpty()) {
                changes.add(new SchemaChange.IndexDropped(after, index));
            }
        }
        for (Snapshot.ForeignKey key : after.foreignKeys()) {
            if (before.foreignKeys().stream().noneMatch(k -> sameKey(k, before, after, key))) {
                changes.add(new SchemaChange.ForeignKeyAdded(after, key));
            }
        }
        for (Snapshot.ForeignKey key : before.foreignKeys()) {
            if (after.foreignKeys().stream().noneMatch(k -> sameKey(key, before, after, k))) {
                changes.add(new SchemaChange.ForeignKeyDropped(after, key));
            }
        }
    }

    private static void column(Snapshot.Table table, Snapshot.Column before, Snapshot.Column after,
            List<SchemaChange> changes) {
        Set<TypeAspect> aspects = typeAspects(before, after);
        if (!aspects.isEmpty()) {
            changes.add(new SchemaChange.ColumnTypeChanged(table, before, after, aspects));
        }
        if (before.nullable() != after.nullable() && !after.identity()) {
            changes.add(new SchemaChange.NullabilityChanged(table, before, after));
        }
        if (!Objects.equals(before.defaultValue(), after.defaultValue())) {
            changes.add(new SchemaChange.DefaultChanged(table, before, after));
        }
        if (before.enumStorage() != null && Objects.equals(before.enumStorage(), after.enumStorage())
                && !before.enumConstants().equals(after.enumConstants()) && !after.enumConstants().isEmpty()) {
            List<String> added = new ArrayList<>(after.enumConstants());
            added.removeAll(before.enumConstants());
            List<String> removed = new ArrayList<>(before.enumConstants());
            removed.removeAll(after.enumConstants());
            List<String> commonBefore = new ArrayList<>(before.enumConstants());
            commonBefore.retainAll(after.enumConstants());
            List<String> commonAfter = new ArrayList<>(after.enumConstants());
            commonAfter.retainAll(before.enumConstants());
            boolean shifted = commonBefore.stream()
                    .anyMatch(c -> before.enumConstants().indexOf(c) != after.enumConstants().indexOf(c));
            changes.add(new SchemaChange.EnumChanged(table, before, after, added, removed,
                    !commonBefore.equals(commonAfter), shifted));
        }
    }

    /** What differs between two columns' types; empty when the SQL type is the same (or unknown on either side). */
    static Set<TypeAspect> typeAspects(Snapshot.Column before, Snapshot.Column after) {
        Set<TypeAspect> aspects = EnumSet.noneOf(TypeAspect.class);
        if (before.sqlType() == null || after.sqlType() == null
                || before.sqlType().equalsIgnoreCase(after.sqlType())) {
            return aspects;
        }
        if (!family(before.sqlType()).equals(family(after.sqlType()))) {
            aspects.add(TypeAspect.FAMILY);
            return aspects;
        }
        if (before.length() != null && after.length() != null && !before.length().equals(after.length())) {
            aspects.add(after.length() < before.length() ? TypeAspect.LENGTH_SHRUNK : TypeAspect.LENGTH_WIDENED);
        }
        Integer[] beforeNumbers = numbers(before.sqlType());
        Integer[] afterNumbers = numbers(after.sqlType());
        if (family(after.sqlType()).equals("numeric")) {
            if (!Objects.equals(beforeNumbers[0], afterNumbers[0])) {
                aspects.add(TypeAspect.PRECISION);
            }
            if (!Objects.equals(beforeNumbers[1], afterNumbers[1])) {
                aspects.add(TypeAspect.SCALE);
            }
        } else if (aspects.isEmpty()) {
            aspects.add(TypeAspect.FAMILY);
        }
        return aspects;
    }

    /** {@code varchar(20)} → {@code varchar}, {@code timestamp(6) with time zone} → {@code timestamp with time zone}. */
    static String family(String sqlType) {
        return sqlType.toLowerCase(java.util.Locale.ROOT).replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").strip();
    }

    private static Integer[] numbers(String sqlType) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\((\\d+)(?:\\s*,\\s*(\\d+))?\\)")
                .matcher(sqlType);
        if (!matcher.find()) {
            return new Integer[] {null, null};
        }
        return new Integer[] {Integer.valueOf(matcher.group(1)),
            matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2))};
    }

    /** The current column names, each replaced by the previous name it was renamed from. */
    private static List<String> renamedColumns(Snapshot.Table before, Snapshot.Table after, List<String> columns) {
        List<String> previous = new ArrayList<>();
        for (String name : columns) {
            String old = name;
            Optional<Snapshot.Column> column = after.column(name);
            if (before.column(name).isEmpty() && column.isPresent() && column.get().renamedFrom() != null
                    && before.column(column.get().renamedFrom()).isPresent()) {
                old = column.get().renamedFrom();
            }
            previous.add(old);
        }
        return previous;
    }

    private static Optional<Snapshot.Index> find(List<Snapshot.Index> previous, Snapshot.Table before,
            Snapshot.Table after, Snapshot.Index index) {
        List<String> columns = renamedColumns(before, after, index.columns());
        return previous.stream().filter(p -> p.unique() == index.unique() && sameList(p.columns(), columns)).findFirst();
    }

    private static Optional<Snapshot.Index> findPrevious(List<Snapshot.Index> current, Snapshot.Table before,
            Snapshot.Table after, Snapshot.Index index) {
        return current.stream().filter(c -> c.unique() == index.unique()
                && sameList(index.columns(), renamedColumns(before, after, c.columns()))).findFirst();
    }

    private static boolean sameKey(Snapshot.ForeignKey previous, Snapshot.Table before, Snapshot.Table after,
            Snapshot.ForeignKey current) {
        return Names.same(previous.referencedTable(), current.referencedTable())
                && sameList(previous.columns(), renamedColumns(before, after, current.columns()));
    }

    private static boolean sameList(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Names.same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
