package dev.entitylint.processor.generate;

import dev.entitylint.processor.config.RepositoryFramework;
import dev.entitylint.processor.model.NameCase;
import dev.entitylint.processor.model.SoftDeleteStrategy;
import dev.entitylint.processor.plan.RepositoryPlan;
import dev.entitylint.processor.plan.RepositoryPlan.ChildPlan;
import dev.entitylint.processor.plan.RepositoryPlan.Dependent;
import dev.entitylint.processor.plan.RepositoryPlan.FinderPlan;
import dev.entitylint.processor.plan.RepositoryPlan.HibernateSoftDelete;
import dev.entitylint.processor.plan.RepositoryPlan.Parameter;
import dev.entitylint.processor.plan.RepositoryPlan.SoftDeleteMode;
import dev.entitylint.processor.plan.RepositoryPlan.SortKey;
import dev.entitylint.processor.plan.RepositoryPlan.TenantPlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Filer;
import javax.tools.JavaFileObject;

/**
 * Writes one repository class from a {@link RepositoryPlan}. The generated code depends on the
 * Jakarta Persistence API (3.1 or later) and {@code entitylint-annotations} only, and on the
 * framework's annotations in its Spring and CDI flavours ({@link RepositoryFramework}); every query
 * is JPQL (or, for Hibernate's {@code @SoftDelete}, native SQL) with bound parameters.
 *
 * <p>javac compiles every generated class in every build, so the class holds only what is its
 * entity's own: its finders, their queries as constants and their javadoc. The methods every
 * repository has, and the queries they run, come from the base class and {@code
 * RepositoryQueries}; each generated method hands its query to {@code RepositorySupport} in one
 * statement. The source is written as text ({@link JavaSource}): a general code model rendered
 * each file twice and cost a third of the generation's compile time.
 */
public final class RepositoryGenerator {

