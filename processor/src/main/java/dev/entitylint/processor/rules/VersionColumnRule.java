package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ManagedType;
import java.util.Optional;
import java.util.Set;

/**
 * Two users who load the same aggregate and save it overwrite each other's changes unless a
 * {@code @Version} column makes the second save fail. A version is a number: a timestamp repeats
 * within its clock's resolution (two updates in the same millisecond pass) and jumps with the clock.
 * Aggregate roots are the entities {@code soft-delete} means: hierarchy roots that do not live
 * inside a parent (whose version guards them).
 */
@RuleInfo(
        id = "version-column",
        severity = Severity.OFF,
        summary = "an aggregate root without @Version (lost updates), or a timestamp used as @Version")
public final class VersionColumnRule implements Rule {

    private static final Set<String> TIMES = Set.of("java.time.Instant", "java.time.LocalDateTime",
            "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.util.Date", "java.sql.Timestamp",
            "java.util.Calendar");

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            if (attribute.version() && !attribute.type().isError() && TIMES.contains(attribute.type().name())) {
                context.report(attribute.ref(),
                        "@Version '" + attribute.name() + "' is a " + attribute.type().simpleName()
                                + ": two updates within the clock's resolution carry the same version, so one "
                                + "overwrites the other unnoticed, and a clock set back rejects valid updates",
                        "declare it as a number: @Version private long " + attribute.name() + ";");
            }
        }
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        if (!entity.complete() || entity.type().shape().readOnly() || !Aggregates.aggregateRoot(entity, context)) {
            return;
        }
        Optional<AttributeModel> version = entity.attributes().stream().filter(AttributeModel::version).findFirst();
        if (version.isPresent()) {
            return;
        }
        context.report(entity.ref(),
                "entity " + entity.simpleName() + " has no @Version, so two transactions that change the same "
                        + "row both succeed and the last one silently overwrites the other's changes",
                "add @Version private long version; (the provider then checks it on every update and throws "
                        + "OptimisticLockException on a lost update), or, for data that is never updated "
                        + "concurrently, @Allow(value = \"version-column\", reason = \"...\")");
    }
}
