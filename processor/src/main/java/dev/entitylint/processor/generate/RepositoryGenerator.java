package dev.entitylint.processor.generate;

import dev.entitylint.processor.config.RepositoryFramework;
import dev.entitylint.processor.model.SoftDeleteStrategy;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.entitylint.processor.model.NameCase;
import dev.entitylint.processor.plan.RepositoryPlan;
import dev.entitylint.processor.plan.RepositoryPlan.Dependent;
import dev.entitylint.processor.plan.RepositoryPlan.FinderPlan;
import dev.entitylint.processor.plan.RepositoryPlan.HibernateSoftDelete;
import dev.entitylint.processor.plan.RepositoryPlan.Parameter;
import dev.entitylint.processor.plan.RepositoryPlan.SoftDeleteMode;
import dev.entitylint.processor.plan.RepositoryPlan.ChildPlan;
import dev.entitylint.processor.plan.RepositoryPlan.SortKey;
import dev.entitylint.processor.plan.RepositoryPlan.TenantPlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Filer;
import javax.tools.JavaFileObject;
import javax.lang.model.element.Modifier;

/**
 * Writes one repository class from a {@link RepositoryPlan} with JavaPoet. The generated code
 * depends on the Jakarta Persistence API (3.1 or later) and {@code entitylint-annotations} only,
 * and on the framework's annotations in its Spring and CDI flavours ({@link RepositoryFramework});
 * every query is a constant JPQL string with bound parameters.
 *
 * <p>The generated class declares the whole API with its javadoc and its queries, and each method
 * hands its query to {@code dev.entitylint.RepositorySupport} in one statement: javac compiles
 * every generated class in every build, and a class of one-line methods costs it a third of one
 * that spells the work out in each method.
 */
public final class RepositoryGenerator {

    private static final String PERSISTENCE = "jakarta.persistence";
    private static final ClassName ENTITY_MANAGER = ClassName.get(PERSISTENCE, "EntityManager");
    private static final ClassName PAGE = ClassName.get("dev.entitylint", "Page");
    private static final ClassName SUPPORT = ClassName.get("dev.entitylint", "RepositorySupport");
    private static final ClassName BASE = ClassName.get("dev.entitylint", "EntityRepository");
    private static final ClassName SOFT_DELETE_BASE = ClassName.get("dev.entitylint", "SoftDeleteRepository");
    private static final ClassName QUERIES = ClassName.get("dev.entitylint", "RepositoryQueries");
    private static final ClassName CURSOR = ClassName.get("dev.entitylint", "Cursor");
    private static final ClassName KEYSET_PAGE = ClassName.get("dev.entitylint", "KeysetPage");
    private static final ClassName CURRENT_TENANT = ClassName.get("dev.entitylint", "CurrentTenant");
    private static final ClassName CURRENT_USER = ClassName.get("dev.entitylint", "CurrentUser");
    private static final ClassName OWNED_ROWS = ClassName.get("dev.entitylint", "OwnedRows");
    private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    private static final ClassName LIST = ClassName.get("java.util", "List");
    private static final ClassName CLOCK = ClassName.get("java.time", "Clock");
    private static final ClassName INSTANT = ClassName.get("java.time", "Instant");
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final String PROCESSOR = "dev.entitylint.processor.EntityLintProcessor";
    private static final String SPRING = "dev.entitylint.spring";
    private static final ClassName SPRING_BASE = ClassName.get(SPRING, "SpringEntityRepository");
    private static final ClassName SPRING_SOFT_DELETE_BASE = ClassName.get(SPRING, "SpringSoftDeleteRepository");
    private static final ClassName SPRING_DATA = ClassName.get(SPRING, "SpringData");
    private static final ClassName SPRING_REPOSITORY = ClassName.get("org.springframework.stereotype", "Repository");
    private static final ClassName SPRING_TRANSACTIONAL =
            ClassName.get("org.springframework.transaction.annotation", "Transactional");
    private static final ClassName OBJECT_PROVIDER = ClassName.get("org.springframework.beans.factory", "ObjectProvider");
    private static final String DOMAIN = "org.springframework.data.domain";
    private static final ClassName PAGEABLE = ClassName.get(DOMAIN, "Pageable");
    private static final ClassName SPRING_PAGE = ClassName.get(DOMAIN, "Page");
    private static final ClassName SCROLL_POSITION = ClassName.get(DOMAIN, "ScrollPosition");
    private static final ClassName WINDOW = ClassName.get(DOMAIN, "Window");
    private static final ClassName APPLICATION_SCOPED = ClassName.get("jakarta.enterprise.context", "ApplicationScoped");
    private static final ClassName JTA_TRANSACTIONAL = ClassName.get("jakarta.transaction", "Transactional");
    private static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");

    /** Class names made once per compilation: each repository asks for its id and parameter types. */
    private final java.util.Map<String, ClassName> classNames = new java.util.HashMap<>();
    /** Whether {@code @javax.annotation.processing.Generated} is there to be used (not on {@code --release 8}). */
    private final boolean generatedAvailable;
    /** The framework the classes fit: Spring, CDI or plain Java. */
    private final RepositoryFramework framework;

    public RepositoryGenerator(boolean generatedAvailable) {
        this(generatedAvailable, RepositoryFramework.NONE);
    }

    public RepositoryGenerator(boolean generatedAvailable, RepositoryFramework framework) {
        this.generatedAvailable = generatedAvailable;
        this.framework = framework;
    }

    /** Writes the repository through the filer, with the entity as its only originating element. */
    public void write(RepositoryPlan plan, Filer filer) throws IOException {
        // Rendered to a String and written at once: JavaPoet writes token by token, and the
        // filer's writer encodes each token on its own.
        JavaFile javaFile = javaFile(plan);
        JavaFileObject file = filer.createSourceFile(plan.qualifiedRepositoryName(),
                javaFile.typeSpec().originatingElements().toArray(new javax.lang.model.element.Element[0]));
        String source = ascii(javaFile.toString());
        try (java.io.Writer out = file.openWriter()) {
            out.write(source);
        }
    }

