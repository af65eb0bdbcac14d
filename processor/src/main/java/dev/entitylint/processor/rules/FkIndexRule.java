package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.finding.SourceFix;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ForeignKeyModel;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.TableModel;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/** Every foreign key column of an owning to-one association leads an index of its table. */
@RuleInfo(
        id = "fk-index",
        severity = Severity.ERROR,
        summary = "a foreign key column that does not lead any index or unique constraint of its table")
public final class FkIndexRule implements Rule {

    /** The names it proposes. */
    private final ProposedNames names;

    /** Made for each compilation, with the options it reads. */
    FkIndexRule(ProposedNames names) {
        this.names = names;
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        TableModel table = entity.table();
        for (ForeignKeyModel foreignKey : table.foreignKeys()) {
            if (!foreignKey.attribute().kind().isToOne() || table.isLedBy(foreignKey.columns())
                    || context.migrations().leads(table.name(), foreignKey.columns())) {
                continue;
            }
            String columns = String.join(", ", foreignKey.columns());
            String problem = (foreignKey.columns().size() == 1
                    ? "foreign key column '" + columns + "'"
                    : "foreign key columns (" + columns + ")")
                    + " of table '" + table.name() + "' (from " + origin(entity, foreignKey) + ")"
                    + (foreignKey.columns().size() == 1 ? " leads" : " lead") + " no index the mapping declares, so "
                    + "unless a migration creates one, joins and parent deletes scan the whole table"
                    + buriedIn(entity, foreignKey.columns());
            // A single-table subclass has no @Table of its own: the index goes on the hierarchy root.
            TypeElement tableOwner = RuleSupport.owningType(table.source().element());
            String index = "@Index(name = " + SourceFix.literal(names.index(table.name(),
                    foreignKey.columns())) + ", columnList = " + SourceFix.literal(columns) + ")";
            String fix = "add " + index + " to @Table(indexes = ...) of "
                    + (tableOwner == null ? entity.simpleName() : tableOwner.getSimpleName());
            SourceFix mechanical = tableOwner == null ? null : new SourceFix.AddIndex(tableOwner, index);
            if (foreignKey.declaredIn().equals(entity.type().element())) {
                context.report(foreignKey.attribute().ref(), problem, fix, mechanical);
            } else {
                // Inherited or embedded: point at the entity's own attribute that brings the key in
                // (an @Embedded field), else at the entity, which is where the index must be added.
                Optional<AttributeModel> carrier = ownAttributeMapping(entity, foreignKey);
                context.report(carrier.map(AttributeModel::ref).orElse(entity.ref()), problem, fix,
                        foreignKey.attribute().element(), mechanical);
            }
        }
    }

    private static Optional<AttributeModel> ownAttributeMapping(EntityModel entity, ForeignKeyModel foreignKey) {
        String path = entity.table().column(foreignKey.columns().get(0))
                .map(c -> c.attributePath())
                .orElse("");
        String topLevel = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        return entity.type().declaredAttributes().stream()
                .filter(a -> a.name().equals(topLevel) && a.kind().isEmbedded())
                .findFirst();
    }

    private static String origin(EntityModel entity, ForeignKeyModel foreignKey) {
        String attribute = foreignKey.attribute().name();
        if (foreignKey.declaredIn().equals(entity.type().element())) {
            return attribute;
        }
        boolean embedded = ownAttributeMapping(entity, foreignKey).isPresent();
        return attribute + (embedded ? " of embedded " : " inherited from ") + foreignKey.declaredIn().getSimpleName();
    }

    /** Mentions an index that holds the columns but not first, the usual near miss. */
    private static String buriedIn(EntityModel entity, List<String> columns) {
        TableModel table = entity.table();
        if (contains(table.primaryKey(), columns)) {
            String them = columns.size() == 1 ? "it" : "them";
            return "; the primary key (" + String.join(", ", table.primaryKey()) + ") has " + them
                    + ", but not first, which does not help lookups by " + them + " alone"
                    + (entity.idAttributes().size() > 1 ? " (Hibernate orders @IdClass key columns by attribute name)" : "");
        }
        for (IndexModel index : table.indexes()) {
            boolean containsAll = columns.stream()
                    .allMatch(c -> index.columns().stream().anyMatch(ic -> Names.same(ic, c)));
            if (containsAll) {
                String name = index.hasExplicitName() ? "'" + index.name() + "'" : "(" + String.join(", ", index.columns()) + ")";
                return "; index " + name + " has them, but not first, which does not help lookups by them alone";
            }
        }
        return "";
    }

    private static boolean contains(List<String> container, List<String> columns) {
        return !container.isEmpty()
                && columns.stream().allMatch(c -> container.stream().anyMatch(k -> Names.same(k, c)));
    }
}
