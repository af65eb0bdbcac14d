package dev.entitylint.processor.rules;

import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.RepositoryModel;

/**
 * One check. A rule reads the schema model only, reports through its {@link RuleContext}, never
 * throws on purpose and never depends on another rule. What it is (id, severity, summary) is
 * written on its class with {@link RuleInfo}. Checks come in two grains so a failure can be pinned
 * to one element: attributes as their class declares them, and entities resolved with their table.
 */
public interface Rule {

    /**
     * Checks what one class declares itself: called once for every entity, mapped superclass and
     * embeddable compiled, so a problem in shared code is reported once, where it is written.
     */
    default void checkType(ManagedType type, RuleContext context) {
    }

    /** Checks one entity resolved with its inherited state and its table. */
    default void checkEntity(EntityModel entity, RuleContext context) {
    }

    /**
     * Checks the queries one repository interface (or one entity's {@code @NamedQuery}s) declares,
     * once for every such type compiled; the entities they read are reached through the model.
     */
    default void checkQueries(RepositoryModel repository, RuleContext context) {
    }
}
