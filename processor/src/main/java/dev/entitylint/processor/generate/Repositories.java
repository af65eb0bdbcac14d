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

/**
 * Writes the repositories a round's entities ask for. An entity whose plan has problems gets no
 * file (the {@code repository} rule reports why); a failure while writing becomes one internal
 * finding for that entity, never an exception. Each repository is written once per compilation.
 */
public final class Repositories {

    private final Filer filer;
    private final RepositoryGenerator generator;
    private final Set<String> written = new HashSet<>();

    public Repositories(Filer filer, Environment environment) {
        this.filer = filer;
        this.generator = new RepositoryGenerator(environment.generatedAnnotation());
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
                    generator.write(result.plan(), filer);
                }
            } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) {
                failures.add(Finding.internalFailure("repository generator", entity.type().element(), e));
            }
        }
        return failures;
    }
}
