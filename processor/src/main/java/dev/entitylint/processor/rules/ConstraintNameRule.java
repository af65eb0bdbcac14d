package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.finding.SourceFix;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.IndexModel;

/** Indexes and unique constraints have explicit names. */
@RuleInfo(
        id = "constraint-name",
        severity = Severity.WARNING,
        summary = "an @Index or @UniqueConstraint without an explicit name")
public final class ConstraintNameRule implements Rule {

    /** The names it proposes. */
    private final ProposedNames names;

    /** Made for each compilation, with the options it reads. */
    ConstraintNameRule(ProposedNames names) {
        this.names = names;
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        String table = entity.table().name();
        for (IndexModel index : entity.table().indexes()) {
            if (index.hasExplicitName() || index.kind() == IndexModel.Kind.UNIQUE_COLUMN
                    || !index.declaredOn().equals(entity.type().element())) {
                continue;
            }
            String columns = String.join(", ", index.columns());
            if (index.kind() == IndexModel.Kind.INDEX) {
                String name = names.index(table, index.columns());
                context.report(index.source(),
                        "@Index on (" + columns + ") of table '" + table + "' has no name, so the provider invents "
                                + "one that differs between providers and breaks migrations",
                        "name it: @Index(name = " + SourceFix.literal(name) + ", columnList = "
                                + SourceFix.literal(columns) + ")",
                        SourceFix.SetMember.of(index.source().element(), index.source().annotation(), "name",
                                SourceFix.literal(name)));
            } else {
                String name = names.unique(table, index.columns());
                context.report(index.source(),
                        "@UniqueConstraint on (" + columns + ") of table '" + table + "' has no name, so the "
                                + "provider invents one that differs between providers and breaks migrations",
                        "name it: @UniqueConstraint(name = " + SourceFix.literal(name) + ", columnNames = {"
                                + quotedList(index) + "})",
                        SourceFix.SetMember.of(index.source().element(), index.source().annotation(), "name",
                                SourceFix.literal(name)));
            }
        }
    }

    private static String quotedList(IndexModel index) {
        StringBuilder list = new StringBuilder();
        for (String column : index.columns()) {
            if (list.length() > 0) {
                list.append(", ");
            }
            list.append(SourceFix.literal(column));
        }
        return list.toString();
    }
}
