package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Environment;
import dev.entitylint.processor.evolve.MigrationIndexes;
import dev.entitylint.processor.evolve.SchemaChange;
import dev.entitylint.processor.evolve.Snapshot;
import dev.entitylint.processor.finding.SourceFix;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.SchemaModel;
import dev.entitylint.processor.model.SourceRef;
import dev.entitylint.processor.plan.RepositoryPlanner;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Element;

/** What a rule may see and where it reports. */
public interface RuleContext {

    SchemaModel model();

    /** What the compile class path holds: the provider, and the libraries a proposed fix may use. */
    Environment environment();

    /** The indexes the project's migrations create ({@code -Aentitylint.migrations}); none when unset. */
    MigrationIndexes migrations();

    /**
     * The changes since the latest committed schema snapshot ({@code -Aentitylint.migrations})
     * that belong to this round: those of the entities it compiles (each change names its
     * {@link SchemaChange#entity()} and, when the sources declare it, its
     * {@link SchemaChange#source()}), plus once per compilation those of no current entity (a
     * table whose entity class is gone). The diff is taken over the whole schema, entities not
     * compiled now read from their class files. Empty without the option or without a snapshot.
     */
    default List<SchemaChange> schemaChanges() {
        return List.of();
    }

    /** The latest committed schema snapshot, when {@code -Aentitylint.migrations} names a directory holding one. */
    default Optional<Snapshot> schemaSnapshot() {
        return Optional.empty();
    }

    /**
     * The whole schema the compilation maps now, as a snapshot (entities not compiled in this
     * round read from their class files), when {@code -Aentitylint.migrations} names a directory
     * holding a snapshot: what a change is judged against (is the entity of a dropped table gone?).
     */
    default Optional<Snapshot> currentSchema() {
        return Optional.empty();
    }

    /**
     * The round's repository plan for an entity, or why it cannot have one: the very result the
     * generator writes from, planned once per entity.
     */
    RepositoryPlanner.Result repositoryPlan(EntityModel entity);

    /** Every valid rule id, for rules that validate ids written by users. */
    Set<String> ruleIds();


    /**
     * Whether {@code embeddable} is used in this round and every use overrides the column of its
     * {@code attribute} with an {@code @AttributeOverride} whose column {@code stated} accepts.
     */
    boolean everyUseOverrides(ManagedType embeddable, AttributeModel attribute, Predicate<ColumnSpec> stated);

    /** The embeddable an {@code @Embedded} or {@code @ElementCollection} attribute holds, if this round compiles it. */
    Optional<ManagedType> embeddableOf(AttributeModel attribute);

    /**
     * Reports a finding.
     *
     * @param where what the diagnostic points at
     * @param problem what is wrong (no trailing period)
     * @param fix what to type instead
     */
    void report(SourceRef where, String problem, String fix);

    /**
     * Reports a finding as a note at most, whatever the rule's severity: a hint that belongs to
     * the rule but is not a defect on its own. It is not reported when the rule is off.
     */
    default void note(SourceRef where, String problem, String fix) {
        report(where, problem, fix);
    }

    /** Reports a finding that a suppression on {@code alsoSuppressedBy} excuses as well. */
    void report(SourceRef where, String problem, String fix, Element alsoSuppressedBy);

    /**
     * Reports a finding whose fix is mechanical: {@code mechanical} makes exactly the change
     * {@code fix} states, and goes into the fix patch ({@code -Aentitylint.fix}).
     */
    void report(SourceRef where, String problem, String fix, SourceFix mechanical);

    /** Both of the above: excused by a suppression on {@code alsoSuppressedBy}, with a mechanical fix. */
    void report(SourceRef where, String problem, String fix, Element alsoSuppressedBy, SourceFix mechanical);
}
