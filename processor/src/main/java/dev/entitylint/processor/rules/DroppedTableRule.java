package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.evolve.SchemaChange;
import dev.entitylint.processor.evolve.Snapshot;
import java.util.List;
import java.util.Optional;

/**
 * A table of the latest schema snapshot that nothing maps any more: the migration would drop it
 * with every row. Reported on the entity that owned it when that still exists, else on a stand-in
 * ({@link ChangeSet#standIn}), so the drop is accepted where the finding points.
 */
@RuleInfo(
        id = "dropped-table",
        severity = Severity.ERROR,
        breaksAtRunTime = true,
        needsOption = Options.MIGRATIONS,
        summary = "a table of the latest schema snapshot that no entity maps any more (the migration drops it with its rows)")
public final class DroppedTableRule extends ChangeCheck {

    @Override
    Optional<UnsafeChanges.Concern> concern(SchemaChange change, ChangeSet set) {
        if (!(change instanceof SchemaChange.TableDropped dropped) || set.replacedBy.containsKey(change)) {
            return Optional.empty();
        }
        Snapshot.Table table = dropped.previous();
        boolean stillMapped = set.mapped(table.entity());
        String entity = stillMapped ? table.entity() : set.standIn(table.entity());
        String what = switch (table.kind()) {
            case "join" -> "join table";
            case "collection" -> "collection table";
            case "secondary" -> "secondary table";
            default -> "table";
        };
        String whose = table.entity() == null ? ""
                : stillMapped ? " (" + simpleName(table.entity()) + " no longer maps it)"
                : " (its entity " + table.entity() + " is gone)";
        String problem = what + " '" + table.name() + "' of the latest schema snapshot is mapped by nothing any more"
                + whose + ": the migration drops it with every row, while the deployed version still uses it";
        String fix = "keep the mapping until no deployed version uses the table, then accept the drop with " + allow()
                + (entity == null ? "" : " on " + simpleName(entity))
                + (table.kind().equals("entity") ? "; if it was renamed, write @RenamedFrom(\"" + table.name()
                        + "\") on the entity that maps it now" : "");
        return Optional.of(concern(List.of(change), entity, null, problem, fix));
    }
}
