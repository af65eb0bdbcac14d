package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.evolve.SchemaChange;
import dev.entitylint.processor.model.Names;
import java.util.List;
import java.util.Optional;

/**
 * A foreign key new on a table of the latest schema snapshot: adding it checks every row while
 * blocking writes to both tables. PostgreSQL splits it: {@code NOT VALID}, then {@code VALIDATE
 * CONSTRAINT}. A key that only follows its referenced table's rename ({@code @RenamedFrom}) is not new.
 */
@RuleInfo(
        id = "foreign-key-added",
        severity = Severity.WARNING,
        needsOption = Options.MIGRATIONS,
        summary = "a foreign key added to a table of the latest schema snapshot (add it NOT VALID, validate separately)")
public final class ForeignKeyAddedRule extends ChangeCheck {

    @Override
    Optional<UnsafeChanges.Concern> concern(SchemaChange change, ChangeSet set) {
        if (!(change instanceof SchemaChange.ForeignKeyAdded added)) {
            return Optional.empty();
        }
        for (SchemaChange other : set.changes) {
            // the same key, whose referenced table was renamed with @RenamedFrom
            if (other instanceof SchemaChange.ForeignKeyDropped dropped && Names.same(dropped.table(), added.table())
                    && Names.sameSet(dropped.previous().columns(), added.key().columns())
                    && Names.same(added.key().referencedTable(), set.renamedTable(dropped.previous().referencedTable()))) {
                return Optional.empty();
            }
        }
        for (String column : added.key().columns()) {
            // a column that most likely is a renamed one: rename-without-intent says so
            for (var entry : set.replaces.entrySet()) {
                if (entry.getKey() instanceof SchemaChange.ColumnAdded renamed && Names.same(renamed.table(), added.table())
                        && Names.same(renamed.column().name(), column)) {
                    return Optional.empty();
                }
            }
        }
        String problem = "foreign key '" + added.key().name() + "' (" + String.join(", ", added.key().columns())
                + ") → " + added.key().referencedTable() + " is new on existing table '" + added.table()
                + "': adding it checks every row while blocking writes to both tables, and one orphan fails the"
                + " migration";
        String fix = "add it NOT VALID and VALIDATE CONSTRAINT it in a separate migration; when the migration does so,"
                + " or the table is small, " + allow();
        return Optional.of(concern(List.of(change), owner(change, set, added.current().entity()), added.source(),
                problem, fix));
    }
}
