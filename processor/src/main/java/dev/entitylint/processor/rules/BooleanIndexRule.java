package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.PhysicalSchema;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.IndexModel;
import java.util.List;

/** A boolean alone selects half a table: an index on it is not used but costs every write. */
@RuleInfo(
        id = "boolean-index",
        severity = Severity.WARNING,
        summary = "a single-column index on a boolean column")
public final class BooleanIndexRule implements Rule {

    /** The names it proposes. */
    private final ProposedNames names;

    /** Made for each compilation, with the options it reads. */
    BooleanIndexRule(ProposedNames names) {
        this.names = names;
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        for (IndexModel index : entity.table().indexes()) {
            if (index.kind() != IndexModel.Kind.INDEX || index.unique() || index.columns().size() != 1
                    || !RuleSupport.declaredOn(index, entity)) {
                continue;
            }
            String name = index.columns().get(0);
            PhysicalSchema.Column column = context.model().tableOf(entity)
                    .flatMap(t -> t.column(name)).orElse(null);
            if (column == null || !column.isBoolean()) {
                continue;
            }
            String table = entity.table().name();
            context.report(index.ref("columnList"),
                    "index on boolean column '" + column.name() + "' of table '" + table + "' can only split the "
                            + "table in two, so the planner scans instead and every write still pays for the index",
                    "remove it, or lead with the selective column the queries filter by (columnList = \"<column>, "
                            + column.name() + "\"); for a rare value, create a partial index in the migration: "
                            + "CREATE INDEX " + names.index(table, List.of(column.name())) + " ON " + table + " (id) WHERE "
                            + column.name());
        }
    }
}