    /** The repository source. */
    public JavaFile javaFile(RepositoryPlan plan) {
        return JavaFile.builder(plan.packageName(), new Writer(plan).type())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** Writes one plan; its fields are the names the methods share. */
    private final class Writer {
        private final RepositoryPlan plan;
        private final ClassName entity;
        private final TypeName id;
        private final boolean soft;
        private final boolean hibernateSoft;
        /** Hibernate's {@code @SoftDelete} with methods for deleted rows, or {@code null}. */
        private final HibernateSoftDelete hibernate;
        /** Whether reads see live rows only, whoever filters them. */
        private final boolean hidesDeleted;
        /** Whether the repository has the methods for deleted rows, so extends {@code SoftDeleteRepository}. */
        private final boolean softDeleting;
        private final String live;
        /** The tenant the repository filters by itself, or {@code null}. */
        private final TenantPlan tenant;
        /** {@code " and e.tenantId = :tenant"}, or empty. */
        private final String tenantFilter;
        private final TypeSpec.Builder type;
        private final boolean spring = framework.kind() == RepositoryFramework.Kind.SPRING;
        private final boolean cdi = framework.kind() == RepositoryFramework.Kind.CDI;
        /** What a constructor's javadoc says of the entity manager. */
        private final String entityManagerDoc = spring || cdi ? "@param entityManager the entity manager to work with\n"
                : "@param entityManager the entity manager to work with; transactions are the caller's\n";

        Writer(RepositoryPlan plan) {
            this.plan = plan;
            this.entity = ClassName.get(plan.entity());
            this.id = typeName(plan.id().type());
            this.soft = plan.softDelete().managed();
            this.hibernateSoft = plan.softDelete().mode() == SoftDeleteMode.HIBERNATE;
            this.hibernate = hibernateSoft && plan.softDelete().deletedRowMethods() ? plan.softDelete().hibernate() : null;
            this.hidesDeleted = soft || hibernateSoft;
            this.softDeleting = soft || hibernate != null;
            this.live = soft ? "e." + plan.softDelete().path() + " is null" : null;
            this.tenant = plan.tenant() != null && plan.tenant().managed() ? plan.tenant() : null;
            this.tenantFilter = tenant == null ? "" : " and e." + tenant.path() + " = :tenant";
            this.type = TypeSpec.classBuilder(plan.repositoryName())
                    .addModifiers(Modifier.PUBLIC)
                    .addOriginatingElement(plan.entity());
        }

        TypeSpec type() {
            ClassName base = spring ? (softDeleting ? SPRING_SOFT_DELETE_BASE : SPRING_BASE)
                    : softDeleting ? SOFT_DELETE_BASE : BASE;
            type.superclass(ParameterizedTypeName.get(base, entity, id));
            type.addJavadoc(classJavadoc());
            if (generatedAvailable) {
                type.addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", PROCESSOR)
                        .addMember("comments", "$S", "repository for " + plan.entity().getQualifiedName()
                                + "; see docs/repositories.md")
                        .build());
            }
            if (spring) {
                // Named by its qualified name: a Spring Data interface of the same simple name in
                // another package has the bean name productRepository.
                type.addAnnotation(AnnotationSpec.builder(SPRING_REPOSITORY)
                                .addMember("value", "$S", plan.qualifiedRepositoryName()).build())
                        .addAnnotation(AnnotationSpec.builder(SPRING_TRANSACTIONAL)
                                .addMember("readOnly", "true").build());
            } else if (cdi) {
                type.addAnnotation(APPLICATION_SCOPED).addAnnotation(JTA_TRANSACTIONAL);
            }
            constants();
            queries();
            constructors();
            for (FinderPlan finder : plan.finders()) {
                finder(finder);
            }
            keyset("findAll", List.of(), List.of(), "FIND_ALL", hidesDeleted ? "live rows" : "rows");
            springData("findAll", List.of(), "FIND_ALL", "COUNT");
            if (soft) {
                keyset("findDeleted", List.of(), List.of(), "FIND_DELETED", "soft-deleted rows");
                springData("findDeleted", List.of(), "FIND_DELETED", "COUNT_DELETED");
                purgeDeletedBefore();
            } else if (hibernate != null) {
                hibernatePurge();
            }
            return type.build();
        }

        // ------------------------------------------------------------ class, constants, constructors

        private CodeBlock classJavadoc() {
            WrappingDoc doc = new WrappingDoc()
                    .add("Reads and writes {@link $T} rows through an {@link $T}. The methods every repository "
                            + "has ({@code findById}, {@code count}, {@code findAll}, {@code save}, {@code delete}"
                            + (softDeleting ? " and those for deleted rows" : "") + ") come from {@link $T}; this class "
                            + "holds the entity's queries and its finders.\n\n",
                            entity, ENTITY_MANAGER, spring ? (softDeleting ? SPRING_SOFT_DELETE_BASE : SPRING_BASE)
                                    : softDeleting ? SOFT_DELETE_BASE : BASE)
                    .add((spring ? "<p>The repository is a Spring bean named by its qualified class name: every "
                            + "method runs in a Spring transaction, the caller's when there is one, read-only for "
                            + "reads. " : cdi ? "<p>The repository is an application-scoped CDI bean: every method "
                            + "runs in a JTA transaction ({@code @Transactional}), the caller's when there is one. "
                            : "<p>The repository never begins or commits a transaction: call it inside one that the "
                            + "caller owns. ")
                            + "Methods that write may flush the entity manager. Every query is a "
                            + "constant " + (hibernate != null ? "string (JPQL, or native SQL where noted)" : "JPQL string")
                            + " with bound parameters, and every finder has an index of the "
                            + "table behind it. Arguments are checked: a {@code null} argument, an "
                            + "{@code offset} below 0 or a {@code limit} outside 1..{@value #MAX_LIMIT} throws "
                            + "{@link IllegalArgumentException} naming the argument.\n");
            if (soft) {
                doc.add("\n<p>Rows are soft-deleted: {@code $L} (column $L) is {@code null} for a live row and holds the "
                                + "time of deletion otherwise. Every method sees live rows only, unless its name "
                                + "says otherwise ({@code findByIdIncludingDeleted}, {@code findDeleted}, "
                                + "{@code countDeleted}, {@code purgeDeletedBefore}, {@code hardDelete}). Reads "
                                + "query the database, so an instance deleted in this persistence context is "
                                + "hidden at once; {@code delete} and {@code restore} write the column with a JPQL "
                                + "update (no setter needed) and refresh the managed instance.\n",
                        plan.softDelete().path(), code(plan.softDelete().column()));
            } else if (hibernate != null) {
                doc.add("\n<p>The entity uses Hibernate's {@code @SoftDelete} ($L, column $L): Hibernate "
                                + "turns {@code delete} into an update and hides deleted rows from every JPQL "
                                + "read, so the standard methods see live rows only. The methods for deleted rows "
                                + "({@code findByIdIncludingDeleted}, {@code findDeleted}, {@code countDeleted}, "
                                + "{@code restore}, {@code $L}, {@code hardDelete}) cannot reach them through JPQL "
                                + "and use constant native SQL on table $L with bound parameters instead. "
                                + "Rows removed for real take the rows of the collection and join tables the "
                                + "entity owns with them; cascades and entity callbacks do not run for them.\n",
                        hibernate.strategy(), code(hibernate.column()),
                        hibernate.timestamp() ? "purgeDeletedBefore" : "purgeDeleted", code(hibernate.table()));
            } else if (hibernateSoft) {
                doc.add("\n<p>The entity uses Hibernate's {@code @SoftDelete}: Hibernate turns {@code delete} into "
                        + "an update and hides deleted rows from every read by itself. This repository has no "
                        + "methods for deleted rows because $L.\n",
                        docText(plan.softDelete().hibernate() == null ? "the model does not describe the column"
                                : plan.softDelete().hibernate().unsupported()));
            } else {
                doc.add("\n<p>The entity has no soft-delete column, so {@code delete} removes the row.\n");
            }
            tenantJavadoc(doc);
            aggregateJavadoc(doc);
            if (!plan.skipped().isEmpty()) {
                doc.add("\n<p>Indexes without a finder:\n<ul>\n");
                for (String skipped : plan.skipped()) {
                    doc.add("  <li>$L</li>\n", docText(skipped));
                }
                doc.add("</ul>\n");
            }
            return doc.build();
        }

        private void constants() {
            String from = "select e from " + plan.entityName() + " e";
            String count = "select count(e) from " + plan.entityName() + " e";
            String byId = " where e." + plan.id().path() + " = :id" + tenantFilter;
            String order = " order by e." + plan.id().path();
            if (soft) {
                constant("FIND_BY_ID", from + byId + " and " + live);
                constant("EXISTS_BY_ID", count + byId + " and " + live);
            } else if (hibernateSoft || plan.tenant() != null) {
                // Hibernate adds its soft-delete and @TenantId restrictions to queries, even for an
                // instance it still manages; EntityManager.find would answer another tenant's row.
                constant("FIND_BY_ID", from + byId);
                constant("EXISTS_BY_ID", count + byId);
            }
            String liveRows = where(soft ? live : null);
            constant("COUNT", count + liveRows);
            constant("FIND_ALL", from + liveRows + order);
            keysetConstants("FIND_ALL", liveRows, List.of());
            for (FinderPlan finder : plan.finders()) {
                StringBuilder where = new StringBuilder(" where ");
                for (int i = 0; i < finder.parameters().size(); i++) {
                    Parameter parameter = finder.parameters().get(i);
                    where.append(i > 0 ? " and " : "").append("e.").append(parameter.path())
                            .append(" = :").append(parameter.name());
                }
                if (soft) {
                    where.append(" and ").append(live);
                }
                where.append(tenantFilter);
                constant(NameCase.constant(finder.name()), from + where + orderBy(finder.order()));
                if (!finder.unique()) {
                    constant(NameCase.constant(finder.name()).replaceFirst("^FIND_", "COUNT_"), count + where);
                    keysetConstants(NameCase.constant(finder.name()), where.toString(), finder.order());
                }
            }
            if (soft) {
                String deletedAt = "e." + plan.softDelete().path();
                String bump = plan.version() == null ? ""
                        : ", e." + plan.version() + " = e." + plan.version() + " + 1";
                String by = plan.deletedBy() == null ? "" : ", e." + plan.deletedBy().path();
                String update = "update " + plan.entityName() + " e set " + deletedAt;
                constant("SOFT_DELETE", update + " = :now" + (by.isEmpty() ? "" : by + " = :by") + bump + byId
                        + " and " + deletedAt + " is null");
                constant("RESTORE", update + " = null" + (by.isEmpty() ? "" : by + " = null") + bump + byId
                        + " and " + deletedAt + " is not null");
                String deletedRows = where(deletedAt + " is not null");
                constant("FIND_DELETED", from + deletedRows + order);
                constant("COUNT_DELETED", count + deletedRows);
                keysetConstants("FIND_DELETED", deletedRows, List.of());
                constant("FIND_PURGEABLE", from + where(deletedAt + " < :cutoff") + order);
                if (!plan.children().isEmpty()) {
                    ownedConstants();
                }
            }
            if (hibernate != null) {
                hibernateConstants();
            }
        }

        /** {@code " where <condition> and <tenant>"}, or empty when there is neither. */
        private String where(String condition) {
            String tenantOnly = tenantFilter.isEmpty() ? "" : tenantFilter.substring(" and ".length());
            if (condition == null) {
                return tenantOnly.isEmpty() ? "" : " where " + tenantOnly;
            }
            return " where " + condition + tenantFilter;
        }

        /** {@code " order by e.placedAt, e.id"}: the finder's sort keys, then the id. */
        private String orderBy(List<SortKey> keys) {
            StringBuilder order = new StringBuilder(" order by ");
            for (SortKey key : keys) {
                order.append("e.").append(key.path()).append(", ");
            }
            return order.append("e.").append(plan.id().path()).toString();
        }

        /**
         * The two queries of a keyset method: {@code <name>_KEYSET} selects the entity and its sort
         * key (the finder's keys, then the id) for the first page, {@code <name>_AFTER} those after
         * {@code :key0}, {@code :key1}, ... in the same order.
         */
        private void keysetConstants(String name, String where, List<SortKey> keys) {
            List<String> paths = new ArrayList<>();
            for (SortKey key : keys) {
                paths.add("e." + key.path());
            }
            paths.add("e." + plan.id().path());
            String select = "select e, " + String.join(", ", paths) + " from " + plan.entityName() + " e";
            String after = after(paths, 0);
            constant(name + "_KEYSET", select + where + orderBy(keys));
            constant(name + "_AFTER", select + (where.isEmpty() ? " where " : where + " and ") + after + orderBy(keys));
        }

        /** {@code (e.a > :key0 or (e.a = :key0 and e.id > :key1))}: strictly after the key, lexicographically. */
        private String after(List<String> paths, int at) {
            String path = paths.get(at);
            if (at == paths.size() - 1) {
                return path + " > :key" + at;
            }
            return "(" + path + " > :key" + at + " or (" + path + " = :key" + at + " and " + after(paths, at + 1) + "))";
        }

        /**
         * The statements that soft-delete and restore the rows the entity owns, children before
         * grandchildren: each level reaches its owner's rows through a subquery on the level above.
         */
        private void ownedConstants() {
            constant("DELETED_AT_BY_ID", "select e." + plan.softDelete().path() + " from " + plan.entityName()
                    + " e where e." + plan.id().path() + " = :id" + tenantFilter);
            CodeBlock.Builder owned = CodeBlock.builder().add("$T.of(", LIST);
            int[] counter = {0};
            ownedRows(plan.children(), null, owned, counter);
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(LIST, OWNED_ROWS), "OWNED",
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(wrap("The rows the entity owns, soft-deleted and restored with it (same time, same "
                            + "transaction); {@code :id} is the entity's id.") + "\n")
                    .initializer(owned.add(")").build())
                    .build());
        }

