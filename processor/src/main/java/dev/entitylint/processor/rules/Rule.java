package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ManagedType;

/**
 * One check. A rule reads the schema model only, reports through its {@link RuleContext}, never
 * throws on purpose and never depends on another rule. Checks come in two grains so a failure
 * can be pinned to one element: attributes as their class declares them, and entities resolved
 * with their table.
 */
public interface Rule {

    /** The stable kebab-case id, also the name of the rule's page under {@code docs/rules/}. */
    String id();

    /** The severity under the {@code recommended} defaults. */
    Severity defaultSeverity();

    /**
     * Whether the rule's findings break the application at run time (the provider refuses to
     * start, or the database rejects the SQL). Those rules stay on under the {@code relaxed} profile.
     */
    default boolean breaksAtRunTime() {
        return false;
    }

    /**
     * The severity before the entries of {@code -Aentitylint.rules} apply: the default adjusted
     * by the profile. A rule whose default depends on another option overrides this.
     */
    default Severity baseSeverity(Options options) {
        return options.profile().apply(defaultSeverity(), breaksAtRunTime());
    }

    /** One line: what the rule reports. */
    String summary();

    /**
     * Checks what one class declares itself: called once for every entity, mapped superclass and
     * embeddable compiled, so a problem in shared code is reported once, where it is written.
     */
    default void checkType(ManagedType type, RuleContext context) {
    }

    /** Checks one entity resolved with its inherited state and its table. */
    default void checkEntity(EntityModel entity, RuleContext context) {
    }
}
