package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.evolve.SchemaChange;
import dev.entitylint.processor.evolve.Snapshot;
import dev.entitylint.processor.model.SourceRef;
import java.util.List;
import java.util.Optional;

/**
 * A unique constraint (or unique index) new on a table of the latest schema snapshot over columns
 * that hold data, or a primary key whose columns changed: building it blocks writes and fails on
 * the first duplicate. A unique constraint over new columns only (all NULL) is not reported.
 */
@RuleInfo(
        id = "key-change",
        severity = Severity.WARNING,
        breaksAtRunTime = true,
        needsOption = Options.MIGRATIONS,
        summary = "a unique constraint added or a primary key changed on a table of the latest schema snapshot")
public final class KeyChangeRule extends ChangeCheck {

    @Override
    Optional<UnsafeChanges.Concern> concern(SchemaChange change, ChangeSet set) {
        Snapshot.Index unique = change instanceof SchemaChange.UniqueAdded added ? added.unique()
                : change instanceof SchemaChange.IndexAdded added && added.index().unique() ? added.index() : null;
        if (unique != null) {
            if (unique.columns().stream().allMatch(c -> set.added(change.table(), c))) {
                return Optional.empty();
            }
            String problem = "unique constraint '" + unique.name() + "' (" + String.join(", ", unique.columns())
                    + ") is new on existing table '" + change.table() + "': adding it fails on the first duplicate"
                    + " stored, and blocks writes while its index builds";
            String fix = "remove duplicates, then build it with CREATE UNIQUE INDEX CONCURRENTLY and ADD CONSTRAINT ..."
                    + " UNIQUE USING INDEX; once the data is checked, " + allow();
            String table = change instanceof SchemaChange.UniqueAdded a ? a.current().entity()
                    : ((SchemaChange.IndexAdded) change).current().entity();
            return Optional.of(concern(List.of(change), owner(change, set, table), change.source(), problem, fix));
        }
        if (change instanceof SchemaChange.PrimaryKeyChanged key && key.columns().stream()
                .noneMatch(c -> renamedColumn(set, key.table(), c))) {
            SourceRef source = key.columns().isEmpty() ? key.source()
                    : key.current().column(key.columns().get(0)).map(Snapshot.Column::source).orElse(key.source());
            String problem = "the primary key of table '" + key.table() + "' changes from (" + String.join(", ",
                    key.previous()) + ") to (" + String.join(", ", key.columns()) + "): the key and every foreign key"
                    + " referencing it are rebuilt under a lock, and rows the old key allowed may collide";
            String fix = "add the new key as a unique constraint first (CREATE UNIQUE INDEX CONCURRENTLY), move the"
                    + " foreign keys to it, then swap the primary key in a short contract step; then " + allow();
            return Optional.of(concern(List.of(change), owner(change, set, key.current().entity()), source, problem,
                    fix));
        }
        return Optional.empty();
    }

    /** Whether the column is the new name of a most likely renamed one: {@code rename-without-intent} reports it. */
    private static boolean renamedColumn(ChangeSet set, String table, String column) {
        return set.replaces.keySet().stream().anyMatch(c -> c instanceof SchemaChange.ColumnAdded added
                && dev.entitylint.processor.model.Names.same(added.table(), table)
                && dev.entitylint.processor.model.Names.same(added.column().name(), column));
    }
}
