package dev.entitylint.processor;

import com.google.auto.service.AutoService;
import dev.entitylint.processor.config.Environment;
import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.UserFiles;
import dev.entitylint.processor.config.ConstraintNames;
import dev.entitylint.processor.evolve.MigrationIndexes;
import dev.entitylint.processor.evolve.SchemaChange;
import dev.entitylint.processor.evolve.SchemaEvolution;
import dev.entitylint.processor.finding.Finding;
import dev.entitylint.processor.generate.Repositories;
import dev.entitylint.processor.model.Annotations;
import dev.entitylint.processor.model.CallbackBodies;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.ManagedTypeKind;
import dev.entitylint.processor.model.ModelBuilder;
import dev.entitylint.processor.model.References;
import dev.entitylint.processor.model.RepositoryModel;
import dev.entitylint.processor.model.SchemaModel;
import dev.entitylint.processor.model.Suppressions;
import dev.entitylint.processor.plan.RepositoryNaming;
import dev.entitylint.processor.plan.RepositoryPlans;
import dev.entitylint.processor.report.Reporter;
import dev.entitylint.processor.report.Reports;
import dev.entitylint.processor.rules.RuleRegistry;
import dev.entitylint.processor.rules.RuleRunner;
import dev.entitylint.processor.rules.SchemaDriftRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;

/**
 * Entry point: collects the JPA classes of each round, builds the schema model, runs the rules
 * and hands findings to the reporter. It never claims annotations, so Hibernate's processor,
 * Lombok and others keep working beside it, and nothing it does can abort the compilation.
 */
@AutoService(Processor.class)
public final class EntityLintProcessor extends AbstractProcessor {

    static final List<String> ANNOTATIONS = List.of(
            "jakarta.persistence.Entity", "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Embeddable",
            "javax.persistence.Entity", "javax.persistence.MappedSuperclass", "javax.persistence.Embeddable",
            "dev.entitylint.GenerateRepository");

    private final RuleRegistry registry;
    private final Suppressions suppressions = new Suppressions();
    private Options options;
    private Environment environment;
    private MigrationIndexes migrations = MigrationIndexes.NONE;
    /** Schema evolution against the latest snapshot ({@code -Aentitylint.migrations}), or {@code null} without it. */
    private SchemaEvolution evolution;
    /** Reads callback bodies through javac's trees, for every round of the compilation. */
    private CallbackBodies callbackBodies = CallbackBodies.NONE;
    private Reporter reporter;
    /** The opt-in reports ({@code -Aentitylint.report}), accumulated across rounds. */
    private Reports reports;
    private Repositories repositories;
    /** Classes whose types were not all resolvable yet: retried next round, as AutoValue does. */
    private final Set<String> deferred = new LinkedHashSet<>();
    /** JDK types the model tests against, for the whole compilation (see {@link ModelBuilder}). */
    private final Map<String, javax.lang.model.type.TypeMirror> jdkErasures = new java.util.HashMap<>();

    public EntityLintProcessor() {
        this(RuleRegistry.standard());
    }

    /** With another set of rules; tests use it to prove that a failing rule cannot break a build. */
    EntityLintProcessor(RuleRegistry registry) {
        this.registry = registry;
    }

