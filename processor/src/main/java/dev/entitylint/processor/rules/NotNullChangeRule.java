package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.evolve.SchemaChange;
import dev.entitylint.processor.evolve.Snapshot;
import dev.entitylint.processor.model.SourceRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code NOT NULL} added to a column of the latest schema snapshot, or a new {@code NOT NULL}
 * column without a default in a table that existed: the migration fails on the first NULL (or on
 * any row), and the deployed version keeps writing rows without the value. Proposes the two-phase
 * sequence: nullable, backfill, then the constraint.
 */
@RuleInfo(
        id = "not-null-change",
        severity = Severity.WARNING,
        breaksAtRunTime = true,
        needsOption = Options.MIGRATIONS,
        summary = "NOT NULL added to an existing column, or a new NOT NULL column without a default on an existing table")
public final class NotNullChangeRule extends ChangeCheck {

    @Override
    Optional<UnsafeChanges.Concern> concern(SchemaChange change, ChangeSet set) {
        if (change instanceof SchemaChange.NullabilityChanged changed && !changed.column().nullable()
                && changed.previous().nullable()) {
            String problem = "column '" + changed.column().name() + "' of table '" + changed.table()
                    + "' becomes NOT NULL: the migration fails on any row holding NULL, and the deployed version"
                    + " keeps writing NULL";
            String fix = "keep it nullable for one deploy in which every write sets it, backfill the NULL rows, then"
                    + " add the constraint; once the rows are backfilled, " + allow();
            return Optional.of(concern(List.of(change), owner(change, set, changed.current().entity()),
                    member(changed.source(), "nullable"), problem, fix));
        }
        if (change instanceof SchemaChange.ColumnAdded added && !set.replaces.containsKey(change)) {
            Snapshot.Column column = added.column();
            if (column.nullable() || column.identity() || column.defaultValue() != null
                    || column.sqlType() != null && column.sqlType().toLowerCase(Locale.ROOT).contains("default")) {
                return Optional.empty();
            }
            String problem = "new column '" + column.name() + "' of existing table '" + added.table()
                    + "' is NOT NULL without a default: adding it fails on a table with rows, and the deployed version"
                    + " inserts rows without it";
            String fix = "add it nullable (or with a default: @ColumnDefault(\"...\")), backfill, then make it NOT NULL"
                    + " in a later deploy; if the table is known to be empty, " + allow();
            return Optional.of(concern(List.of(change), owner(change, set, added.current().entity()),
                    member(added.source(), "nullable"), problem, fix));
        }
        return Optional.empty();
    }

    private static SourceRef member(SourceRef source, String member) {
        return source == null ? null : source.member(member);
    }
}
