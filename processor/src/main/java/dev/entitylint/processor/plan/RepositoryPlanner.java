package dev.entitylint.processor.plan;

import dev.entitylint.processor.model.SoftDeleteStrategy;
import dev.entitylint.processor.model.InheritanceStrategy;
import dev.entitylint.processor.config.Suggestions;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ForeignKeyModel;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.NameCase;
import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.PhysicalSchema;
import dev.entitylint.processor.model.References;
import dev.entitylint.processor.model.SqlIdentifiers;
import dev.entitylint.processor.model.TableModel;
import dev.entitylint.processor.model.TypeInfo;
import dev.entitylint.processor.plan.RepositoryPlan.Dependent;
import dev.entitylint.processor.plan.RepositoryPlan.FinderPlan;
import dev.entitylint.processor.plan.RepositoryPlan.HibernateSoftDelete;
import dev.entitylint.processor.plan.RepositoryPlan.IdPlan;
import dev.entitylint.processor.plan.RepositoryPlan.Parameter;
import dev.entitylint.processor.plan.RepositoryPlan.SoftDeleteMode;
import dev.entitylint.processor.plan.RepositoryPlan.SoftDeletePlan;
import dev.entitylint.processor.plan.RepositoryPlan.ChildPlan;
import dev.entitylint.processor.plan.RepositoryPlan.SortKey;
import dev.entitylint.processor.plan.RepositoryPlan.StampPlan;
import dev.entitylint.processor.plan.RepositoryPlan.TenantMode;
import dev.entitylint.processor.plan.RepositoryPlan.TenantPlan;
import dev.entitylint.processor.model.AssociationSpec;
import dev.entitylint.processor.model.CascadeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Decides from the schema model alone what repository an entity gets, or why it cannot get one.
 * Pure: it reads the model and answers; the rule reports its problems and the generator writes
 * its plans, both from the one result {@link RepositoryPlans} keeps for the round.
 */
public final class RepositoryPlanner {

    /** Method names the repository always declares, which no finder may take. */
    private static final Set<String> RESERVED = Set.of("findById", "findByIdIncludingDeleted");
    private static final Set<String> INTEGRAL_VERSIONS = Set.of(
            "int", "long", "short", "java.lang.Integer", "java.lang.Long", "java.lang.Short");

    static final String TENANT_ID = "org.hibernate.annotations.TenantId";

    private final String softDeleteColumn;
    private final References references;
    private final Function<EntityModel, List<PhysicalSchema.Table>> ownedTables;
    /** The tenant column ({@code -Aentitylint.tenantColumn}), or {@code null}. */
    private final String tenantColumn;
    /** The column stamped with the current user on soft delete ({@code deleted_by}). */
    private final String deletedByColumn;
    private final RepositoryNaming naming;

    /**
     * @param softDeleteColumn the physical name of the soft-delete column ({@code deleted_at})
     * @param references the entities the round reaches (the superclasses of a subclass entity)
     * @param ownedTables the tables an entity's mapping creates (its own, collection and join tables)
     */
    RepositoryPlanner(String softDeleteColumn, References references,
            Function<EntityModel, List<PhysicalSchema.Table>> ownedTables) {
        this(softDeleteColumn, references, ownedTables, null, "deleted_by", RepositoryNaming.DEFAULT);
    }

    /**
     * @param softDeleteColumn the physical name of the soft-delete column ({@code deleted_at})
     * @param references the entities the round reaches (the superclasses of a subclass entity)
     * @param ownedTables the tables an entity's mapping creates (its own, collection and join tables)
     * @param tenantColumn the tenant column, or {@code null} when the application is not multi-tenant
     * @param deletedByColumn the column stamped with the current user on soft delete
     * @param naming where repositories go, what they are called, and which names are taken
     */
    RepositoryPlanner(String softDeleteColumn, References references,
            Function<EntityModel, List<PhysicalSchema.Table>> ownedTables, String tenantColumn,
            String deletedByColumn, RepositoryNaming naming) {
        this.softDeleteColumn = softDeleteColumn;
        this.references = references;
        this.ownedTables = ownedTables;
        this.tenantColumn = tenantColumn;
        this.deletedByColumn = deletedByColumn;
        this.naming = naming;
    }

    /** Why an entity cannot get a repository: what is wrong and the fix to type. */
    public record Problem(String problem, String fix) {
    }

