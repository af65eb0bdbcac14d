package dev.entitylint.processor.plan;

import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.PhysicalSchema;
import dev.entitylint.processor.model.References;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The repository plans of one round: each entity is planned at most once, from one set of inputs,
 * and the {@code repository} rule (which reports the problems) and the generator (which writes the
 * plan) read the same result.
 */
public final class RepositoryPlans {

    private final RepositoryPlanner planner;
    private final Map<String, RepositoryPlanner.Result> results = new HashMap<>();

    /**
     * @param softDeleteColumn the physical name of the soft-delete column ({@code deleted_at})
     * @param references the entities the round reaches (the superclasses of a subclass entity)
     * @param ownedTables the tables an entity's mapping creates (its own, collection and join tables)
     */
    public RepositoryPlans(String softDeleteColumn, References references,
            Function<EntityModel, List<PhysicalSchema.Table>> ownedTables) {
        this(softDeleteColumn, references, ownedTables, null, "deleted_by", RepositoryNaming.DEFAULT);
    }

    /**
     * @param softDeleteColumn the physical name of the soft-delete column ({@code deleted_at})
     * @param references the entities the round reaches (the superclasses of a subclass entity)
     * @param ownedTables the tables an entity's mapping creates (its own, collection and join tables)
     * @param tenantColumn the tenant column, or {@code null} when the application is not multi-tenant
     * @param deletedByColumn the column stamped with the current user on soft delete ({@code deleted_by})
     * @param naming where repositories go, what they are called, and which names are taken
     */
    public RepositoryPlans(String softDeleteColumn, References references,
            Function<EntityModel, List<PhysicalSchema.Table>> ownedTables, String tenantColumn,
            String deletedByColumn, RepositoryNaming naming) {
        this.planner = new RepositoryPlanner(softDeleteColumn, references, ownedTables, tenantColumn,
                deletedByColumn, naming);
    }

    /** The entity's plan, or why it cannot have one; planned on the first call. */
    public RepositoryPlanner.Result of(EntityModel entity) {
        RepositoryPlanner.Result result = results.get(entity.qualifiedName());
        if (result == null) {
            result = planner.plan(entity);
            results.put(entity.qualifiedName(), result);
        }
        return result;
    }
}