    /**
     * The JPA annotations, and {@code "*"}: a Spring Data repository needs no annotation at all, and
     * its queries are checked against its entity whether or not the round has a JPA class. Nothing
     * is claimed ({@link #process} returns {@code false}).
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> supported = new LinkedHashSet<>(ANNOTATIONS);
        supported.add("*");
        return supported;
    }

    @Override
    public Set<String> getSupportedOptions() {
        // Gradle reads this after init: aggregating when a report sees the whole compilation.
        Set<String> supported = new LinkedHashSet<>(Options.SUPPORTED);
        supported.add(reports == null ? Reports.GRADLE_ISOLATING : reports.gradleMode());
        return supported;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        options = Options.parse(processingEnv.getOptions(), registry.ids());
        reporter = new Reporter(processingEnv.getMessager(), options, registry, suppressions);
        options.problems().forEach(reporter::configProblem);
        if (reporter.baseline() != null) {
            reporter.baseline().problems().forEach(reporter::configProblem);
        }
        environment = Environment.detect(processingEnv.getElementUtils(), options);
        if (environment.repositories().problem() != null) {
            reporter.configProblem(environment.repositories().problem());
        }
        callbackBodies = CallbackBodies.of(processingEnv);
        if (options.migrations() != null) {
            try {
                java.nio.file.Path directory = java.nio.file.Path.of(options.migrations());
                if (options.migrationsWrite() == null || java.nio.file.Files.isDirectory(directory)) {
                    // Write mode makes a missing directory, to write V1 into.
                    migrations = MigrationIndexes.read(directory);
                }
                evolution = SchemaEvolution.open(directory,
                        ConstraintNames.of(options), options.naming());
                if (evolution.problem() != null) {
                    reporter.configProblem(evolution.problem());
                }
            } catch (java.io.IOException | RuntimeException e) {
                reporter.configProblem("cannot read the migrations directory '" + options.migrations() + "' ("
                        + UserFiles.describe(e) + ") — check -A" + Options.MIGRATIONS
                        + " (in Maven: ${project.basedir}/src/main/resources/db/migration); a relative path is "
                        + "resolved against "
                        + java.nio.file.Path.of("").toAbsolutePath());
            }
        }
        reports = new Reports(processingEnv, options, registry);
        repositories = new Repositories(processingEnv.getFiler(), environment);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            processRound(round, annotations.stream()
                    .anyMatch(a -> ANNOTATIONS.contains(a.getQualifiedName().toString())));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            Element where = round.getRootElements().stream().findFirst().orElse(null);
            reporter.report(Finding.internalFailure("processor", where, e));
        }
        if (round.processingOver() && evolution != null) {
            try {
                finishEvolution(round.errorRaised());
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                reporter.report(Finding.internalFailure("schema evolution", null, e));
            }
        }
        if (round.processingOver()) {
            try {
                reporter.finish(this::exists);
            } catch (RuntimeException | LinkageError e) {
                reporter.report(Finding.internalFailure("baseline", null, e));
            }
        }
        try {
            reports.afterRound(reporter, round.processingOver());
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            Element where = round.getRootElements().stream().findFirst().orElse(null);
            reporter.report(Finding.internalFailure("reports", where, e));
        }
        return false;
    }

    /**
     * @param jpaRound whether the round has a JPA (or entitylint) annotation: without one (a round
     *     entitylint is called for only because it reads repositories, {@code "*"}), no class of the
     *     round is read as an entity, as before; the Eclipse compiler, for one, finds no annotation
     *     in a file with syntax errors
     */
    private void processRound(RoundEnvironment round, boolean jpaRound) {
        ModelBuilder builder = new ModelBuilder(processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
                options.naming(), suppressions, jdkErasures, callbackBodies,
                new Annotations(round.getRootElements().size()));
        Map<String, TypeElement> candidates = new LinkedHashMap<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                candidates.put(name, type);
            }
        }
        deferred.clear();
        List<RepositoryModel> queries = new ArrayList<>();
        for (Element root : round.getRootElements()) {
            if (reporter.baseline() != null) {
                reporter.baseline().compiled(root instanceof QualifiedNameable named
                        ? named.getQualifiedName().toString() : root.toString());
            }
            try {
                if (jpaRound) {
                    collect(root, builder, candidates, queries);
                } else if (root.getKind() == ElementKind.INTERFACE) {
                    // A round without JPA annotations (the generated repositories' round, or a
                    // repository recompiled alone) can only add repository interfaces: asking javac
                    // for the members of every class of such a round doubled the cost of generation.
                    builder.queries((TypeElement) root).ifPresent(queries::add);
                }
            } catch (RuntimeException | StackOverflowError e) {
                // One unreadable class must not cost the other classes their findings.
                reporter.report(Finding.internalFailure("schema model", root, e));
            }
        }

        List<ManagedType> types = new ArrayList<>();
        List<EntityModel> entities = new ArrayList<>();
        for (TypeElement type : candidates.values()) {
            try {
                Optional<ManagedTypeKind> kind = builder.kindOf(type);
                if (kind.isEmpty()) {
                    continue;
                }
                if (kind.get() == ManagedTypeKind.ENTITY) {
                    EntityModel entity = builder.entity(type);
                    if (entity == null) {
                        continue;
                    }
                    if (!entity.complete() && !round.processingOver()) {
                        deferred.add(type.getQualifiedName().toString());
                        continue;
                    }
                    entities.add(entity);
                }
                ManagedType managed = builder.managedType(type);
                if (kind.get() != ManagedTypeKind.ENTITY && !round.processingOver()
                        && builder.accessorsPending(type, managed.fieldAccess())) {
                    deferred.add(type.getQualifiedName().toString());
                    continue;
                }
                types.add(managed);
            } catch (RuntimeException | StackOverflowError e) {
                reporter.report(Finding.internalFailure("schema model", type, e));
            }
        }
        if (types.isEmpty() && queries.isEmpty()) {
            return;
        }
        // The model is complete here: nothing below asks the compiler about the schema again.
        List<EntityModel> reached = new ArrayList<>(entities);
        for (RepositoryModel repository : queries) {
            SchemaModel.managedBy(repository).forEach(name -> builder.entity(name).ifPresent(reached::add));
        }
        References references = builder.references(reached, types);
        SchemaModel model = SchemaModel.of(entities, types, options.naming(), references, queries);
        reports.round(model);
        // Planned once per entity: the repository rule reports the problems, the generator writes the plan.
        RepositoryPlans plans = new RepositoryPlans(options.softDeleteColumn(), references, model::ownedTables,
                options.tenantColumn(), options.softDeleteByColumn(),
                new RepositoryNaming(options.repositoryName(), options.repositoryPackage(), environment.types()));
        List<SchemaChange> changes = List.of();
        if (evolution != null && !types.isEmpty()) {
            try {
                changes = evolution.round(builder, entities, types);
            } catch (RuntimeException | StackOverflowError e) {
                reporter.report(Finding.internalFailure("schema evolution", types.get(0).element(), e));
            }
        }
        reporter.reportAll(new RuleRunner(registry, options, environment, migrations, changes,
                evolution == null ? null : evolution.previous(),
                evolution == null ? null : evolution.current()).run(model, plans));
        reporter.reportAll(repositories.generate(model, plans));
    }

    /**
     * After the last round: the drift finding, or in write mode ({@code -Aentitylint.migrations.write})
     * the next migration and snapshot, written into the migrations directory.
     */
    private void finishEvolution(boolean errors) {
        if (evolution.problem() != null) {
            return;
        }
        String description = options.migrationsWrite();
        if (description == null) {
            SchemaDriftRule.finding(evolution).ifPresent(reporter::report);
            return;
        }
        if (errors) {
            reporter.configProblem("-A" + Options.MIGRATIONS_WRITE + " wrote nothing: the compilation has errors, so "
                    + "the schema is not known for sure — fix them and compile again");
            return;
        }
        if (evolution.current() == null) {
            reporter.configProblem("-A" + Options.MIGRATIONS_WRITE + " wrote nothing: this compilation compiles no "
                    + "entity — run it in a full build of the module that holds the entities");
            return;
        }
        try {
            List<java.nio.file.Path> written = evolution.writeMigration(description);
            String text = written.isEmpty()
                    ? "no schema changes since V" + evolution.directory().latestVersion() + ": no migration written"
                    : "wrote " + written.stream().map(p -> p.getFileName().toString())
                            .collect(java.util.stream.Collectors.joining(", ")) + " into "
                            + evolution.directory().directory();
            reporter.report(new Finding(SchemaDriftRule.ID, dev.entitylint.processor.model.SourceRef.of(null), text,
                    written.isEmpty() ? null : "review them, then commit them together", List.of(), true, null));
        } catch (java.io.IOException | RuntimeException e) {
            reporter.configProblem("cannot write the migration into '" + options.migrations() + "' ("
                    + UserFiles.describe(e) + ") — nothing was replaced; remove the files of an earlier attempt "
                    + "or choose another description for -A" + Options.MIGRATIONS_WRITE);
        }
    }

    /** Whether a class or package of that name exists, as a source of this compilation or on the class path. */
    private boolean exists(String qualifiedName) {
        try {
            return processingEnv.getElementUtils().getTypeElement(qualifiedName) != null
                    || processingEnv.getElementUtils().getPackageElement(qualifiedName) != null;
        } catch (RuntimeException ambiguous) {
            return true;
        }
    }

    /** JPA classes among a root element and the classes nested in it. */
    private static void collect(Element element, ModelBuilder builder, Map<String, TypeElement> into,
            List<RepositoryModel> repositories) {
        if (element instanceof PackageElement) {
            return;
        }
        if (element instanceof TypeElement type) {
            if (builder.kindOf(type).isPresent()) {
                into.putIfAbsent(builder.remember(type), type);
            }
            builder.queries(type).ifPresent(repositories::add);
            for (Element member : builder.members(type)) {
                if (member.getKind().isClass() || member.getKind() == ElementKind.INTERFACE) {
                    collect(member, builder, into, repositories);
                }
            }
        }
    }
}
