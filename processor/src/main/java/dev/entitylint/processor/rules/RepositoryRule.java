package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.generate.RepositoryPlanner;
import dev.entitylint.processor.model.EntityModel;

/**
 * An entity that asks for a generated repository ({@code @GenerateRepository} on the class or its
 * package) but cannot get one: no id, an unsupported id shape, an index naming a column the entity
 * does not map, a soft-delete column the repository cannot write. The generator writes no file
 * for such an entity, so this is the only trace of the missing repository.
 */
@RuleInfo(
        id = "repository",
        severity = Severity.ERROR,
        summary = "an entity that asks for a generated repository but cannot get one")
public final class RepositoryRule implements Rule {

    /** The soft-delete column ({@code -Aentitylint.softDelete.column}). */
    private final String softDeleteColumn;

    /** Made for each compilation, with the options it reads. */
    RepositoryRule(String softDeleteColumn) {
        this.softDeleteColumn = softDeleteColumn;
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        if (!entity.generateRepository()) {
            return;
        }
        RepositoryPlanner planner = new RepositoryPlanner(softDeleteColumn,
                context.model()::entity);
        for (RepositoryPlanner.Problem problem : planner.plan(entity).problems()) {
            context.report(entity.ref(), "no repository for " + entity.simpleName() + ": " + problem.problem(),
                    problem.fix());
        }
    }
}
