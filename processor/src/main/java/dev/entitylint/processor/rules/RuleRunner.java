package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Environment;
import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.evolve.MigrationIndexes;
import dev.entitylint.processor.evolve.SchemaChange;
import dev.entitylint.processor.evolve.Snapshot;
import dev.entitylint.processor.finding.Finding;
import dev.entitylint.processor.finding.SourceFix;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.RepositoryModel;
import dev.entitylint.processor.model.SchemaModel;
import dev.entitylint.processor.model.SourceRef;
import dev.entitylint.processor.plan.RepositoryPlanner;
import dev.entitylint.processor.plan.RepositoryPlans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.lang.model.element.Element;

/**
 * Runs every enabled rule over a model. A rule that throws on one element becomes one
 * {@code internal} finding naming the rule and the element; every other rule and element still runs.
 */
public final class RuleRunner {

    private final RuleRegistry registry;
    private final Options options;
    private final Environment environment;
    private final MigrationIndexes migrations;
    private final List<SchemaChange> schemaChanges;
    private final Snapshot snapshot;
    private final Snapshot currentSchema;

    public RuleRunner(RuleRegistry registry, Options options, Environment environment, MigrationIndexes migrations) {
        this(registry, options, environment, migrations, List.of(), null);
    }

    /**
     * @param schemaChanges the round's changes since the latest schema snapshot
     * @param snapshot that snapshot, or {@code null}
     */
    public RuleRunner(RuleRegistry registry, Options options, Environment environment, MigrationIndexes migrations,
            List<SchemaChange> schemaChanges, Snapshot snapshot) {
        this(registry, options, environment, migrations, schemaChanges, snapshot, null);
    }

    /** @param currentSchema the whole current schema the changes lead to, or {@code null} */
    public RuleRunner(RuleRegistry registry, Options options, Environment environment, MigrationIndexes migrations,
            List<SchemaChange> schemaChanges, Snapshot snapshot, Snapshot currentSchema) {
        this.currentSchema = currentSchema;
        this.registry = registry;
        this.options = options;
        this.environment = environment;
        this.migrations = migrations;
        this.schemaChanges = List.copyOf(schemaChanges);
        this.snapshot = snapshot;
    }

    /**
     * Runs the rules over the round's model.
     *
     * @param plans the round's repository plans, which the generator writes from afterwards
     */
    public List<Finding> run(SchemaModel model, RepositoryPlans plans) {
        List<Finding> findings = new ArrayList<>();
        // Indexes over the whole round, built at most once, and only if a rule asks.
        Supplier<Embeddings> embeddingsOfRound = once(() -> new Embeddings(model));
        List<Context> enabled = new ArrayList<>();
        for (RuleRegistry.Made made : registry.enabled(options)) {
            enabled.add(new Context(made.descriptor().id(), made.rule(), model, plans, findings,
                    embeddingsOfRound));
        }
        // Every rule on one type before the next type: the type's model stays in the CPU's caches,
        // where a pass of each rule over the whole round would fetch every type again 24 times.
        for (ManagedType type : model.types()) {
            for (Context context : enabled) {
                guarded(context.id, type.element(), findings, () -> context.rule.checkType(type, context));
            }
        }
        for (EntityModel entity : model.entities()) {
            for (Context context : enabled) {
                guarded(context.id, entity.type().element(), findings,
                        () -> context.rule.checkEntity(entity, context));
            }
        }
        for (RepositoryModel repository : model.repositories()) {
            for (Context context : enabled) {
                guarded(context.id, repository.element(), findings,
                        () -> context.rule.checkQueries(repository, context));
            }
        }
        return findings;
    }

    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    private static void guarded(String ruleId, Element element, List<Finding> findings, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            findings.add(Finding.internalFailure("rule '" + ruleId + "'", element, e));
        }
    }

    private final class Context implements RuleContext {
        private final String id;
        private final Rule rule;
        private final SchemaModel model;
        private final RepositoryPlans plans;
        private final Consumer<Finding> sink;

        private final Supplier<Embeddings> embeddings;

        Context(String id, Rule rule, SchemaModel model, RepositoryPlans plans, List<Finding> findings,
                Supplier<Embeddings> embeddings) {
            this.id = id;
            this.embeddings = embeddings;
            this.rule = rule;
            this.model = model;
            this.plans = plans;
            this.sink = findings::add;
        }

        @Override
        public SchemaModel model() {
            return model;
        }

        @Override
        public boolean everyUseOverrides(ManagedType embeddable, AttributeModel attribute,
                Predicate<ColumnSpec> stated) {
            return embeddings.get().everyUseOverrides(embeddable, attribute, stated);
        }

        @Override
        public Optional<ManagedType> embeddableOf(AttributeModel attribute) {
            return embeddings.get().embeddableOf(attribute);
        }

        @Override
        public Environment environment() {
            return environment;
        }

        @Override
        public MigrationIndexes migrations() {
            return migrations;
        }

        @Override
        public List<SchemaChange> schemaChanges() {
            return schemaChanges;
        }

        @Override
        public Optional<Snapshot> schemaSnapshot() {
            return Optional.ofNullable(snapshot);
        }

        @Override
        public Optional<Snapshot> currentSchema() {
            return Optional.ofNullable(currentSchema);
        }

        @Override
        public RepositoryPlanner.Result repositoryPlan(EntityModel entity) {
            return plans.of(entity);
        }

        @Override
        public Set<String> ruleIds() {
            return registry.ids();
        }

        @Override
        public void report(SourceRef where, String problem, String fix) {
            sink.accept(new Finding(id, where, problem, fix, List.of()));
        }

        @Override
        public void report(SourceRef where, String problem, String fix, Element alsoSuppressedBy) {
            sink.accept(new Finding(id, where, problem, fix, List.of(alsoSuppressedBy)));
        }

        @Override
        public void report(SourceRef where, String problem, String fix, SourceFix mechanical) {
            sink.accept(new Finding(id, where, problem, fix, List.of(), false, mechanical));
        }

        @Override
        public void report(SourceRef where, String problem, String fix, Element alsoSuppressedBy,
                SourceFix mechanical) {
            sink.accept(new Finding(id, where, problem, fix, List.of(alsoSuppressedBy), false, mechanical));
        }

        @Override
        public void note(SourceRef where, String problem, String fix) {
            sink.accept(new Finding(id, where, problem, fix, List.of(), true, null));
        }
    }
}
