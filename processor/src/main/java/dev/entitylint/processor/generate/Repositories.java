package dev.entitylint.processor.generate;

import dev.entitylint.processor.finding.Finding;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.PhysicalSchema;
import dev.entitylint.processor.model.SchemaModel;
import dev.entitylint.processor.plan.RepositoryPlanner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.Filer;
import javax.lang.model.util.Elements;

/**
 * Writes the repositories a round's entities ask for. An entity whose plan has problems gets no
 * file (the {@code repository} rule reports why); a failure while writing becomes one internal
 * finding for that entity, never an exception. Each repository is written once per compilation.
 */
public final class Repositories {

    private final Filer filer;
    private final RepositoryGenerator generator;
    private final String softDeleteColumn;
    private final Set<String> written = new HashSet<>();

    public Repositories(Filer filer, Elements elements, String softDeleteColumn) {
        this.filer = filer;
        this.generator = new RepositoryGenerator(elements);
        this.softDeleteColumn = softDeleteColumn;
    }

    /**
     * Generates for every complete entity of the round that asks for a repository.
     *
     * @param ownedTables the tables an entity's mapping creates (its own, collection and join tables)
     */
    public List<Finding> generate(SchemaModel model, Function<EntityModel, List<PhysicalSchema.Table>> ownedTables) {
        List<Finding> failures = new ArrayList<>();
        RepositoryPlanner planner = new RepositoryPlanner(softDeleteColumn, model::entity, ownedTables);
        for (EntityModel entity : model.entities()) {
            if (!entity.generateRepository() || !entity.complete() || written.contains(entity.qualifiedName())) {
                continue;
            }
            try {
                RepositoryPlanner.Result result = planner.plan(entity);
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
