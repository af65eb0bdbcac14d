package dev.entitylint.processor.rules;

import dev.entitylint.processor.evolve.SchemaChange;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.SourceRef;
import java.util.List;
import java.util.Optional;

/**
 * A rule about a change since the latest schema snapshot. It judges each change on its own
 * ({@link #concern}, also what {@link UnsafeChanges} hands the migration writer) and reports it on
 * the entity the concern names: at the declaration when that entity's class writes it, else at the
 * class, excused by a suppression on the declaration as well.
 */
abstract class ChangeCheck implements Rule {

    private final String id = RuleDescriptor.of(getClass()).id();

    /** This rule's concern with one change, if it has one. */
    abstract Optional<UnsafeChanges.Concern> concern(SchemaChange change, ChangeSet set);

    @Override
    public final void checkEntity(EntityModel entity, RuleContext context) {
        List<SchemaChange> changes = context.schemaChanges();
        if (changes.isEmpty()) {
            return;
        }
        ChangeSet set = ChangeSet.of(changes, context.currentSchema().orElse(null));
        for (SchemaChange change : changes) {
            Optional<UnsafeChanges.Concern> concern = concern(change, set);
            if (concern.isEmpty() || !entity.qualifiedName().equals(concern.get().entity())) {
                continue;
            }
            UnsafeChanges.Concern found = concern.get();
            SourceRef where = found.source();
            if (where == null || where.element() == null) {
                context.report(entity.ref(), found.problem(), found.fix());
            } else if (RuleSupport.writtenElsewhere(where, entity)) {
                context.report(entity.ref(), found.problem(), found.fix(), where.element());
            } else {
                context.report(where, found.problem(), found.fix());
            }
        }
    }

    /** A concern of this rule. */
    UnsafeChanges.Concern concern(List<SchemaChange> changes, String entity, SourceRef source, String problem,
            String fix) {
        return new UnsafeChanges.Concern(id, changes, entity, source, problem, fix);
    }

    /** {@code @Allow(value = "<id>", reason = "...")} */
    String allow() {
        return "@Allow(value = \"" + id + "\", reason = \"...\")";
    }

    /** The entity a change of a current table is reported on: its own, else the table's. */
    static String owner(SchemaChange change, ChangeSet set, String tableEntity) {
        return set.mapped(change.entity()) || tableEntity == null ? change.entity() : tableEntity;
    }

    static String simpleName(String qualifiedName) {
        return RuleSupport.simpleName(qualifiedName);
    }
}