        /**
         * Adds the rows of {@code children} and theirs; {@code ownersOf} is the JPQL of the ids of the
         * level above ({@code null} for the entity's own children, which compare with {@code :id}).
         */
        private void ownedRows(List<ChildPlan> children, String ownersOf, CodeBlock.Builder owned, int[] counter) {
            for (ChildPlan child : children) {
                String alias = "c" + counter[0];
                String parent = alias + "." + child.parentPath();
                String owner = ownersOf == null ? parent + " = :id" : parent + " in (" + ownersOf + ")";
                String deletedAt = alias + "." + child.deletedAt();
                String by = child.deletedBy() == null || plan.deletedBy() == null ? ""
                        : ", " + alias + "." + child.deletedBy() + " = :by";
                String byNull = child.deletedBy() == null ? "" : ", " + alias + "." + child.deletedBy() + " = null";
                String update = "update " + child.entityName() + " " + alias + " set " + deletedAt;
                String delete = update + " = :now" + by + " where " + owner + " and " + deletedAt + " is null";
                String restore = update + " = null" + byNull + " where " + owner + " and " + deletedAt
                        + " = :deletedAt";
                String ids = "select " + alias + "." + child.idPath() + " from " + child.entityName() + " " + alias
                        + " where " + owner;
                owned.add(counter[0] == 0 ? "\n        " : ",\n        ");
                owned.add("new $T($T.class,\n                $S,\n                $S,\n                $S,"
                        + "\n                $T.class, $L)", OWNED_ROWS, childClass(child), delete, restore, ids,
                        typeName(child.deletedAtType()), !by.isEmpty());
                counter[0]++;
                ownedRows(child.children(), ids, owned, counter);
            }
        }

