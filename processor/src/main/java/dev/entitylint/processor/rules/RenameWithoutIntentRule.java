package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.evolve.SchemaChange;
import dev.entitylint.processor.model.SourceRef;
import java.util.List;
import java.util.Optional;

/**
 * A table or column that most likely was renamed but says nothing of it: an entity that maps its
 * table under another name, or in one table one column gone and one new of the same type. Read
 * as written, the migration drops the old one with its data and adds the new one empty.
 * {@code @RenamedFrom("old")} makes it a rename. Reported at the new name.
 */
@RuleInfo(
        id = "rename-without-intent",
        severity = Severity.ERROR,
        breaksAtRunTime = true,
        needsOption = Options.MIGRATIONS,
        summary = "a table or column renamed since the latest schema snapshot without @RenamedFrom (a drop plus an add loses its data)")
public final class RenameWithoutIntentRule extends ChangeCheck {

    @Override
    Optional<UnsafeChanges.Concern> concern(SchemaChange change, ChangeSet set) {
        SchemaChange old = set.replaces.get(change);
        if (old instanceof SchemaChange.ColumnDropped dropped && change instanceof SchemaChange.ColumnAdded added) {
            String from = dropped.previous().name();
            String problem = "column '" + added.column().name() + "' of table '" + added.table() + "' replaces '"
                    + from + "' of the latest schema snapshot without a stated intent: the migration drops '" + from
                    + "' with its data and adds '" + added.column().name() + "' empty";
            String fix = "if it is a rename, write @RenamedFrom(\"" + from + "\") on this attribute (and follow the"
                    + " multi-deploy rename); if '" + from + "' is really dropped and this column is new, " + allow();
            return Optional.of(concern(List.of(old, change), owner(change, set, added.current().entity()),
                    named(added.source()), problem, fix));
        }
        if (old instanceof SchemaChange.TableDropped dropped && change instanceof SchemaChange.TableAdded added) {
            String from = dropped.previous().name();
            boolean entityTable = added.current().kind().equals("entity");
            String problem = simpleName(added.entity()) + " maps " + (entityTable ? "its table" : "a "
                    + added.current().kind() + " table") + " as '" + added.table() + "' instead of '" + from
                    + "' of the latest schema snapshot, without a stated intent: the migration drops '" + from
                    + "' with every row and creates '" + added.table() + "' empty";
            String fix = entityTable
                    ? "if it is a rename, write @RenamedFrom(\"" + from + "\") on " + simpleName(added.entity())
                            + " (and follow the multi-deploy rename); if '" + from + "' is really dropped, " + allow()
                    : "rename the table back with @JoinTable / @CollectionTable(name = \"" + from + "\"), or accept the"
                            + " drop and the new empty table with " + allow();
            return Optional.of(concern(List.of(old, change), added.entity(), named(added.source()), problem, fix));
        }
        return Optional.empty();
    }

    /** The written {@code name} of the annotation, when there is one. */
    private static SourceRef named(SourceRef source) {
        return source == null ? null : source.member("name");
    }
}
