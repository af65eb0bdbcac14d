package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.PhysicalSchema;
import dev.entitylint.processor.model.QueryModel;
import dev.entitylint.processor.model.RepositoryModel;
import dev.entitylint.processor.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An index no query of the compilation uses: a note, in the strict profile only, and only for an
 * entity that has a repository in the compilation whose every query entitylint read (the
 * compilation may not see every query: reports, native SQL, other services).
 */
@RuleInfo(
        id = "unused-index",
        severity = Severity.OFF,
        summary = "an index whose leading column no query of the compilation filters or sorts by "
                + "(a note, strict profile)")
public final class UnusedIndexRule implements Rule {

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        SchemaModel model = context.model();
        List<RepositoryModel> repositories = model.repositories().stream()
                .filter(r -> r.kind().isRepository() && SchemaModel.managedBy(r).contains(entity.qualifiedName()))
                .toList();
        if (repositories.isEmpty()) {
            return;
        }
        Optional<PhysicalSchema.Table> table = model.tableOf(entity);
        if (table.isEmpty()) {
            return;
        }
        List<String> used = new ArrayList<>();
        for (RepositoryModel repository : model.repositories()) {
            boolean reads = SchemaModel.managedBy(repository).contains(entity.qualifiedName());
            if (reads && repository.unread() > 0) {
                return; // a query entitylint could not read may use any index
            }
            for (QueryModel query : repository.queries()) {
                if (!query.resolved() || !model.entityOf(query).map(e -> e == entity).orElse(false)) {
                    if (reads && !query.resolved()) {
                        return;
                    }
                    continue;
                }
                for (List<QueryModel.Condition> conjunction : query.disjuncts()) {
                    for (QueryModel.Condition condition : conjunction) {
                        add(used, QueryColumns.columns(condition.path(), entity, table.get()));
                    }
                }
                for (QueryModel.Order order : query.orderBy()) {
                    add(used, QueryColumns.columns(order.path(), entity, table.get()));
                }
            }
        }
        for (PhysicalSchema.ForeignKey foreignKey : table.get().foreignKeys()) {
            used.addAll(foreignKey.columns()); // joins and deletes of the parent use its index
        }
        for (IndexModel index : entity.table().indexes()) {
            if (index.kind() != IndexModel.Kind.INDEX || index.unique() || index.columns().isEmpty()
                    || !RuleSupport.declaredOn(index, entity)) {
                continue;
            }
            String leading = index.columns().get(0);
            if (used.stream().anyMatch(c -> Names.same(c, leading))) {
                continue;
            }
            int queries = repositories.stream().mapToInt(r -> r.queries().size()).sum();
            context.note(index.source(),
                    RuleSupport.describe(index) + " of table '" + entity.table().name() + "' leads with " + leading
                            + ", which none of the " + queries + " queries of "
                            + String.join(", ", repositories.stream().map(r -> r.element().getSimpleName()
                                    .toString()).toList())
                            + " filters or sorts by, so it costs every write and serves no read this compilation makes",
                    "drop it, or say what uses it (a report, native SQL, another service) with "
                            + "@Allow(value = \"unused-index\", reason = \"...\")");
        }
    }

    private static void add(List<String> used, List<String> columns) {
        if (columns != null) {
            used.addAll(columns);
        }
    }
}
