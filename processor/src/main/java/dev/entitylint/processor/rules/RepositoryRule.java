package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.plan.RepositoryPlanner;

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

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        // An entity with an unresolved type gets no repository (the generator skips it) and no
        // finding either: javac reports the error, and whatever the repository lacks may be in it.
        if (!entity.generateRepository() || !entity.complete()) {
            return;
        }
        for (RepositoryPlanner.Problem problem : context.repositoryPlan(entity).problems()) {
            context.report(entity.ref(), "no repository for " + entity.simpleName() + ": " + problem.problem(),
                    problem.fix());
        }
    }
}
