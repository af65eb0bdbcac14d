package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.LifecycleCallback;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.ManagedTypeKind;
import dev.entitylint.processor.model.Names;

/**
 * The audit timestamps follow the project's column names ({@code created_at}, {@code updated_at},
 * configurable). Apart from {@code audit-fields}, which asks only that the times are kept: a time
 * kept under another name is a naming matter, reported once where the attribute is written.
 */
@RuleInfo(
        id = "audit-column-name",
        severity = Severity.NOTE,
        summary = "a creation or modification timestamp whose column is not named as the convention says "
                + "(created_at, updated_at)")
public final class AuditColumnNameRule implements Rule {

    /** The creation-time column ({@code -Aentitylint.auditFields.created}). */
    private final String createdColumn;
    /** The last-change column ({@code -Aentitylint.auditFields.updated}). */
    private final String updatedColumn;

    /** Made for each compilation, with the options it reads. */
    AuditColumnNameRule(String createdColumn, String updatedColumn) {
        this.createdColumn = createdColumn;
        this.updatedColumn = updatedColumn;
    }

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        String createdName = createdColumn;
        String updatedName = updatedColumn;
        for (AttributeModel attribute : type.declaredAttributes()) {
            if (attribute.kind() != AttributeKind.BASIC || attribute.id() || attribute.version()
                    || attribute.type().isError() || attribute.column().table() != null) {
                continue;
            }
            String logical = attribute.column().name() != null ? attribute.column().name() : attribute.name();
            String column = Names.isQuoted(logical) ? Names.unquote(logical) : context.model().naming().physical(logical);
            boolean onInsert = AuditTimes.fillsOnInsert(attribute);
            boolean onUpdate = AuditTimes.fillsOnUpdate(attribute);
            if (type.kind() != ManagedTypeKind.EMBEDDABLE) {
                for (LifecycleCallback callback : type.callbacks()) {
                    if (!callback.listener() && callback.bodyKnown() && AuditTimes.isTimeType(attribute.type())
                            && callback.assigned().contains(attribute.name())) {
                        onInsert |= callback.prePersist() && !callback.preUpdate();
                        onUpdate |= callback.preUpdate();
                    }
                }
            }
            boolean created = onInsert && !onUpdate
                    || (!onInsert && !onUpdate && AuditTimes.namedCreated(column, attribute.type())
                            && !AuditTimes.namedUpdated(column, attribute.type()));
            boolean updated = onUpdate
                    || (!onInsert && AuditTimes.namedUpdated(column, attribute.type())
                            && !AuditTimes.namedCreated(column, attribute.type()));
            String wanted = created ? createdName : updated ? updatedName : null;
            if (wanted == null || created && updated || Names.same(column, wanted)) {
                continue;
            }
            boolean written = attribute.column().name() != null;
            context.report(written ? attribute.column().ref("name") : attribute.ref(),
                    "column '" + column + "' keeps the time a row was " + (created ? "created" : "last changed")
                            + ", but the project's convention names it " + wanted,
                    (written ? "write @Column(name = \"" + wanted + "\")" : "name its column: @Column(name = \""
                            + wanted + "\")")
                            + " in the mapping and the migration, or, if the project names it " + column
                            + " throughout, set -Aentitylint.auditFields." + (created ? "created" : "updated")
                            + "=" + column);
        }
    }
}
