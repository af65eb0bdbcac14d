package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.evolve.SchemaChange;
import java.util.List;
import java.util.Optional;

/**
 * A column of the latest schema snapshot that its (still existing) table no longer maps: the
 * migration would drop it with its data. A drop that most likely is a rename is
 * {@code rename-without-intent}'s. Reported at the class that maps the table (its {@code @Table}).
 */
@RuleInfo(
        id = "dropped-column",
        severity = Severity.ERROR,
        breaksAtRunTime = true,
        needsOption = Options.MIGRATIONS,
        summary = "a column of the latest schema snapshot that its table no longer maps (the migration drops it with its data)")
public final class DroppedColumnRule extends ChangeCheck {

    @Override
    Optional<UnsafeChanges.Concern> concern(SchemaChange change, ChangeSet set) {
        if (!(change instanceof SchemaChange.ColumnDropped dropped) || set.replacedBy.containsKey(change)) {
            return Optional.empty();
        }
        String entity = owner(change, set, dropped.current().entity());
        String column = dropped.previous().name();
        String problem = "column '" + column + "' of table '" + dropped.current().name()
                + "' is in the latest schema snapshot but mapped by nothing any more: the migration drops it with its"
                + " data, while the deployed version still reads and writes it";
        String fix = "stop using it in one deploy and drop it in the next: accept the drop with " + allow()
                + (entity == null ? "" : " on " + simpleName(entity)) + "; if it was renamed, write @RenamedFrom(\""
                + column + "\") on the attribute that maps it now";
        return Optional.of(concern(List.of(change), entity, dropped.source(), problem, fix));
    }
}