    private static final String PROCESSOR = "dev.entitylint.processor.EntityLintProcessor";
    private static final String ENTITYLINT = "dev.entitylint.";
    private static final String ENTITY_MANAGER = "jakarta.persistence.EntityManager";
    private static final String SPRING = "dev.entitylint.spring.";
    private static final String SPRING_TRANSACTIONAL = "org.springframework.transaction.annotation.Transactional";
    private static final String DOMAIN = "org.springframework.data.domain.";

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
        String source = source(plan);
        JavaFileObject file = filer.createSourceFile(plan.qualifiedRepositoryName(), plan.entity());
        try (java.io.Writer out = file.openWriter()) {
            out.write(source);
        }
    }

    /** The repository source, as {@link #write} writes it. */
    public String source(RepositoryPlan plan) {
        return ascii(new Writer(plan).source());
    }

    /** Writes one plan; its fields are the names the methods share. */
    private final class Writer {
        private final RepositoryPlan plan;
        private final JavaSource java;
        /** The entity, its id type, the base class and the page types, as this file writes them. */
        private final String entity;
        private final String id;
        private final String base;
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
        private final boolean spring = framework.kind() == RepositoryFramework.Kind.SPRING;
        private final boolean cdi = framework.kind() == RepositoryFramework.Kind.CDI;
        /** What a constructor's javadoc says of the entity manager. */
        private final String entityManagerDoc = spring || cdi ? "@param entityManager the entity manager to work with\n"
                : "@param entityManager the entity manager to work with; transactions are the caller's\n";

        Writer(RepositoryPlan plan) {
            this.plan = plan;
            this.java = new JavaSource(plan.packageName(), plan.repositoryName());
            this.soft = plan.softDelete().managed();
            this.hibernateSoft = plan.softDelete().mode() == SoftDeleteMode.HIBERNATE;
            this.hibernate = hibernateSoft && plan.softDelete().deletedRowMethods() ? plan.softDelete().hibernate() : null;
            this.hidesDeleted = soft || hibernateSoft;
            this.softDeleting = soft || hibernate != null;
            this.live = soft ? "e." + plan.softDelete().path() + " is null" : null;
            this.tenant = plan.tenant() != null && plan.tenant().managed() ? plan.tenant() : null;
            this.tenantFilter = tenant == null ? "" : " and e." + tenant.path() + " = :tenant";
            // The entity first: it keeps its simple name whatever else the file names.
            this.entity = java.type(binaryName(plan.entity()));
            this.id = java.type(plan.id().type());
            this.base = java.type((spring ? SPRING + "Spring" : ENTITYLINT)
                    + (softDeleting ? "SoftDeleteRepository" : "EntityRepository"));
        }

        String source() {
            java.javadoc("", classJavadoc());
            if (generatedAvailable) {
                java.line("@" + java.type("javax.annotation.processing.Generated") + "(");
                java.line("        value = " + JavaSource.literal(PROCESSOR) + ",");
                java.line("        comments = " + JavaSource.literal("repository for "
                        + plan.entity().getQualifiedName() + "; see docs/repositories.md"));
                java.line(")");
            }
            if (spring) {
                // Named by its qualified name: a Spring Data interface of the same simple name in
                // another package has the bean name productRepository.
                java.line("@" + java.type("org.springframework.stereotype.Repository") + "("
                        + JavaSource.literal(plan.qualifiedRepositoryName()) + ")");
                java.line("@" + java.type(SPRING_TRANSACTIONAL) + "(readOnly = true)");
            } else if (cdi) {
                java.line("@" + java.type("jakarta.enterprise.context.ApplicationScoped"));
                java.line("@" + java.type("jakarta.transaction.Transactional"));
            }
            java.line("public class " + plan.repositoryName() + " extends " + base + "<" + entity + ", " + id + "> {");
            constants();
            queries();
            constructors();
            for (FinderPlan finder : plan.finders()) {
                finder(finder);
            }
            springData("findAll", List.of(), "QUERIES.findAll()");
            if (soft) {
                // findAll(Cursor, int) is the base class's; the deleted rows' keyset form reads the
                // column the repository writes, so only such a repository declares it.
                keyset("findDeleted", List.of(), List.of(), null, "soft-deleted rows");
                springData("findDeleted", List.of(), "QUERIES.findDeleted()");
                purgeDeletedBefore();
            } else if (hibernate != null) {
                hibernatePurge();
            }
            java.line("}");
            return java.toString();
        }

        // ------------------------------------------------------------ class, constants, constructors

        private String classJavadoc() {
            StringBuilder doc = new StringBuilder();
            doc.append(wrap("Reads and writes {@link " + entity + "} rows: the finders of its indexes here, the "
                    + "methods every repository has in {@link " + base + "}.")).append("\n\n");
            doc.append(wrap((spring ? "<p>A Spring bean named by its qualified class name: every method runs in a "
                    + "Spring transaction, the caller's when there is one, read-only for reads. "
                    : cdi ? "<p>An application-scoped CDI bean: every method runs in a JTA transaction "
                    + "({@code @Transactional}), the caller's when there is one. "
                    : "<p>It never begins or commits a transaction: call it inside one that the caller owns. ")
                    + "Queries are " + (hibernate != null ? "JPQL (or native SQL where noted)" : "JPQL")
                    + " with bound parameters; arguments are checked as {@link " + base + "} says.")).append('\n');
            if (soft) {
                doc.append('\n').append(wrap("<p>Rows are soft-deleted: {@code " + plan.softDelete().path() + "} (column "
                        + code(plan.softDelete().column()) + ") is {@code null} for a live row and holds the time of "
                        + "deletion otherwise. Every method sees live rows only, unless its name says otherwise.")).append('\n');
            } else if (hibernate != null) {
                doc.append('\n').append(wrap("<p>The entity uses Hibernate's {@code @SoftDelete} (" + hibernate.strategy()
                        + ", column " + code(hibernate.column()) + "): Hibernate turns {@code delete} into an update "
                        + "and hides deleted rows from every JPQL read, so the standard methods see live rows only. "
                        + "The methods for deleted rows ({@code findByIdIncludingDeleted}, {@code findDeleted}, "
                        + "{@code countDeleted}, {@code restore}, {@code "
                        + (hibernate.timestamp() ? "purgeDeletedBefore" : "purgeDeleted") + "}, {@code hardDelete}) "
                        + "cannot reach them through JPQL and use constant native SQL on table "
                        + code(hibernate.table()) + " with bound parameters instead. Rows removed for real take the "
                        + "rows of the collection and join tables the entity owns with them; cascades and entity "
                        + "callbacks do not run for them.")).append('\n');
            } else if (hibernateSoft) {
                doc.append('\n').append(wrap("<p>The entity uses Hibernate's {@code @SoftDelete}: Hibernate turns "
                        + "{@code delete} into an update and hides deleted rows from every read by itself. This "
                        + "repository has no methods for deleted rows because "
                        + docText(plan.softDelete().hibernate() == null ? "the model does not describe the column"
                                : plan.softDelete().hibernate().unsupported()) + ".")).append('\n');
            } else {
                doc.append("\n<p>The entity has no soft-delete column, so {@code delete} removes the row.\n");
            }
            tenantJavadoc(doc);
            aggregateJavadoc(doc);
            if (!plan.skipped().isEmpty()) {
                doc.append("\n<p>Indexes without a finder:\n<ul>\n");
                for (String skipped : plan.skipped()) {
                    doc.append(wrap("  <li>" + docText(skipped) + "</li>")).append('\n');
                }
                doc.append("</ul>\n");
            }
            return doc.toString();
        }

        private void tenantJavadoc(StringBuilder doc) {
            TenantPlan bound = plan.tenant();
            if (bound == null) {
                return;
            }
            if (bound.managed()) {
                doc.append('\n').append(wrap("<p>Rows belong to tenants ({@code " + bound.path() + "}, column "
                        + code(bound.column() == null ? bound.path() : bound.column()) + "): the repository is bound "
                        + "to the tenant its {@link " + java.type(ENTITYLINT + "CurrentTenant") + "} answers at "
                        + "each call. Every query reads, counts, changes and purges that tenant's rows only, and no "
                        + "method takes a tenant: another tenant's row is not found, and changing or deleting it "
                        + "does nothing. {@code save} sets a missing tenant to the current one and refuses (with "
                        + "{@link IllegalArgumentException}) an entity of another tenant, or one with the id of "
                        + "another tenant's row.")).append('\n');
            } else {
                doc.append('\n').append(wrap("<p>Rows belong to tenants through Hibernate's {@code @TenantId} "
                        + "({@code " + bound.path() + "}): Hibernate sets the tenant of a new row and filters every "
                        + "read by the session's tenant identifier (its {@code CurrentTenantIdentifierResolver}), "
                        + "so the repository adds no filter of its own and no method takes a tenant.")).append('\n');
            }
        }

        private void aggregateJavadoc(StringBuilder doc) {
            if (soft && plan.deletedBy() != null) {
                doc.append('\n').append(wrap("<p>{@code delete} stamps {@code " + plan.deletedBy().path()
                        + "} with the user the {@link " + java.type(ENTITYLINT + "CurrentUser") + "} answers; "
                        + "{@code restore} clears it.")).append('\n');
            }
            if (!plan.children().isEmpty()) {
                List<String> names = new ArrayList<>();
                for (ChildPlan child : plan.children()) {
                    names.add("{@code " + child.attribute() + "} (" + docText(child.simpleName()) + ")");
                }
                doc.append('\n').append(wrap("<p>The entity is the root of an aggregate: {@code delete} "
                        + "soft-deletes the live rows it owns (" + String.join(", ", names) + ", and what they own "
                        + "in turn) with the same time, in the same transaction, and {@code restore} restores those "
                        + "stamped with its time, not rows deleted earlier on their own. Their own repositories hide "
                        + "them meanwhile. Managed instances of them are refreshed.")).append('\n');
            }
            if (!plan.notes().isEmpty()) {
                doc.append("\n<p>Owned rows not soft-deleted with the entity:\n<ul>\n");
                for (String note : plan.notes()) {
                    doc.append(wrap("  <li>" + docText(note) + "</li>")).append('\n');
                }
                doc.append("</ul>\n");
            }
        }

        /** The queries the base class runs, handed over once per class. */
        private void queries() {
            java.blankLine();
            StringBuilder value = new StringBuilder("    private static final ")
                    .append(java.type(ENTITYLINT + "RepositoryQueries")).append(" QUERIES = ")
                    .append(java.type(ENTITYLINT + "RepositoryQueries")).append(".jpql(")
                    .append(JavaSource.literal(plan.entityName())).append(", ")
                    .append(JavaSource.literal(plan.id().path())).append(", ")
                    .append(tenant == null ? "null" : JavaSource.literal(tenant.path())).append(", ")
                    .append(hidesDeleted || plan.tenant() != null).append(')');
            if (soft) {
                value.append("\n            .softDeleteColumn(").append(JavaSource.literal(plan.softDelete().path()))
                        .append(", ").append(literalOrNull(plan.version())).append(", ")
                        .append(literalOrNull(plan.deletedBy() == null ? null : plan.deletedBy().path())).append(')');
            } else if (hibernate != null) {
                value.append("\n            .hibernateSoftDelete(FIND_BY_ID_INCLUDING_DELETED, FIND_DELETED, "
                        + "COUNT_DELETED, RESTORE,\n                    HARD_DELETE, PURGE, ")
                        .append(hibernate.timestamp() ? "null" : "DELETED_MARK").append(')');
            }
            java.line(value.append(';').toString());
        }

        private String literalOrNull(String value) {
            return value == null ? "null" : JavaSource.literal(value);
        }

        private void constants() {
            String from = "select e from " + plan.entityName() + " e";
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
            }
            if (soft && !plan.children().isEmpty()) {
                ownedConstants();
            }
            if (hibernate != null) {
                hibernateConstants();
            }
        }

        /** {@code " order by e.placedAt, e.id"}: the finder's sort keys, then the id. */
        private String orderBy(List<SortKey> keys) {
            StringBuilder order = new StringBuilder(" order by ");
            for (SortKey key : keys) {
                order.append("e.").append(key.path()).append(", ");
            }
            return order.append("e.").append(plan.id().path()).toString();
        }

        private void constant(String name, String query) {
            java.blankLine();
            String head = "    private static final String " + name + " = ";
            int split = query.indexOf(" where ");
            if (head.length() + query.length() + 3 <= 100 || split < 0) {
                java.line(head + JavaSource.literal(query) + ";");
            } else {
                java.line(head + JavaSource.literal(query.substring(0, split)));
                java.line("            + " + JavaSource.literal(query.substring(split)) + ";");
            }
        }

        /**
         * The statements that soft-delete and restore the rows the entity owns, children before
         * grandchildren: each level reaches its owner's rows through a subquery on the level above.
         */
        private void ownedConstants() {
            List<String> rows = new ArrayList<>();
            ownedRows(plan.children(), null, rows, new int[] {0});
            java.blankLine();
            java.javadoc("    ", wrap("The rows the entity owns, soft-deleted and restored with it (same time, same "
                    + "transaction); {@code :id} is the entity's id.") + "\n");
            java.line("    private static final " + java.type("java.util.List") + "<" + java.type(ENTITYLINT + "OwnedRows")
                    + "> OWNED = " + java.type("java.util.List") + ".of(");
            java.line(String.join(",\n", rows) + ");");
        }

        /**
         * Adds the rows of {@code children} and theirs; {@code ownersOf} is the JPQL of the ids of the
         * level above ({@code null} for the entity's own children, which compare with {@code :id}).
         */
        private void ownedRows(List<ChildPlan> children, String ownersOf, List<String> rows, int[] counter) {
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
                rows.add("            new " + java.type(ENTITYLINT + "OwnedRows") + "(" + java.type(binaryName(child.type()))
                        + ".class,\n                    " + JavaSource.literal(delete) + ",\n                    "
                        + JavaSource.literal(restore) + ",\n                    " + JavaSource.literal(ids)
                        + ",\n                    " + java.type(child.deletedAtType()) + ".class, " + !by.isEmpty() + ")");
                counter[0]++;
                ownedRows(child.children(), ids, rows, counter);
            }
        }

        /** Native SQL for the rows Hibernate hides; {@code ?1} is the id, the cutoff or the deleted mark. */
        private void hibernateConstants() {
            String table = hibernate.table();
            String idColumn = hibernate.idColumn();
            String column = hibernate.column();
            String deleted = hibernate.timestamp() ? column + " is not null" : column + " = ?1";
            String purged = hibernate.timestamp() ? column + " < ?1" : column + " = ?1";
            if (!hibernate.timestamp()) {
                java.blankLine();
                java.javadoc("    ", "What Hibernate's {@code " + softDeleteAnnotation() + "} stores in "
                        + code(column) + " for a deleted row.\n");
                java.line("    private static final boolean DELETED_MARK = " + hibernate.deletedMark() + ";");
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
            List<String> literals = new ArrayList<>();
            for (String statement : sql) {
                literals.add("            " + JavaSource.literal(statement));
            }
            java.blankLine();
            java.javadoc("    ", wrap(javadoc) + "\n");
            java.line("    private static final " + java.type("java.util.List") + "<" + java.lang("String") + "> "
                    + name + " = " + java.type("java.util.List") + ".of(");
            java.line(String.join(",\n", literals) + ");");
        }

        private void constructors() {
            List<String> parameters = new ArrayList<>();
            parameters.add(java.type(ENTITY_MANAGER) + " entityManager");
            StringBuilder extraDoc = new StringBuilder();
            List<String> extraParameters = new ArrayList<>();
            List<String> extraArguments = new ArrayList<>();
            if (tenant != null) {
                extraParameters.add(java.type(ENTITYLINT + "CurrentTenant") + "<" + java.type(tenant.type()) + "> tenant");
                extraArguments.add("tenant");
                extraDoc.append("@param tenant the current tenant, asked at every call: the repository reads and "
                        + "writes this tenant's rows only\n");
            }
            if (soft && plan.deletedBy() != null) {
                extraParameters.add(java.type(ENTITYLINT + "CurrentUser") + "<" + java.type(plan.deletedBy().type())
                        + "> user");
                extraArguments.add("user");
                extraDoc.append("@param user the current user, whom a deletion stamps in {@code ")
                        .append(plan.deletedBy().path()).append("}\n");
            }
            List<String> body = new ArrayList<>();
            String inject = cdi ? "@" + java.type("jakarta.inject.Inject") + "\n    " : "";
            String clock = java.type("java.time.Clock");
            if (soft && spring) {
                // One constructor, so Spring injects it without @Autowired; the clock is the
                // application's Clock bean when it defines one.
                extraParameters.add(java.type("org.springframework.beans.factory.ObjectProvider") + "<" + clock
                        + "> clock");
                extraDoc.append("@param clock the clock that says when a row was deleted, if the application has "
                        + "one\n");
                body.add("super(entityManager, " + entity + ".class, " + id + ".class, QUERIES, clock.getIfAvailable("
                        + clock + "::systemUTC), " + java.type(plan.softDelete().type()) + ".class);");
            } else if (soft) {
                List<String> utc = new ArrayList<>(parameters);
                utc.addAll(extraParameters);
                List<String> arguments = new ArrayList<>(List.of("entityManager", clock + ".systemUTC()"));
                arguments.addAll(extraArguments);
                method(wrap("A repository that stamps deletions with the system clock in UTC.\n\n" + entityManagerDoc
                                + extraDoc),
                        inject + "public " + plan.repositoryName() + "(", utc, ") {",
                        List.of("this(" + String.join(", ", arguments) + ");"));
                parameters.add(clock + " clock");
                body.add("super(entityManager, " + entity + ".class, " + id + ".class, QUERIES, clock, "
                        + java.type(plan.softDelete().type()) + ".class);");
            } else {
                body.add("super(entityManager, " + entity + ".class, " + id + ".class, QUERIES);");
            }
            parameters.addAll(extraParameters);
            if (tenant != null && tenant.association() != null) {
                body.add("support().bindTenant(tenant, " + JavaSource.literal(tenant.attribute()) + ", "
                        + java.type(binaryName(tenant.association())) + ".class);");
            } else if (tenant != null) {
                body.add("support().bindTenant(tenant, " + JavaSource.literal(tenant.path()) + ");");
            }
            if (extraArguments.contains("user")) {
                body.add("support().stampDeletedBy(user);");
            }
            if (soft && !plan.children().isEmpty()) {
                body.add("own(OWNED);");
            }
            String doc = soft && spring
                    ? "A repository that stamps deletions with the application's {@link " + clock + "} bean, or the "
                            + "system clock in UTC when it defines none.\n\n" + entityManagerDoc + extraDoc
                    : soft ? "A repository that stamps deletions with {@code clock} (and converts purge cutoffs in "
                            + "its zone).\n\n" + entityManagerDoc + "@param clock the clock that says when a row was "
                            + "deleted\n" + extraDoc
                    : "A repository working with {@code entityManager}.\n\n" + entityManagerDoc + extraDoc;
            method(wrap(doc), (soft && !spring ? "" : inject) + "public " + plan.repositoryName() + "(", parameters,
                    ") {", body);
            if (cdi) {
                method("For the client proxy CDI makes of the bean; never used to work.\n",
                        "protected " + plan.repositoryName() + "(", List.of(), ") {", List.of());
            }
        }

        /** A method or constructor: its javadoc, its signature with the parameters wrapped, its statements. */
        private void method(String javadoc, String head, List<String> parameters, String tail, List<String> body) {
            java.blankLine();
            java.javadoc("    ", javadoc);
            java.line(JavaSource.wrapList("    " + head, parameters, tail, "            "));
            for (String statement : body) {
                java.line("        " + statement);
            }
            java.line("    }");
        }

        // ------------------------------------------------------------ finders

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
                        .append(", ordered by ").append(orderText(finder.order())).append(": ")
                        .append(docText(finder.index())).append(".\n\n");
            }
            parameterDocs(doc, finder.parameters());
            List<String> parameters = parameters(finder.parameters());
            String constant = NameCase.constant(finder.name());
            if (finder.unique()) {
                doc.append("@return the entity, or empty when no ").append(hidesDeleted ? "live " : "")
                        .append("row matches\n");
                method(wrap(doc.toString()), "public " + java.type("java.util.Optional") + "<" + entity + "> "
                        + finder.name() + "(", parameters, ") {",
                        List.of(call("return support().findOne(", arguments(constant, finder.parameters()))));
                return;
            }
            doc.append("@param offset rows to skip, at least 0\n")
                    .append("@param limit rows to return at most, 1 to {@value #MAX_LIMIT}\n")
                    .append("@return the page and the number of matching rows\n");
            parameters.add("int offset");
            parameters.add("int limit");
            method(wrap(doc.toString()), "public " + java.type(ENTITYLINT + "Page") + "<" + entity + "> "
                    + finder.name() + "(", parameters, ") {",
                    List.of(call("return support().page(",
                            arguments(constant + ", offset, limit", finder.parameters()))));
            springData(finder.name(), finder.parameters(), constant);
            keyset(finder.name(), finder.parameters(), finder.order(), constant,
                    (hidesDeleted ? "live " : "") + "rows with this " + what);
        }

        private void parameterDocs(StringBuilder doc, List<Parameter> parameters) {
            for (Parameter parameter : parameters) {
                doc.append("@param ").append(parameter.name()).append(" the {@code ").append(parameter.path())
                        .append("} to match").append('\n');
            }
        }

        private List<String> parameters(List<Parameter> parameters) {
            List<String> declared = new ArrayList<>();
            for (Parameter parameter : parameters) {
                declared.add(java.type(parameter.type()) + " " + parameter.name());
            }
            return declared;
        }

        /**
         * A call's arguments, as items to wrap: {@code leading} ({@code FIND_BY_SKU, offset, limit}),
         * then each name the query binds with its value ({@code "sku", sku}).
         */
        private List<String> arguments(String leading, List<Parameter> parameters) {
            List<String> items = new ArrayList<>(List.of(leading.split(", ")));
            for (Parameter parameter : parameters) {
                items.add(JavaSource.literal(parameter.name()) + ", " + parameter.name());
            }
            return items;
        }

        /** {@code return support().page(FIND_BY_SKU, offset, limit, "sku", sku);}, wrapped. */
        private String call(String head, List<String> arguments) {
            return JavaSource.wrapList(head, arguments, ");", "                ");
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
         * of an offset, never counted. {@code constant} is the finder's query, or {@code null} for the
         * deleted rows (the base class has their query).
         */
        private void keyset(String name, List<Parameter> parameters, List<SortKey> keys, String constant,
                String what) {
            StringBuilder doc = new StringBuilder("One keyset page of ").append(what).append(", ordered by ")
                    .append(orderText(keys)).append(": the rows after {@code after}, so that pages never overlap "
                            + "or skip a row while rows change between them.\n\n");
            parameterDocs(doc, parameters);
            String cursor = java.type(ENTITYLINT + "Cursor");
            doc.append("@param after {@link ").append(cursor).append("#first()}, or the {@code next()} of the page "
                            + "before\n")
                    .append("@param limit rows to return at most, 1 to {@value #MAX_LIMIT}\n")
                    .append("@return the page and the cursor after it\n");
            List<String> declared = parameters(parameters);
            declared.add(cursor + " after");
            declared.add("int limit");
            String statement = constant == null ? "return deletedAfter(after, limit);"
                    : call("return support().keyset(", arguments(constant + ", after, limit",
                            parameters));
            method(wrap(doc.toString()), "public " + java.type(ENTITYLINT + "KeysetPage") + "<" + entity + "> " + name
                    + "(", declared, ") {", List.of(statement));
        }

        // ------------------------------------------------------------ soft-delete methods

        private void purgeDeletedBefore() {
            method(wrap("Removes for real the rows soft-deleted before {@code cutoff}. They are loaded and removed "
                            + "through {@link " + java.type(ENTITY_MANAGER) + "#remove} in batches of {@value "
                            + java.type(ENTITYLINT + "RepositorySupport") + "#PURGE_BATCH_SIZE}, flushing after each, "
                            + "so cascades and callbacks run and the persistence context stays consistent.\n\n"
                            + "@param cutoff rows whose {@code " + plan.softDelete().path() + "} is before this "
                            + "instant are removed\n@return how many rows were removed\n"),
                    writes() + "public int purgeDeletedBefore(", List.of(java.type("java.time.Instant") + " cutoff"),
                    ") {", List.of("return purgeBefore(cutoff);"));
        }

        /** Spring's {@code @Transactional} on a method that writes (the class's is read-only). */
        private String writes() {
            return spring ? "@" + java.type(SPRING_TRANSACTIONAL) + "\n    " : "";
        }

        /**
         * The Spring Data forms of a paged method, when Spring Data is on the class path: a
         * {@code Pageable} in and a {@code Page} out, and a {@code ScrollPosition} in and a
         * {@code Window} out, over the same query as the offset and keyset forms.
         */
        private void springData(String name, List<Parameter> parameters, String query) {
            if (!framework.springDataPaging()) {
                return;
            }
            String springData = java.type(SPRING + "SpringData");
            StringBuilder doc = new StringBuilder("The rows of {@code ").append(name).append("(..., offset, limit)} as "
                    + "Spring Data's page: {@code pageable} is unsorted or sorted in this method's order, else {@link "
                    + "IllegalArgumentException} (see {@link ").append(springData).append("}).\n\n");
            parameterDocs(doc, parameters);
            doc.append("@param pageable the page to read\n@return the page and the number of matching rows\n");
            List<String> declared = parameters(parameters);
            declared.add(java.type(DOMAIN + "Pageable") + " pageable");
            method(wrap(doc.toString()), "public " + java.type(DOMAIN + "Page") + "<" + entity + "> " + name + "(",
                    declared, ") {", List.of(call("return " + springData + ".page(",
                            arguments("support(), " + query + ", pageable", parameters))));
            doc = new StringBuilder("The rows of {@code ").append(name).append("(..., after, limit)} as Spring Data's "
                    + "window: {@code position} is {@code ScrollPosition.keyset()} or a position of one of this "
                    + "method's windows (see {@link ").append(springData).append("}).\n\n");
            parameterDocs(doc, parameters);
            doc.append("@param position where the window starts\n")
                    .append("@param limit rows to return at most, 1 to {@value #MAX_LIMIT}\n")
                    .append("@return the window\n");
            declared = parameters(parameters);
            declared.add(java.type(DOMAIN + "ScrollPosition") + " position");
            declared.add("int limit");
            method(wrap(doc.toString()), "public " + java.type(DOMAIN + "Window") + "<" + entity + "> " + name + "(",
                    declared, ") {", List.of(call("return " + springData + ".window(",
                            arguments("support(), " + query + ", position, limit", parameters))));
        }

        // ------------------------------------------------------------ Hibernate @SoftDelete methods

        private String softDeleteAnnotation() {
            return hibernate.strategy() == SoftDeleteStrategy.DELETED ? "@SoftDelete"
                    : "@SoftDelete(strategy = SoftDeleteType." + hibernate.strategy() + ")";
        }

        private void hibernatePurge() {
            // The entity's own table comes last in PURGE, so the count of the last statement is the answer.
            if (hibernate.timestamp()) {
                method(wrap("Removes for real the rows soft-deleted before {@code cutoff}, with native SQL (no "
                                + "cascades or callbacks run). Pending changes are flushed first.\n\n"
                                + "@param cutoff rows whose " + code(hibernate.column()) + " is before this instant "
                                + "are removed\n@return how many rows were removed\n"),
                        writes() + "public int purgeDeletedBefore(", List.of(java.type("java.time.Instant") + " cutoff"),
                        ") {", List.of("return purgeBefore(cutoff);"));
            } else {
                method(wrap("Removes for real every soft-deleted row, with native SQL (no cascades or callbacks "
                                + "run). Pending changes are flushed first. Hibernate's {@code " + softDeleteAnnotation()
                                + "} records that a row was deleted, not when, so there is no {@code "
                                + "purgeDeletedBefore}: {@code @SoftDelete(strategy = SoftDeleteType.TIMESTAMP)} has "
                                + "it.\n\n@return how many rows were removed\n"),
                        writes() + "public int purgeDeleted(", List.of(), ") {", List.of("return purgeAll();"));
            }
        }
    }

    /** The binary name of a class ({@code com.acme.Outer$Order}), from its element. */
    private static String binaryName(javax.lang.model.element.TypeElement type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        javax.lang.model.element.Element e = type.getEnclosingElement();
        for (; e instanceof javax.lang.model.element.TypeElement outer; e = outer.getEnclosingElement()) {
            name.insert(0, outer.getSimpleName() + "$");
        }
        return e instanceof javax.lang.model.element.PackageElement p && !p.isUnnamed()
                ? p.getQualifiedName() + "." + name : name.toString();
    }

    /** Wraps javadoc text at about 100 columns. */
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
     * same under any {@code -encoding}. string literals escape backslashes and javadoc text
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
