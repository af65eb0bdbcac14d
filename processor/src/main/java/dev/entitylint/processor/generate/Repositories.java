package dev.entitylint.processor.generate;

import dev.entitylint.processor.finding.Finding;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.SchemaModel;
import dev.entitylint.processor.plan.RepositoryPlanner;
import dev.entitylint.processor.plan.RepositoryPlans;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import dev.entitylint.processor.config.Environment;
import dev.entitylint.processor.config.Options;

/**
 * Writes the repositories a round's entities ask for. An entity whose plan has problems gets no
 * file (the {@code repository} rule reports why); a failure while writing becomes one internal
 * finding for that entity, never an exception. Each repository is written once per compilation.
 */
public final class Repositories {

    private final Filer filer;
    private final RepositoryGenerator generator;
    private final Set<String> written = new HashSet<>();
    /** The repositories written in this compilation, by qualified name, with their entity. */
    private final java.util.Map<String, String> names = new java.util.HashMap<>();

    public Repositories(Filer filer, Environment environment) {
        this.filer = filer;
        this.generator = new RepositoryGenerator(environment.generatedAnnotation(), environment.repositories());
    }

    /**
     * Generates for every complete entity of the round that asks for a repository.
     *
     * @param plans the round's repository plans, the ones the {@code repository} rule reported on
     */
    public List<Finding> generate(SchemaModel model, RepositoryPlans plans) {
        List<Finding> failures = new ArrayList<>();
        for (EntityModel entity : model.entities()) {
            if (!entity.generateRepository() || !entity.complete() || written.contains(entity.qualifiedName())) {
                continue;
            }
            try {
                RepositoryPlanner.Result result = plans.of(entity);
                if (result.ok()) {
                    written.add(entity.qualifiedName());
                    String name = result.plan().qualifiedRepositoryName();
                    String other = names.putIfAbsent(name, entity.qualifiedName());
                    if (other != null) {
                        failures.add(taken(entity, name, "the repository generated for " + other));
                        continue;
                    }
                    generator.write(result.plan(), filer);
                }
            } catch (javax.annotation.processing.FilerException e) {
                // A type of this compilation has the name (the planner asks the class path and the
                // sources it sees; this is what another processor's file looks like).
                failures.add(taken(entity, plans.of(entity).plan().qualifiedRepositoryName(),
                        "a type this compilation already has (" + e.getMessage() + ")"));
            } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) {
                failures.add(Finding.internalFailure("repository generator", entity.type().element(), e));
            }
        }
        return failures;
    }

    /** The {@code repository} finding for a name that is in use: no file is written. */
    private static Finding taken(EntityModel entity, String name, String holder) {
        return new Finding("repository", entity.ref(), "no repository for " + entity.simpleName() + ": the name "
                + name + " is taken by " + holder + ", so the generated repository cannot have it",
                "name generated repositories otherwise with -A" + Options.REPOSITORY_NAME + "={Entity}Store or put "
                        + "them in their own package with -A" + Options.REPOSITORY_PACKAGE + "={package}.generated",
                List.of());
    }
}