        private TypeName childClass(ChildPlan child) {
            return ClassName.get(child.type());
        }

        /** Native SQL for the rows Hibernate hides; {@code ?1} is the id, the cutoff or the deleted mark. */
        private void hibernateConstants() {
            String table = hibernate.table();
            String idColumn = hibernate.idColumn();
            String column = hibernate.column();
            String deleted = hibernate.timestamp() ? column + " is not null" : column + " = ?1";
            String purged = hibernate.timestamp() ? column + " < ?1" : column + " = ?1";
            if (!hibernate.timestamp()) {
                type.addField(FieldSpec.builder(boolean.class, "DELETED_MARK", Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("What Hibernate's {@code $L} stores in $L for a deleted row.\n",
                                softDeleteAnnotation(), code(column))
                        .initializer("$L", hibernate.deletedMark())
                        .build());
            }
            constant("FIND_BY_ID_INCLUDING_DELETED", "select * from " + table + " where " + idColumn + " = ?1");
            constant("FIND_DELETED", "select * from " + table + " where " + deleted + " order by " + idColumn);
            constant("COUNT_DELETED", "select count(*) from " + table + " where " + deleted);
            constant("RESTORE", "update " + table + " set " + column
                    + (hibernate.timestamp() ? " = null" : " = ?2") + " where " + idColumn + " = ?1");
            List<String> hardDelete = new ArrayList<>();
            List<String> purge = new ArrayList<>();
            for (Dependent dependent : hibernate.dependents()) {
                hardDelete.add("delete from " + dependent.table() + " where " + dependent.column() + " = ?1");
                purge.add("delete from " + dependent.table() + " where " + dependent.column() + " in (select "
                        + idColumn + " from " + table + " where " + purged + ")");
            }
            hardDelete.add("delete from " + table + " where " + idColumn + " = ?1");
            purge.add("delete from " + table + " where " + purged);
            statements("HARD_DELETE", hardDelete, "The statements that remove one row for real, the rows that "
                    + "belong to it first; {@code ?1} is the id.");
            statements("PURGE", purge, "The statements that remove deleted rows for real, the rows that belong to "
                    + "them first; the entity's table comes last.");
        }

        private void statements(String name, List<String> sql, String javadoc) {
            CodeBlock.Builder value = CodeBlock.builder().add("$T.of(", LIST);
            for (int i = 0; i < sql.size(); i++) {
                value.add(i == 0 ? "\n        $S" : ",\n        $S", sql.get(i));
            }
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(LIST, ClassName.get(String.class)), name,
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(wrap(javadoc) + "\n")
                    .initializer(value.add(")").build())
                    .build());
        }

