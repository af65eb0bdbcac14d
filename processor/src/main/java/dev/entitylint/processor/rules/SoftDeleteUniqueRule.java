package dev.entitylint.processor.rules;

import dev.entitylint.processor.model.PhysicalSchema;
import dev.entitylint.processor.model.SoftDeleteStrategy;
import dev.entitylint.processor.model.InheritanceStrategy;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.Names;
import java.util.List;

/** On a soft-deleted table, uniqueness holds among live rows: a partial unique index. */
@RuleInfo(
        id = "soft-delete-unique",
        severity = Severity.WARNING,
        summary = "a unique constraint on a soft-deletable table that also counts deleted rows")
public final class SoftDeleteUniqueRule implements Rule {

    /** The soft-delete column ({@code -Aentitylint.softDelete.column}). */
    private final String softDeleteColumn;
    /** The names it proposes. */
    private final ProposedNames names;

    /** Made for each compilation, with the options it reads. */
    SoftDeleteUniqueRule(String softDeleteColumn, ProposedNames names) {
        this.softDeleteColumn = softDeleteColumn;
        this.names = names;
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        String column;
        String live;
        boolean nullMarksLive;
        String configured = softDeleteColumn;
        if (entity.table().indexes().stream().noneMatch(IndexModel::unique)) {
            return; // nothing unique to judge: the table's columns need not be looked up
        }
        PhysicalSchema.Column marker = context.model().tableOf(entity).flatMap(t -> t.column(configured)).orElse(null);
        if (marker != null) {
            column = Names.key(configured);
            // A configured flag (a project whose convention is is_deleted) marks live rows false or 0, not NULL.
            boolean flag = marker.isBoolean() || marker.isIntegral();
            live = column + (!flag ? " IS NULL" : marker.isBoolean() ? " = false" : " = 0");
            nullMarksLive = !flag;
        } else if (entity.hibernateSoftDelete() != null
                && (entity.isHierarchyRoot() || entity.inheritance() == InheritanceStrategy.SINGLE_TABLE)) {
            column = entity.hibernateSoftDelete().column();
            SoftDeleteStrategy strategy = entity.hibernateSoftDelete().strategy();
            nullMarksLive = strategy == SoftDeleteStrategy.TIMESTAMP;
            live = nullMarksLive ? column + " IS NULL"
                    : column + (strategy == SoftDeleteStrategy.ACTIVE ? " = true" : " = false");
        } else {
            return;
        }
        String table = entity.table().name();
        for (IndexModel index : entity.table().indexes()) {
            if (!index.unique() || index.columns().isEmpty()
                    || (index.kind() != IndexModel.Kind.UNIQUE_COLUMN && !RuleSupport.declaredOn(index, entity))) {
                continue;
            }
            boolean includesMarker = index.columns().stream().anyMatch(c -> Names.same(c, column));
            List<String> keyColumns = index.columns().stream().filter(c -> !Names.same(c, column)).toList();
            if (keyColumns.isEmpty()) {
                continue;
            }
            String key = String.join(", ", keyColumns);
            String problem;
            if (!includesMarker) {
                problem = RuleSupport.describe(index) + " of soft-deletable table '" + table + "' also counts "
                        + "deleted rows, so no new live row can take a deleted row's (" + key + ")";
            } else if (nullMarksLive) {
                problem = RuleSupport.describe(index) + " of soft-deletable table '" + table + "' includes "
                        + column + ", but NULLs never equal each other, so two live rows with the same (" + key
                        + ") are both accepted";
            } else {
                problem = RuleSupport.describe(index) + " of soft-deletable table '" + table + "' includes "
                        + column + ", so the same (" + key + ") can be deleted only once";
            }
            String name = names.unique(table, keyColumns);
            String fix = "enforce uniqueness among live rows with a partial unique index in the migration, "
                    + "CREATE UNIQUE INDEX " + name + " ON " + table + " (" + key + ") WHERE " + live
                    + ", and remove " + (index.kind() == IndexModel.Kind.UNIQUE_COLUMN ? "unique = true" : "this "
                    + (index.kind() == IndexModel.Kind.INDEX ? "@Index" : "@UniqueConstraint")) + " from the mapping";
            RuleSupport.reportForTable(context, entity, index.source(), problem, fix);
        }
    }
}