    /** Either a plan or the problems that prevent one (never both). */
    public record Result(RepositoryPlan plan, List<Problem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return plan != null;
        }
    }

    public Result plan(EntityModel entity) {
        Optional<Problem> javax = javaxPersistence(entity);
        if (javax.isPresent()) {
            return new Result(null, List.of(javax.get())); // the one reason: nothing else can be fixed first
        }
        List<Problem> problems = new ArrayList<>();
        TypeElement entityType = entity.type().element();
        String repositoryPackage = naming.packageName(packageOf(entityType));
        String repositoryName = naming.name(entity.simpleName());
        Optional<Problem> taken = nameTaken(entity, repositoryPackage, repositoryName);
        if (taken.isPresent()) {
            return new Result(null, List.of(taken.get())); // the one reason: the other problems can wait
        }
        checkAccessible(entity, problems);
        if (!repositoryPackage.equals(packageOf(entityType))) {
            checkPublic(entity, repositoryPackage, problems);
        }
        checkEntityName(entity, problems);
        IdPlan id = id(entity, problems);
        SoftDeletePlan softDelete = softDelete(entity, problems);
        TenantPlan tenant = tenant(entity, problems);
        softDelete = withoutNativeAcrossTenants(softDelete, tenant);
        List<String> skipped = new ArrayList<>();
        List<FinderPlan> finders = finders(entity, softDelete, tenant, problems, skipped);
        if (tenant != null && tenant.managed()) {
            finders = finders.stream().map(RepositoryPlanner::besideTenant).toList();
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        StampPlan deletedBy = softDelete.managed() ? deletedBy(entity) : null;
        List<String> notes = new ArrayList<>();
        List<ChildPlan> children = softDelete.managed()
                ? children(entity, id, notes, new java.util.HashSet<>(Set.of(entity.qualifiedName())))
                : List.of();
        return new Result(new RepositoryPlan(entityType, repositoryPackage, repositoryName,
                entity.entityName(), id, softDelete, version(entity, softDelete), finders, skipped, tenant, deletedBy,
                children, notes), List.of());
    }

    // ---------------------------------------------------------------- tenant, deleted_by, aggregate

    /**
     * The tenant binding: Hibernate's {@code @TenantId} when an attribute carries it (Hibernate
     * filters), else the tenant column when the option names one and the entity maps it (the
     * repository filters). A tenant column the repository cannot bind is a problem, never a
     * repository that reads across tenants.
     */
    private TenantPlan tenant(EntityModel entity, List<Problem> problems) {
        List<EntityModel> hierarchy = new ArrayList<>();
        hierarchy.add(entity);
        hierarchy.addAll(references.superEntities(entity));
        for (EntityModel current : hierarchy) {
            for (AttributeModel attribute : current.attributes()) {
                if (attribute.hasAnnotation(TENANT_ID)) {
                    Optional<String> type = attribute.type() == null ? Optional.empty() : javaType(attribute.type());
                    String column = current.table().columns().stream()
                            .filter(c -> c.attribute() != null && c.attribute().name().equals(attribute.name()))
                            .map(ColumnModel::name).findFirst().orElse(null);
                    return new TenantPlan(TenantMode.HIBERNATE, attribute.name(),
                            type.map(RepositoryPlanner::box).orElse(null), column);
                }
            }
        }
        if (tenantColumn == null) {
            return null;
        }
        Optional<ColumnModel> found = entity.column(tenantColumn);
        for (EntityModel parent : references.superEntities(entity)) {
            if (found.isPresent()) {
                break;
            }
            found = parent.column(tenantColumn);
        }
        if (found.isEmpty()) {
            return null; // a table shared by every tenant (the tenant-column rule reports it when it should not be)
        }
        ColumnModel column = found.get();
        AttributeModel attribute = column.attribute();
        if (attribute != null && attribute.kind().isToOne() && attribute.association() != null) {
            // @ManyToOne Tenant tenant on tenant_id: the queries compare the key (tenant.id), the
            // current tenant is its id.
            Optional<EntityModel> target = references.entity(attribute.association().target());
            List<AttributeModel> ids = target.map(EntityModel::idAttributes).orElse(List.of());
            Optional<String> type = column.type() == null ? Optional.empty() : javaType(column.type());
            if (ids.size() == 1 && ids.get(0).kind() == AttributeKind.BASIC && type.isPresent()
                    && !column.attributePath().contains(".")) {
                return new TenantPlan(TenantMode.COLUMN, column.attributePath() + "." + ids.get(0).name(),
                        box(type.get()), column.name(), target.get().type().element(), column.attributePath());
            }
        }
        Optional<String> type = attribute == null || attribute.kind() != AttributeKind.BASIC
                || column.type() == null ? Optional.empty() : javaType(column.type());
        if (type.isEmpty()) {
            problems.add(new Problem("tenant column '" + column.name() + "' ('" + column.attributePath()
                    + "') is neither a basic attribute nor a to-one association to an entity with a single basic "
                    + "id, so the repository cannot bind its queries to the current tenant",
                    "map " + column.name() + " as a basic attribute (String, Long or UUID) or as a @ManyToOne to "
                            + "the tenant entity, or use Hibernate's @TenantId on it"));
            return null;
        }
        return new TenantPlan(TenantMode.COLUMN, column.attributePath(), box(type.get()), column.name());
    }

    /**
     * Native SQL reaches the rows Hibernate's {@code @SoftDelete} hides, and neither Hibernate's
     * tenant filter nor the repository's applies to it: with tenants, no such methods.
     */
    private static SoftDeletePlan withoutNativeAcrossTenants(SoftDeletePlan softDelete, TenantPlan tenant) {
        if (tenant == null || softDelete.mode() != SoftDeleteMode.HIBERNATE || softDelete.hibernate() == null
                || softDelete.hibernate().unsupported() != null) {
            return softDelete;
        }
        HibernateSoftDelete h = softDelete.hibernate();
        return new SoftDeletePlan(softDelete.mode(), softDelete.path(), softDelete.type(), softDelete.column(),
                new HibernateSoftDelete(h.table(), h.idColumn(), h.column(), h.strategy(), List.of(),
                        "its rows belong to tenants, and the native SQL that reaches deleted rows would not be "
                                + "filtered by tenant"));
    }

    /** The {@code deleted_by} attribute of the entity or a superclass, when it can be stamped. */
    private StampPlan deletedBy(EntityModel entity) {
        Optional<ColumnModel> found = entity.column(deletedByColumn);
        for (EntityModel parent : references.superEntities(entity)) {
            if (found.isPresent()) {
                break;
            }
            found = parent.column(deletedByColumn);
        }
        if (found.isEmpty() || found.get().attribute() == null) {
            return null;
        }
        ColumnModel column = found.get();
        AttributeModel attribute = column.attribute();
        TypeInfo type = attribute.kind() == AttributeKind.BASIC ? column.type()
                : attribute.kind().isToOne() ? attribute.type() : null;
        Optional<String> javaType = type == null ? Optional.empty() : javaType(type);
        return javaType.map(t -> new StampPlan(column.attributePath(), box(t), column.name())).orElse(null);
    }

    /**
     * The soft-deletable children the entity owns: {@code @OneToMany(mappedBy)} with cascade
     * {@code ALL} or {@code REMOVE}, or {@code orphanRemoval}; each with what it owns in turn. Owned
     * children that cannot be soft-deleted with it are noted for the class javadoc.
     */
    private List<ChildPlan> children(EntityModel owner, IdPlan ownerId, List<String> notes, Set<String> seen) {
        List<ChildPlan> children = new ArrayList<>();
        if (ownerId == null) {
            return children;
        }
        for (AttributeModel attribute : owner.attributes()) {
            AssociationSpec association = attribute.association();
            if (attribute.kind() != AttributeKind.ONE_TO_MANY || association == null || association.owning()) {
                continue;
            }
            boolean owns = association.orphanRemoval() || association.cascade().contains(CascadeType.ALL)
                    || association.cascade().contains(CascadeType.REMOVE);
            if (!owns) {
                continue;
            }
            String what = owner.simpleName() + "." + attribute.name();
            Optional<EntityModel> target = references.entity(association.target());
            if (target.isEmpty()) {
                notes.add(what + ": its target " + association.target() + " is not an entity entitylint sees");
                continue;
            }
            EntityModel child = target.get();
            if (!seen.add(child.qualifiedName())) {
                notes.add(what + ": " + child.simpleName() + " is already part of the aggregate");
                continue;
            }
            List<Problem> childProblems = new ArrayList<>();
            SoftDeletePlan childSoftDelete = softDelete(child, childProblems);
            if (!childSoftDelete.managed() || !childProblems.isEmpty()) {
                notes.add(what + ": " + child.simpleName() + " has no nullable timestamp " + softDeleteColumn
                        + " column, so its rows are not soft-deleted with " + owner.simpleName()
                        + " (they stay visible through their own repository)");
                continue;
            }
            List<AttributeModel> childIds = child.idAttributes();
            if (childIds.size() != 1 || childIds.get(0).kind() != AttributeKind.BASIC) {
                notes.add(what + ": " + child.simpleName() + " has no single basic id, which the aggregate's "
                        + "queries need");
                continue;
            }
            StampPlan childDeletedBy = deletedBy(child);
            IdPlan childId = new IdPlan(childIds.get(0).name(), null);
            children.add(new ChildPlan(child.type().element(), child.entityName(), child.simpleName(), attribute.name(),
                    association.mappedBy() + "." + ownerId.path(), childId.path(), childSoftDelete.path(),
                    childSoftDelete.type(), childDeletedBy == null ? null : childDeletedBy.path(),
                    children(child, childId, notes, seen)));
        }
        return children;
    }

    // ---------------------------------------------------------------- entity and id

    /**
     * A {@code javax.persistence} entity (Spring Boot 2, Hibernate 5): the generated repository and
     * entitylint's RepositorySupport are written against {@code jakarta.persistence}, so the file
     * would not compile beside it. The checks still run on such entities; only generation is refused.
     */
    private static Optional<Problem> javaxPersistence(EntityModel entity) {
        if (!entity.type().legacyJpa()) {
            return Optional.empty();
        }
        return Optional.of(new Problem("entity " + entity.simpleName() + " is a javax.persistence entity, "
                + "and generated repositories (and entitylint's RepositorySupport) use jakarta.persistence, "
                + "so the generated file would not compile",
                "migrate the entity to jakarta.persistence (Spring Boot 3+, Hibernate 6+), or remove "
                        + "@GenerateRepository"));
    }

    /**
     * A repository name some type already has (Spring's getting-started layout: {@code
     * CustomerRepository extends CrudRepository} beside {@code Customer}): writing the file would
     * fail, or replace the user's type. A class entitylint generated for this entity in an earlier
     * build is not in the way.
     */
    private Optional<Problem> nameTaken(EntityModel entity, String repositoryPackage, String repositoryName) {
        String qualified = repositoryPackage.isEmpty() ? repositoryName : repositoryPackage + "." + repositoryName;
        String holder = naming.types().taken(qualified, entity.qualifiedName());
        if (holder == null) {
            return Optional.empty();
        }
        return Optional.of(new Problem("the name " + qualified + " is taken by " + holder
                + ", so the generated repository cannot have it",
                "name generated repositories otherwise with -A" + dev.entitylint.processor.config.Options.REPOSITORY_NAME
                        + "=" + (naming.namePattern().equals("{Entity}Store") ? "Generated{Entity}Repository" : "{Entity}Store")
                        + " or put them in their own package with -A"
                        + dev.entitylint.processor.config.Options.REPOSITORY_PACKAGE + "=" + "{package}.generated"
                        + ", or rename " + holder.substring(holder.indexOf(' ') + 1).replaceFirst(",.*", "")));
    }

    /** A repository in another package names the entity from outside: the entity must be public. */
    private static void checkPublic(EntityModel entity, String repositoryPackage, List<Problem> problems) {
        for (Element e = entity.type().element(); e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                problems.add(new Problem("class " + t.getSimpleName() + " is not public, so the repository in package "
                        + repositoryPackage + " (-A" + dev.entitylint.processor.config.Options.REPOSITORY_PACKAGE
                        + ") cannot name " + entity.simpleName(),
                        "make " + t.getSimpleName() + " public, or generate repositories beside their entities "
                                + "(-A" + dev.entitylint.processor.config.Options.REPOSITORY_PACKAGE + "={package})"));
                return;
            }
        }
    }

    private static void checkAccessible(EntityModel entity, List<Problem> problems) {
        for (Element e = entity.type().element(); e instanceof TypeElement t; e = t.getEnclosingElement()) {
            boolean nested = t.getEnclosingElement() instanceof TypeElement;
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                problems.add(new Problem(
                        "class " + t.getSimpleName() + " is private, so a repository in its package cannot name "
                                + entity.simpleName(),
                        "make it package-private or public, or remove @GenerateRepository"));
                return;
            }
            if (nested && !t.getModifiers().contains(Modifier.STATIC) && t.getKind() == ElementKind.CLASS) {
                problems.add(new Problem(
                        "entity " + entity.simpleName() + " is an inner (non-static) class, which neither JPA nor "
                                + "a generated repository can instantiate",
                        "declare it static, or move it to its own file"));
                return;
            }
        }
    }

    /** Every generated query names the entity: its name must be a JPQL identifier, as Java's are. */
    private static void checkEntityName(EntityModel entity, List<Problem> problems) {
        String name = entity.entityName();
        if (isJpqlIdentifier(name)) {
            return;
        }
        StringBuilder better = new StringBuilder();
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (better.length() == 0 ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c)) {
                better.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = better.length() > 0;
            }
        }
        String shown = SqlIdentifiers.shown(name);
        problems.add(new Problem("entity name '" + shown + "' is not a JPQL identifier, so the generated queries "
                + "(select e from " + shown + " e) would not parse",
                "write @Entity(name = \"" + (better.length() == 0 ? entity.simpleName() : better) + "\"), or remove "
                        + "@GenerateRepository"));
    }

    private static boolean isJpqlIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().allMatch(c -> Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    private static String packageOf(TypeElement type) {
        Element e = type;
        while (e != null && !(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return e == null ? "" : ((PackageElement) e).getQualifiedName().toString();
    }

    private static IdPlan id(EntityModel entity, List<Problem> problems) {
        List<AttributeModel> ids = entity.idAttributes();
        String name = entity.simpleName();
        if (ids.isEmpty()) {
            problems.add(new Problem("entity " + name + " has no @Id attribute, so a repository cannot find, "
                    + "save or delete its rows by key",
                    "add an @Id attribute (declared here or inherited from a @MappedSuperclass), or remove "
                            + "@GenerateRepository"));
            return null;
        }
        String fix = "give " + name + " a single basic @Id (a surrogate Long or UUID) and keep the natural key as "
                + "a named @UniqueConstraint, or remove @GenerateRepository";
        if (ids.size() > 1) {
            problems.add(new Problem("entity " + name + " has a composite key (" + names(ids)
                    + "), which generated repositories do not support", fix));
            return null;
        }
        AttributeModel id = ids.get(0);
        if (id.kind() == AttributeKind.EMBEDDED_ID) {
            problems.add(new Problem("entity " + name + " has an @EmbeddedId ('" + id.name()
                    + "'), which generated repositories do not support", fix));
            return null;
        }
        if (id.kind() != AttributeKind.BASIC) {
            problems.add(new Problem("entity " + name + " takes its id from the association '" + id.name()
                    + "', which generated repositories do not support", fix));
            return null;
        }
        Optional<String> type = javaType(id.type());
        if (type.isEmpty()) {
            problems.add(new Problem("the id '" + id.name() + "' of entity " + name + " is "
                    + id.type().sourceName() + ", which a repository cannot take as a parameter", fix));
            return null;
        }
        return new IdPlan(id.name(), box(type.get()));
    }

    private static String names(List<AttributeModel> attributes) {
        return String.join(", ", attributes.stream().map(AttributeModel::name).toList());
    }

    private static String version(EntityModel entity, SoftDeletePlan softDelete) {
        if (!softDelete.managed()) {
            return null;
        }
        return entity.attributes().stream()
                .filter(a -> a.version() && a.kind() == AttributeKind.BASIC
                        && INTEGRAL_VERSIONS.contains(a.type().name()))
                .map(AttributeModel::name)
                .findFirst()
                .orElse(null);
    }

    // ---------------------------------------------------------------- soft delete

    private SoftDeletePlan softDelete(EntityModel entity, List<Problem> problems) {
        if (entity.hibernateSoftDelete() != null) {
            return new SoftDeletePlan(SoftDeleteMode.HIBERNATE, null, null, entity.hibernateSoftDelete().column(),
                    hibernateSoftDelete(entity));
        }
        Optional<ColumnModel> found = softDeleteColumnOf(entity);
        if (found.isEmpty()) {
            return SoftDeletePlan.NONE;
        }
        ColumnModel column = found.get();
        String attribute = column.attributePath();
        if (column.attribute().kind() != AttributeKind.BASIC || column.type() == null
                || !column.type().isTimestamp()) {
            String type = column.type() == null ? column.attribute().kind().name() : column.type().simpleName();
            problems.add(new Problem("soft-delete column '" + column.name() + "' ('" + attribute + "') is " + type
                    + ", so the repository cannot record when a row was deleted",
                    "declare '" + attribute + "' as Instant (or OffsetDateTime, ZonedDateTime, LocalDateTime), "
                            + "NULL meaning live"));
            return SoftDeletePlan.NONE;
        }
        if (!column.nullable()) {
            problems.add(new Problem("soft-delete column '" + column.name() + "' ('" + attribute
                    + "') is NOT NULL, so the repository cannot mark rows live (NULL)",
                    "remove the not-null constraint from '" + attribute + "'"));
            return SoftDeletePlan.NONE;
        }
        return new SoftDeletePlan(SoftDeleteMode.COLUMN, attribute,
                column.type().binaryName() != null ? column.type().binaryName() : column.type().name(), column.name(), null);
    }

    /**
     * What native SQL needs to reach the rows Hibernate's {@code @SoftDelete} hides, or why it
     * cannot: the statements address one table and Hibernate's default boolean or timestamp values,
     * and name every table and column as Hibernate does (quoted names quoted).
     */
    private HibernateSoftDelete hibernateSoftDelete(EntityModel entity) {
        TableModel table = entity.table();
        SoftDeleteStrategy strategy = entity.hibernateSoftDelete().strategy();
        String unsupported = null;
        if (entity.hibernateSoftDelete().converter() != null) {
            unsupported = "its @SoftDelete stores values through " + entity.hibernateSoftDelete().converter()
                    + ", which the repository cannot write in SQL";
        } else if (!entity.isHierarchyRoot()) {
            unsupported = "it is a subclass entity, whose rows native SQL cannot tell from its siblings'";
        } else if (entity.inheritance() != null && entity.inheritance() != InheritanceStrategy.SINGLE_TABLE) {
            unsupported = "its rows span the tables of a " + entity.inheritance() + " hierarchy";
        } else if (!entity.secondaryTables().isEmpty()) {
            unsupported = "its rows span secondary tables";
        } else if (table.primaryKey().size() != 1 || entity.hibernateSoftDelete().column() == null) {
            unsupported = "its table has no single-column primary key";
        }
        String tableSql = null;
        String idSql = null;
        String columnSql = null;
        List<Dependent> dependents = new ArrayList<>();
        if (unsupported == null) {
            tableSql = sqlName(table.writtenName(), table.name(), table.quoted());
            ColumnModel id = table.column(table.primaryKey().get(0)).orElse(null);
            idSql = id == null ? null : sqlName(id.attribute() == null ? null : id.attribute().column().name(),
                    id.name(), id.quoted());
            String writtenColumn = writtenSoftDeleteColumn(entity);
            columnSql = sqlName(null, entity.hibernateSoftDelete().column(), false);
            if (writtenColumn != null && SqlIdentifiers.isQuoted(writtenColumn)) {
                // Hibernate 7.4 quotes it in the DDL but not in the inserts it writes: no SQL matches both.
                unsupported = "its @SoftDelete columnName is quoted, which Hibernate does not keep in every "
                        + "statement it writes";
            } else if (tableSql == null) {
                unsupported = notAnIdentifier("table", table.name());
            } else if (idSql == null) {
                unsupported = notAnIdentifier("primary key column", table.primaryKey().get(0));
            } else if (columnSql == null) {
                unsupported = notAnIdentifier("soft-delete column", entity.hibernateSoftDelete().column());
            }
        }
        if (unsupported == null) {
            // Hibernate quotes the names it derives from quoted names, and keeps them as they are.
            boolean derivedQuoted = tableSql.startsWith("\"") || idSql.startsWith("\"");
            for (PhysicalSchema.Table owned : ownedTables.apply(entity)) {
                if (owned.kind() != PhysicalSchema.TableKind.COLLECTION && owned.kind() != PhysicalSchema.TableKind.JOIN) {
                    continue;
                }
                for (PhysicalSchema.ForeignKey key : owned.foreignKeys()) {
                    if (!Names.same(key.referencedTable(), table.name()) || key.columns().size() != 1) {
                        continue;
                    }
                    AttributeModel.JoinTableSpec spec = writtenTable(entity, owned.name());
                    String ownedSql = spec == null ? (derivedQuoted ? null : sqlName(null, owned.name(), false))
                            : sqlName(spec.name(), owned.name(), false);
                    String keyColumn = key.columns().get(0);
                    String written = spec == null ? null : writtenColumn(spec, keyColumn);
                    String columnOfKey = written == null ? (derivedQuoted ? null : sqlName(null, keyColumn, false))
                            : sqlName(written, keyColumn, false);
                    if (ownedSql == null || columnOfKey == null) {
                        unsupported = derivedQuoted && (spec == null || written == null)
                                ? "the table '" + owned.name() + "' that holds rows of it takes its name or its "
                                        + "key column's from quoted names, which Hibernate derives in its own way "
                                        + "(name both in @JoinTable or @CollectionTable)"
                                : notAnIdentifier("table or column", owned.name() + "." + keyColumn);
                        dependents.clear();
                        break;
                    }
                    dependents.add(new Dependent(ownedSql, columnOfKey));
                }
                if (unsupported != null) {
                    break;
                }
            }
        }
        return new HibernateSoftDelete(tableSql, idSql, columnSql, strategy, dependents,
                unsupported);
    }

    private static String notAnIdentifier(String what, String name) {
        return "its " + what + " name '" + name + "' is not an SQL identifier, so native SQL cannot name it as "
                + "Hibernate does (quote it in the mapping, or rename it)";
    }

    /**
     * A name as native SQL writes it, or {@code null} when it cannot: quoted in standard SQL double
     * quotes when the mapping quotes it ({@code "\"order\""}, {@code `order`} or {@code [order]}),
     * as it is when it is an SQL identifier.
     *
     * @param written the name as written in the mapping, or {@code null} when derived
     * @param physical the physical name the model resolved
     * @param quoted whether the model knows it quoted
     */
    private static String sqlName(String written, String physical, boolean quoted) {
        if (written != null && SqlIdentifiers.isQuoted(written)) {
            return SqlIdentifiers.sql(SqlIdentifiers.bare(written), true);
        }
        if (quoted) {
            return SqlIdentifiers.sql(physical, true);
        }
        return physical != null && SqlIdentifiers.writable(physical) ? physical : null;
    }

    /** The {@code columnName} written on Hibernate's {@code @SoftDelete}, or {@code null}. */
    private static String writtenSoftDeleteColumn(EntityModel entity) {
        return entity.hibernateSoftDelete() == null ? null : entity.hibernateSoftDelete().writtenColumn();
    }

    /** The {@code @JoinTable} or {@code @CollectionTable} of the entity whose written name is {@code physical}. */
    private static AttributeModel.JoinTableSpec writtenTable(EntityModel entity, String physical) {
        for (AttributeModel attribute : entity.attributes()) {
            AttributeModel.JoinTableSpec spec = attribute.joinTable();
            if (spec != null && spec.name() != null && Names.same(SqlIdentifiers.bare(spec.name()), physical)) {
                return spec;
            }
        }
        return null;
    }

    /** The written join column of {@code spec} named {@code physical}, or {@code null}. */
    private static String writtenColumn(AttributeModel.JoinTableSpec spec, String physical) {
        for (ColumnSpec column : spec.allJoinColumns()) {
            if (column.name() != null && Names.same(SqlIdentifiers.bare(column.name()), physical)) {
                return column.name();
            }
        }
        return null;
    }

    /** The soft-delete column of the entity's table or, for a subclass entity, of a superclass's table. */
    private Optional<ColumnModel> softDeleteColumnOf(EntityModel entity) {
        Optional<ColumnModel> column = entity.column(softDeleteColumn);
        for (EntityModel parent : references.superEntities(entity)) {
            if (column.isPresent()) {
                break;
            }
            column = parent.column(softDeleteColumn);
        }
        return column;
    }

    // ---------------------------------------------------------------- finders

    /**
     * The table as a {@code SINGLE_TABLE} subclass sees it: its own columns and foreign keys, and
     * those its super entities map, which it inherits (the root's indexes name them). Other
     * entities' tables are their own.
     */
    private TableModel tableSeenBy(EntityModel entity) {
        TableModel table = entity.table();
        if (entity.isHierarchyRoot() || entity.inheritance() != InheritanceStrategy.SINGLE_TABLE) {
            return table;
        }
        List<ColumnModel> columns = new ArrayList<>(table.columns());
        List<ForeignKeyModel> foreignKeys = new ArrayList<>(table.foreignKeys());
        for (EntityModel current : references.superEntities(entity)) {
            for (ColumnModel column : current.table().columns()) {
                if (columns.stream().noneMatch(c -> Names.same(c.name(), column.name()))) {
                    columns.add(column);
                }
            }
            for (ForeignKeyModel foreignKey : current.table().foreignKeys()) {
                if (!foreignKeys.contains(foreignKey)) {
                    foreignKeys.add(foreignKey);
                }
            }
        }
        return new TableModel(table.name(), table.quoted(), table.explicitName(), List.copyOf(columns),
                table.primaryKey(), table.indexes(), List.copyOf(foreignKeys), table.source(), table.writtenName(),
                table.nameSource());
    }

    private List<FinderPlan> finders(EntityModel entity, SoftDeletePlan softDelete, TenantPlan tenant,
            List<Problem> problems, List<String> skipped) {
        TableModel table = tableSeenBy(entity);
        Map<String, FinderPlan> finders = new LinkedHashMap<>();
        for (IndexModel index : table.indexes()) {
            String label = label(index);
            List<String> missing = index.columns().stream().filter(c -> table.column(c).isEmpty()).toList();
            if (!missing.isEmpty()) {
                List<String> available = table.columns().stream().map(ColumnModel::name).toList();
                String first = missing.get(0);
                String suggestion = Suggestions.closest(first, available)
                        .map(s -> "write '" + s + "' instead of '" + first + "' (physical column names), or ")
                        .orElse("");
                problems.add(new Problem(label + " of table '" + table.name() + "' names "
                        + (missing.size() == 1 ? "column '" + first + "'" : "columns " + quoted(missing))
                        + ", which entity " + entity.simpleName() + " does not map, so no finder can use it",
                        suggestion + "name columns of " + entity.simpleName() + " in it: " + String.join(", ", available)));
                continue;
            }
            if (index.columns().isEmpty()) {
                continue;
            }
            List<String> columns = new ArrayList<>(index.columns());
            boolean unique = index.unique();
            if (softDelete.managed() && columns.stream().anyMatch(c -> Names.same(c, softDelete.column()))) {
                int at = indexOf(columns, softDelete.column());
                if (at != columns.size() - 1 || columns.size() == 1) {
                    skipped.add(label + ": it holds the soft-delete column " + softDelete.column()
                            + (columns.size() == 1 ? " alone (findDeleted and countDeleted read it)" : " before others"));
                    continue;
                }
                columns.remove(at);
                unique = false; // NULLs are distinct, so (x, deleted_at) does not make x unique among live rows
            }
            if (tenant != null && tenant.column() != null && indexOf(columns, tenant.column()) >= 0) {
                // Every query is bound to the current tenant: no finder takes it as an argument.
                columns.remove(indexOf(columns, tenant.column()));
                if (columns.isEmpty()) {
                    skipped.add(label + ": it holds the tenant column " + tenant.column()
                            + " alone, which every query of the repository filters by");
                    continue;
                }
            }
            if (!table.primaryKey().isEmpty() && Names.sameSet(columns, table.primaryKey())) {
                continue; // findById
            }
            List<SortKey> order = List.of();
            if (!unique) {
                // No finder on an exact time: trailing time columns order the rows instead.
                int end = columns.size();
                while (end > 0 && temporal(table, columns.get(end - 1))) {
                    end--;
                }
                if (end == 0) {
                    skipped.add(label + ": it holds time columns only, and a finder on an exact time is of no use");
                    continue;
                }
                order = sortKeys(table, columns.subList(end, columns.size()));
                columns = new ArrayList<>(columns.subList(0, end));
            }
            addFinder(table, columns, unique, label, order, finders, skipped);
        }
        for (ForeignKeyModel foreignKey : table.foreignKeys()) {
            if (!foreignKey.attribute().kind().isToOne() || foreignKey.columns().isEmpty()
                    || Names.sameSet(foreignKey.columns(), table.primaryKey())
                    || (tenant != null && tenant.column() != null && foreignKey.columns().size() == 1
                            && Names.same(foreignKey.columns().get(0), tenant.column()))) {
                continue;
            }
            IndexModel leading = null;
            List<String> rest = null;
            for (IndexModel index : table.indexes()) {
                List<String> columns = new ArrayList<>(index.columns());
                if (tenant != null && tenant.column() != null && indexOf(columns, tenant.column()) == 0) {
                    columns.remove(0);
                }
                if (columns.size() >= foreignKey.columns().size() && Names.sameSet(
                        columns.subList(0, foreignKey.columns().size()), foreignKey.columns())) {
                    leading = index;
                    rest = columns.subList(foreignKey.columns().size(), columns.size());
                    break;
                }
            }
            if (leading == null) {
                continue;
            }
            addFinder(table, foreignKey.columns(), false, "the foreign key " + quoted(foreignKey.columns())
                    + ", which leads " + label(leading), sortKeys(table, rest), finders, skipped);
        }
        return List.copyOf(finders.values());
    }

    /** The finder with a parameter named {@code tenant} renamed: the repository binds {@code :tenant} itself. */
    private static FinderPlan besideTenant(FinderPlan finder) {
        List<Parameter> parameters = finder.parameters().stream()
                .map(p -> p.name().equals("tenant") ? new Parameter("tenantValue", p.type(), p.path(), p.primitive()) : p)
                .toList();
        return new FinderPlan(finder.name(), finder.unique(), parameters, finder.index(), finder.order());
    }

    /** Whether the column holds a point in time or a date, which no finder compares for equality. */
    private static boolean temporal(TableModel table, String columnName) {
        ColumnModel column = table.column(columnName).orElse(null);
        return column != null && column.attribute() != null && column.attribute().kind() == AttributeKind.BASIC
                && column.type() != null && (column.type().isTimestamp()
                        || column.type().name().equals("java.time.LocalDate"));
    }

    /**
     * The leading columns of {@code columns} that a keyset can order by: basic, not null, and of a
     * type the database and JPQL compare ({@code >}) as Java does: times, dates, whole numbers,
     * decimals, strings. The order stops at the first other column (the id follows it).
     */
    private static List<SortKey> sortKeys(TableModel table, List<String> columns) {
        List<SortKey> keys = new ArrayList<>();
        for (String columnName : columns) {
            ColumnModel column = table.column(columnName).orElse(null);
            if (column == null || column.attribute() == null || column.attribute().kind() != AttributeKind.BASIC
                    || column.type() == null || column.primaryKey()) {
                break;
            }
            TypeInfo type = column.type();
            boolean comparable = type.isTimestamp() || type.name().equals("java.time.LocalDate") || type.isIntegral()
                    || type.isBigDecimal() || type.isString();
            boolean notNull = type.isPrimitive() || !column.nullable();
            Optional<String> javaType = javaType(type);
            if (!comparable || !notNull || javaType.isEmpty()) {
                break;
            }
            keys.add(new SortKey(column.attributePath(), box(javaType.get())));
        }
        return keys;
    }

    private static void addFinder(TableModel table, List<String> columns, boolean unique, String label,
            List<SortKey> order, Map<String, FinderPlan> finders, List<String> skipped) {
        List<Parameter> parameters = new ArrayList<>();
        String why = parameters(table, columns, parameters);
        if (why != null) {
            skipped.add(label + ": " + why);
            return;
        }
        StringBuilder name = new StringBuilder("findBy");
        for (int i = 0; i < parameters.size(); i++) {
            if (i > 0) {
                name.append("And");
            }
            for (String part : parameters.get(i).path().split("\\.")) {
                name.append(NameCase.capitalize(part));
            }
        }
        String methodName = name.toString();
        if (RESERVED.contains(methodName)) {
            skipped.add(label + ": its finder would be named " + methodName + ", which the repository already declares");
            return;
        }
        FinderPlan existing = finders.get(methodName);
        if (existing == null || (unique && !existing.unique())
                || (!unique && !existing.unique() && order.size() > existing.order().size())) {
            finders.put(methodName, new FinderPlan(methodName, unique, parameters, label, order));
        }
    }

    /** Fills {@code into} with one parameter per attribute behind the columns; answers why not, or null. */
    private static String parameters(TableModel table, List<String> columns, List<Parameter> into) {
        List<String> paths = new ArrayList<>();
        for (String columnName : columns) {
            ColumnModel column = table.column(columnName).orElseThrow();
            AttributeModel attribute = column.attribute();
            String path = column.attributePath();
            if (paths.contains(path)) {
                continue;
            }
            TypeInfo type;
            if (attribute.kind() == AttributeKind.BASIC) {
                type = column.type();
            } else if (attribute.kind().isToOne()) {
                type = attribute.type();
                List<String> keyColumns = table.columns().stream()
                        .filter(c -> c.attributePath().equals(path))
                        .map(ColumnModel::name)
                        .toList();
                if (!keyColumns.stream().allMatch(k -> indexOf(columns, k) >= 0)) {
                    return "it covers only part of the foreign key " + quoted(keyColumns) + " of '" + path + "'";
                }
            } else {
                return "column " + columnName + " belongs to '" + path + "', which a query cannot compare as a whole";
            }
            Optional<String> javaType = type == null ? Optional.empty() : javaType(type);
            if (javaType.isEmpty()) {
                return "column " + columnName + " has type " + (type == null ? "unknown" : type.sourceName())
                        + ", which a finder cannot take as a parameter";
            }
            paths.add(path);
            into.add(new Parameter(parameterName(path), javaType.get(), path, type.isPrimitive()));
        }
        return null;
    }

    private static String parameterName(String path) {
        String[] parts = path.split("\\.");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(NameCase.capitalize(parts[i]));
        }
        String result = name.toString();
        return Set.of("offset", "limit", "entityManager", "after").contains(result)
                || result.matches("key[0-9]+") ? result + "Value" : result;
    }

    /** The type as generated code writes it, if it can be a simple parameter. */
    private static Optional<String> javaType(TypeInfo type) {
        if (type.isError() || type.kind() == TypeInfo.Kind.ARRAY || type.kind() == TypeInfo.Kind.COLLECTION
                || type.kind() == TypeInfo.Kind.MAP || type.sourceName().contains("<")) {
            return Optional.empty();
        }
        // A class by its binary name, which the generator turns into a name without asking the compiler.
        return Optional.of(type.isPrimitive() ? type.name()
                : type.binaryName() != null ? type.binaryName() : type.sourceName());
    }

    private static String box(String type) {
        return switch (type) {
            case "boolean" -> "java.lang.Boolean";
            case "byte" -> "java.lang.Byte";
            case "short" -> "java.lang.Short";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "char" -> "java.lang.Character";
            case "float" -> "java.lang.Float";
            case "double" -> "java.lang.Double";
            default -> type;
        };
    }

    private static String label(IndexModel index) {
        String kind = switch (index.kind()) {
            case INDEX -> index.unique() ? "unique index" : "index";
            case UNIQUE_CONSTRAINT -> "unique constraint";
            case UNIQUE_COLUMN -> "unique column";
        };
        if (index.kind() == IndexModel.Kind.UNIQUE_COLUMN) {
            return kind + " " + index.columns().get(0);
        }
        return kind + " " + (index.hasExplicitName() ? index.name() + " " : "") + quoted(index.columns());
    }

    private static String quoted(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    private static int indexOf(List<String> columns, String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (Names.same(columns.get(i), column)) {
                return i;
            }
        }
        return -1;
    }
}
