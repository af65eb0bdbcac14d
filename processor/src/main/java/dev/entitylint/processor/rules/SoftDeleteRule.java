package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.EntityModel;
import java.util.Optional;

/** Entities keep deleted rows, marked by a nullable timestamp (NULL means live). */
public final class SoftDeleteRule implements Rule {

    @Override
    public String id() {
        return "soft-delete";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "an entity without a nullable timestamp soft-delete column (deleted_at)";
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        if (!entity.isHierarchyRoot() || entity.hibernateSoftDelete() != null) {
            return;
        }
        String columnName = context.options().softDeleteColumn();
        Optional<ColumnModel> found = entity.column(columnName);
        if (found.isEmpty()) {
            // Only a complete entity can be said to lack it (see audit-fields).
            if (context.options().softDelete() == Options.SoftDeleteMode.REQUIRED && entity.complete()) {
                context.report(entity.ref(),
                        "entity " + entity.simpleName() + " has no " + columnName
                                + " soft-delete column, so deleting one of its rows destroys it for good",
                        "add @Column(name = \"" + columnName + "\") private Instant "
                                + AuditFieldsRule.camelCase(columnName) + "; (NULL means live), or, if its rows "
                                + "are meant to be removed, @Allow(value = \"soft-delete\", reason = \"...\")");
            }
            return;
        }
        ColumnModel column = found.get();
        AttributeModel attribute = column.attribute();
        if (column.type() != null && !column.type().isError() && !column.type().isTimestamp()) {
            context.report(attribute.ref(),
                    "soft-delete column '" + column.name() + "' is " + column.type().simpleName()
                            + ", but it must record when the row was deleted",
                    "declare '" + attribute.name() + "' as Instant (or OffsetDateTime, ZonedDateTime, LocalDateTime), "
                            + "NULL meaning live");
        } else if (!column.nullable()) {
            boolean writtenNotNull = Boolean.FALSE.equals(attribute.column().nullable());
            context.report(writtenNotNull ? attribute.column().ref("nullable") : attribute.ref(),
                    "soft-delete column '" + column.name() + "' is NOT NULL, but NULL is how a live row is marked",
                    writtenNotNull
                            ? "remove nullable = false from its @Column"
                            : "remove the not-null constraint from '" + attribute.name() + "'");
        }
    }
}