        private void constant(String name, String jpql) {
            CodeBlock.Builder value = CodeBlock.builder();
            String[] parts = jpql.length() <= 70 ? new String[] {jpql} : jpql.split("(?= where )", 2);
            for (int i = 0; i < parts.length; i++) {
                value.add(i == 0 ? "$S" : "\n        + $S", parts[i]);
            }
            type.addField(FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(value.build())
                    .build());
        }

        /** The queries the base class runs, handed over once per class. */
        private void queries() {
            CodeBlock.Builder value = CodeBlock.builder().add("$T.of(COUNT, FIND_ALL)", QUERIES);
            if (hidesDeleted || plan.tenant() != null) {
                value.add("\n        .byId(FIND_BY_ID, EXISTS_BY_ID)");
            }
            if (soft) {
                value.add("\n        .softDelete(SOFT_DELETE, RESTORE, FIND_DELETED, COUNT_DELETED, FIND_PURGEABLE)");
            } else if (hibernate != null) {
                value.add("\n        .hibernateSoftDelete(FIND_BY_ID_INCLUDING_DELETED, FIND_DELETED, COUNT_DELETED, "
                        + "RESTORE,\n                HARD_DELETE, PURGE, $L)", hibernate.timestamp() ? "null" : "DELETED_MARK");
            }
            type.addField(FieldSpec.builder(QUERIES, "QUERIES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(value.build())
                    .build());
        }

        private void constructors() {
            MethodSpec.Builder main = MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(ENTITY_MANAGER, "entityManager");
            StringBuilder extraDoc = new StringBuilder();
            List<String> extra = new ArrayList<>();
            if (tenant != null) {
                extra.add("tenant");
                extraDoc.append("@param tenant the current tenant, asked at every call: the repository reads and "
                        + "writes this tenant's rows only\n");
            }
            if (soft && plan.deletedBy() != null) {
                extra.add("user");
                extraDoc.append("@param user the current user, whom a deletion stamps in {@code ")
                        .append(plan.deletedBy().path()).append("}\n");
            }
            String extraArguments = extra.isEmpty() ? "" : ", " + String.join(", ", extra);
            if (soft && spring) {
                // One constructor, so Spring injects it without @Autowired; the clock is the
                // application's Clock bean when it defines one.
                addExtraParameters(main);
                main.addParameter(ParameterizedTypeName.get(OBJECT_PROVIDER, CLOCK), "clock")
                        .addJavadoc(wrap("A repository that stamps deletions with the application's {@link $T} bean, "
                                + "or the system clock in UTC when it defines none.\n\n" + entityManagerDoc + extraDoc
                                + "@param clock the clock that says when a row was deleted, if the application has one\n"),
                                CLOCK)
                        .addStatement("super(entityManager, $T.class, $T.class, QUERIES, clock.getIfAvailable($T::systemUTC), "
                                + "$T.class)", entity, id, CLOCK, typeName(plan.softDelete().type()));
            } else if (soft) {
                MethodSpec.Builder utc = MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ENTITY_MANAGER, "entityManager");
                addExtraParameters(utc);
                if (cdi) {
                    utc.addAnnotation(INJECT);
                }
                type.addMethod(utc
                        .addJavadoc(wrap("A repository that stamps deletions with the system clock in UTC.\n\n"
                                + entityManagerDoc + extraDoc))
                        .addStatement("this(entityManager, $T.systemUTC()$L)", CLOCK, extraArguments)
                        .build());
                main.addParameter(CLOCK, "clock");
                addExtraParameters(main);
                main.addJavadoc(wrap("A repository that stamps deletions with {@code clock} (and converts purge "
                                + "cutoffs in its zone).\n\n"
                                + entityManagerDoc
                                + "@param clock the clock that says when a row was deleted\n" + extraDoc))
                        .addStatement("super(entityManager, $T.class, $T.class, QUERIES, clock, $T.class)",
                                entity, id, typeName(plan.softDelete().type()));
            } else {
                addExtraParameters(main);
                if (cdi) {
                    main.addAnnotation(INJECT);
                }
                main.addJavadoc(wrap("A repository working with {@code entityManager}.\n\n" + entityManagerDoc
                        + extraDoc))
                        .addStatement("super(entityManager, $T.class, $T.class, QUERIES)", entity, id);
            }
            if (tenant != null && tenant.association() != null) {
                main.addStatement("support().bindTenant(tenant, $S, $T.class)", tenant.attribute(),
                        ClassName.get(tenant.association()));
            } else if (tenant != null) {
                main.addStatement("support().bindTenant(tenant, $S)", tenant.path());
            }
            if (extra.contains("user")) {
                main.addStatement("support().stampDeletedBy(user)");
            }
            if (soft && !plan.children().isEmpty()) {
                main.addStatement("support().own(DELETED_AT_BY_ID, OWNED)");
            }
            type.addMethod(main.build());
            if (cdi) {
                type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED)
                        .addJavadoc("For the client proxy CDI makes of the bean; never used to work.\n").build());
            }
        }

        /** The constructor parameters beyond the entity manager (and the clock): tenant and user. */
        private void addExtraParameters(MethodSpec.Builder constructor) {
            if (tenant != null) {
                constructor.addParameter(ParameterizedTypeName.get(CURRENT_TENANT, typeName(tenant.type())),
                        "tenant");
            }
            if (soft && plan.deletedBy() != null) {
                constructor.addParameter(ParameterizedTypeName.get(CURRENT_USER, typeName(plan.deletedBy().type())),
                        "user");
            }
        }

        private void tenantJavadoc(WrappingDoc doc) {
            TenantPlan bound = plan.tenant();
            if (bound == null) {
                return;
            }
            if (bound.managed()) {
                doc.add("\n<p>Rows belong to tenants ($L, column $L): the repository is bound to the tenant its "
                        + "{@link $T} answers at each call. Every query reads, counts, changes and purges that "
                        + "tenant's rows only, and no method takes a tenant: another tenant's row is not found, "
                        + "and changing or deleting it does nothing. {@code save} sets a missing tenant to the "
                        + "current one and refuses (with {@link IllegalArgumentException}) an entity of another "
                        + "tenant, or one with the id of another tenant's row.\n",
                        "{@code " + bound.path() + "}", code(bound.column() == null ? bound.path() : bound.column()),
                        CURRENT_TENANT);
            } else {
                doc.add("\n<p>Rows belong to tenants through Hibernate's {@code @TenantId} ($L): Hibernate sets "
                        + "the tenant of a new row and filters every read by the session's tenant identifier "
                        + "(its {@code CurrentTenantIdentifierResolver}), so the repository adds no filter of "
                        + "its own and no method takes a tenant.\n", "{@code " + bound.path() + "}");
            }
        }

        private void aggregateJavadoc(WrappingDoc doc) {
            if (soft && plan.deletedBy() != null) {
                doc.add("\n<p>{@code delete} stamps {@code $L} with the user the {@link $T} answers; "
                        + "{@code restore} clears it.\n", plan.deletedBy().path(), CURRENT_USER);
            }
            if (!plan.children().isEmpty()) {
                List<String> names = new ArrayList<>();
                for (ChildPlan child : plan.children()) {
                    names.add("{@code " + child.attribute() + "} (" + docText(child.simpleName()) + ")");
                }
                doc.add("\n<p>The entity is the root of an aggregate: {@code delete} soft-deletes the live rows it "
                        + "owns ($L, and what they own in turn) with the same time, in the same transaction, "
                        + "and {@code restore} restores those stamped with its time, not rows deleted earlier "
                        + "on their own. Their own repositories hide them meanwhile. Managed instances of "
                        + "them are refreshed.\n", String.join(", ", names));
            }
            if (!plan.notes().isEmpty()) {
                doc.add("\n<p>Owned rows not soft-deleted with the entity:\n<ul>\n");
                for (String note : plan.notes()) {
                    doc.add("  <li>$L</li>\n", docText(note));
                }
                doc.add("</ul>\n");
            }
        }

        // ------------------------------------------------------------ methods for every entity

        private MethodSpec.Builder method(String name, String javadoc, Object... args) {
            return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).addJavadoc(wrap(javadoc), args);
        }

        private void finder(FinderPlan finder) {
            StringBuilder doc = new StringBuilder();
            List<String> names = new ArrayList<>();
            for (Parameter parameter : finder.parameters()) {
                names.add("{@code " + parameter.path() + "}");
            }
            String what = String.join(" and ", names);
            if (finder.unique()) {
                doc.append("Finds the ").append(hidesDeleted ? "live " : "").append("row with this ").append(what)
                        .append(", backed by ").append(docText(finder.index())).append(".\n\n");
            } else {
                doc.append("One page of ").append(hidesDeleted ? "live " : "").append("rows with this ").append(what)
                        .append(", ordered by ").append(orderText(finder.order())).append(", backed by ")
                        .append(docText(finder.index())).append(".\n\n");
            }
            for (Parameter parameter : finder.parameters()) {
                doc.append("@param ").append(parameter.name()).append(" the {@code ").append(parameter.path())
                        .append("} to match").append(parameter.primitive() ? "" : "; not {@code null}").append('\n');
            }
            if (!finder.unique()) {
                doc.append("@param offset how many rows to skip, at least 0\n")
                        .append("@param limit the largest number of rows to return, 1 to {@value #MAX_LIMIT}\n")
                        .append("@return the page, with the total number of matching rows\n");
            } else {
                doc.append("@return the entity, or empty when no ").append(hidesDeleted ? "live " : "")
                        .append("row matches\n");
            }
            MethodSpec.Builder m = MethodSpec.methodBuilder(finder.name())
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("$L", wrap(doc.toString()))
                    .returns(finder.unique() ? ParameterizedTypeName.get(OPTIONAL, entity) : page());
            CodeBlock.Builder bind = CodeBlock.builder();
            for (Parameter parameter : finder.parameters()) {
                m.addParameter(typeName(parameter.type()), parameter.name());
                bind.add(",$W$S, $N", parameter.name(), parameter.name());
            }
            String constant = NameCase.constant(finder.name());
            if (finder.unique()) {
                m.addStatement("return support().findOne($L$L)", constant, bind.build());
            } else {
                m.addParameter(int.class, "offset").addParameter(int.class, "limit")
                        .addStatement("return support().page($L, $L, offset, limit$L)", constant,
                                constant.replaceFirst("^FIND_", "COUNT_"), bind.build());
            }
            type.addMethod(m.build());
            if (!finder.unique()) {
                springData(finder.name(), finder.parameters(), constant, constant.replaceFirst("^FIND_", "COUNT_"));
                keyset(finder.name(), finder.parameters(), finder.order(), constant,
                        (hidesDeleted ? "live " : "") + "rows with this " + what + ", backed by "
                                + docText(finder.index()));
            }
        }

        /** {@code placedAt, then id}, for javadoc. */
        private String orderText(List<SortKey> keys) {
            StringBuilder text = new StringBuilder();
            for (SortKey key : keys) {
                text.append("{@code ").append(key.path()).append("}, then ");
            }
            return text.append(keys.isEmpty() ? "id" : "{@code " + plan.id().path() + "}").toString();
        }

        /**
         * The keyset form of a paged method: the same rows in the same order, from a cursor instead
         * of an offset, never counted.
         */
        private void keyset(String name, List<Parameter> parameters, List<SortKey> keys, String constant,
                String what) {
            StringBuilder doc = new StringBuilder("One keyset page of ").append(what).append(", ordered by ")
                    .append(orderText(keys)).append(": the rows strictly after {@code after}, so that pages never "
                            + "overlap or skip a row while rows are inserted or deleted between them, and no "
                            + "row is skipped by counting.\n\n");
            for (Parameter parameter : parameters) {
                doc.append("@param ").append(parameter.name()).append(" the {@code ").append(parameter.path())
                        .append("} to match").append(parameter.primitive() ? "" : "; not {@code null}").append('\n');
            }
            doc.append("@param after {@link Cursor#first()}, or the {@code next()} of the page before, from this "
                            + "method\n")
                    .append("@param limit the largest number of rows to return, 1 to {@value #MAX_LIMIT}\n")
                    .append("@return the page and the cursor after it\n");
            MethodSpec.Builder m = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("$L", wrap(doc.toString()))
                    .returns(ParameterizedTypeName.get(KEYSET_PAGE, entity));
            CodeBlock.Builder bind = CodeBlock.builder();
            for (Parameter parameter : parameters) {
                m.addParameter(typeName(parameter.type()), parameter.name());
                bind.add(",$W$S, $N", parameter.name(), parameter.name());
            }
            m.addParameter(CURSOR, "after").addParameter(int.class, "limit")
                    .addStatement("return support().keyset($L_KEYSET, $L_AFTER, $L, after, limit$L)", constant,
                            constant, keys.size() + 1, bind.build());
            type.addMethod(m.build());
        }

        // ------------------------------------------------------------ soft-delete methods

        private void purgeDeletedBefore() {
            type.addMethod(method("purgeDeletedBefore",
                    "Removes for real the rows soft-deleted before {@code cutoff}. They are loaded and removed "
                            + "through {@link $T#remove} in batches of {@value $T#PURGE_BATCH_SIZE}, flushing after "
                            + "each, so cascades and callbacks run and the persistence context stays consistent.\n\n"
                            + "@param cutoff rows whose {@code $L} is before this instant are removed\n"
                            + "@return how many rows were removed\n", ENTITY_MANAGER, SUPPORT, plan.softDelete().path())
                    .returns(int.class)
                    .addParameter(INSTANT, "cutoff")
                    .addAnnotations(writes())
                    .addStatement("return purgeBefore(cutoff)")
                    .build());
        }

        // ------------------------------------------------------------ Hibernate @SoftDelete methods

        private String softDeleteAnnotation() {
            return hibernate.strategy() == SoftDeleteStrategy.DELETED ? "@SoftDelete"
                    : "@SoftDelete(strategy = SoftDeleteType." + hibernate.strategy() + ")";
        }

        private void hibernatePurge() {
            MethodSpec.Builder m;
            if (hibernate.timestamp()) {
                m = method("purgeDeletedBefore",
                        "Removes for real the rows soft-deleted before {@code cutoff}, with native SQL (no "
                                + "cascades or callbacks run). Pending changes are flushed first.\n\n"
                                + "@param cutoff rows whose $L is before this instant are removed\n"
                                + "@return how many rows were removed\n", code(hibernate.column()))
                        .addParameter(INSTANT, "cutoff");
            } else {
                m = method("purgeDeleted",
                        "Removes for real every soft-deleted row, with native SQL (no cascades or callbacks run). "
                                + "Pending changes are flushed first. Hibernate's {@code $L} records "
                                + "that a row was deleted, not when, so there is no {@code purgeDeletedBefore}: "
                                + "{@code @SoftDelete(strategy = SoftDeleteType.TIMESTAMP)} has it.\n\n"
                                + "@return how many rows were removed\n",
                        softDeleteAnnotation());
            }
            // The entity's own table comes last in PURGE, so the count of the last statement is the answer.
            type.addMethod(m.returns(int.class)
                    .addAnnotations(writes())
                    .addStatement(hibernate.timestamp() ? "return purgeBefore(cutoff)" : "return purgeAll()")
                    .build());
        }

        /** Spring's {@code @Transactional} on a method that writes (the class's is read-only). */
        private List<AnnotationSpec> writes() {
            return spring ? List.of(AnnotationSpec.builder(SPRING_TRANSACTIONAL).build()) : List.of();
        }

        /**
         * The Spring Data forms of a paged method, when Spring Data is on the class path: a
         * {@code Pageable} in and a {@code Page} out, and a {@code ScrollPosition} in and a
         * {@code Window} out, over the same queries as the offset and keyset forms.
         */
        private void springData(String name, List<Parameter> parameters, String constant, String count) {
            if (!framework.springDataPaging()) {
                return;
            }
            MethodSpec.Builder page = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                    .addJavadoc(wrap("The rows of {@code $L(..., offset, limit)} as Spring Data's page: {@code pageable} "
                            + "is unsorted or sorted in this method's order, else {@link IllegalArgumentException} "
                            + "(see {@link $T}).\n"), name, SPRING_DATA)
                    .returns(ParameterizedTypeName.get(SPRING_PAGE, entity));
            MethodSpec.Builder window = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                    .addJavadoc(wrap("The rows of {@code $L(..., after, limit)} as Spring Data's window: {@code position} "
                            + "is {@code ScrollPosition.keyset()} or one of this method's windows (see {@link $T}).\n"),
                            name, SPRING_DATA)
                    .returns(ParameterizedTypeName.get(WINDOW, entity));
            CodeBlock.Builder bind = CodeBlock.builder();
            for (Parameter parameter : parameters) {
                page.addParameter(typeName(parameter.type()), parameter.name());
                window.addParameter(typeName(parameter.type()), parameter.name());
                bind.add(",$W$S, $N", parameter.name(), parameter.name());
            }
            type.addMethod(page.addParameter(PAGEABLE, "pageable")
                    .addStatement("return $T.page(support(), $L, $L, pageable$L)", SPRING_DATA, constant, count,
                            bind.build())
                    .build());
            type.addMethod(window.addParameter(SCROLL_POSITION, "position").addParameter(int.class, "limit")
                    .addStatement("return $T.window(support(), $L_KEYSET, $L_AFTER, position, limit$L)", SPRING_DATA,
                            constant, constant, bind.build())
                    .build());
        }

        private TypeName page() {
            return ParameterizedTypeName.get(PAGE, entity);
        }
    }

    /** A type written in the plan ({@code long}, {@code java.util.UUID}, {@code com.acme.Order$Status}). */
    TypeName typeName(String name) {
        switch (name) {
            case "boolean": return TypeName.BOOLEAN;
            case "byte": return TypeName.BYTE;
            case "short": return TypeName.SHORT;
            case "int": return TypeName.INT;
            case "long": return TypeName.LONG;
            case "char": return TypeName.CHAR;
            case "float": return TypeName.FLOAT;
            case "double": return TypeName.DOUBLE;
            default:
                break;
        }
        return classNames.computeIfAbsent(name, RepositoryGenerator::fromBinaryName);
    }

    /**
     * The class a binary name ({@code com.acme.Order$Status}) names: the model records each type's
     * binary name, so nested classes and any package spelling come out exactly, without asking the
     * compiler again and without guessing from letter case.
     */
    static ClassName fromBinaryName(String binaryName) {
        int firstNested = binaryName.indexOf('$');
        String outer = firstNested < 0 ? binaryName : binaryName.substring(0, firstNested);
        int dot = outer.lastIndexOf('.');
        String packageName = dot < 0 ? "" : outer.substring(0, dot);
        String[] simpleNames = binaryName.substring(dot + 1).split("\\$");
        return ClassName.get(packageName, simpleNames[0], java.util.Arrays.copyOfRange(simpleNames, 1, simpleNames.length));
    }

    /** Wraps javadoc text at about 100 columns; JavaPoet writes javadoc lines as given. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String line : text.split("\n", -1)) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            int width = 0;
            for (String word : line.split(" ", -1)) {
                if (width > 0 && width + 1 + word.length() > 96) {
                    out.append('\n');
                    width = 0;
                } else if (width > 0) {
                    out.append(' ');
                    width++;
                }
                out.append(word);
                width += word.length();
            }
        }
        return out.toString();
    }

    /** A javadoc builder that wraps each piece it is given. */
    private static final class WrappingDoc {
        private final CodeBlock.Builder builder = CodeBlock.builder();

        WrappingDoc add(String format, Object... args) {
            builder.add(wrap(format), args);
            return this;
        }

        CodeBlock build() {
            return builder.build();
        }
    }

    /**
     * {@code text} as javadoc text that reads as written: HTML's {@code & < >}, javadoc's {@code @ { }},
     * {@code *} (so no {@code *}{@code /} ends the comment) and the backslash (so no unicode escape
     * turns into one) become character references; control characters are shown as Java escapes.
     */
    static String docText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@', '{', '}', '*', '\\' -> out.append("&#").append((int) c).append(';');
                case '\n' -> out.append("&#92;n");
                case '\r' -> out.append("&#92;r");
                case '\t' -> out.append("&#92;t");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                        // No character reference stands for these in HTML: shown as Java writes them.
                        out.append(String.format(Locale.ROOT, "&#92;u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A name in javadoc: as code, escaped as {@link #docText} escapes it. */
    static String code(String name) {
        return "<code>" + docText(name) + "</code>";
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /**
     * The source with every character outside ASCII as a unicode escape ({@code größe} →
     * <code>gr&#92;u00f6&#92;u00dfe</code>), in identifiers, string literals and comments alike, so it reads the
     * same under any {@code -encoding}. JavaPoet escapes backslashes in literals and javadoc text
     * escapes them too, so no escape written here follows an odd number of backslashes.
     */
    static String ascii(String source) {
        StringBuilder out = null;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c > 0x7e && out == null) {
                out = new StringBuilder(source.length() + 64).append(source, 0, i);
            }
            if (out != null) {
                if (c > 0x7e) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? source : out.toString();
    }
}
