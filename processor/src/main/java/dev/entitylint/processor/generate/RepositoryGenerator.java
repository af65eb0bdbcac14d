package dev.entitylint.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.entitylint.processor.generate.RepositoryPlan.Dependent;
import dev.entitylint.processor.generate.RepositoryPlan.FinderPlan;
import dev.entitylint.processor.generate.RepositoryPlan.HibernateSoftDelete;
import dev.entitylint.processor.generate.RepositoryPlan.Parameter;
import dev.entitylint.processor.generate.RepositoryPlan.SoftDeleteMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Writes one repository class from a {@link RepositoryPlan} with JavaPoet. The generated code
 * depends on the Jakarta Persistence API (3.1 or later) and {@code entitylint-annotations} only;
 * every query is a constant JPQL string with bound parameters.
 */
public final class RepositoryGenerator {

    /** The largest {@code limit} a generated method accepts. */
    public static final int MAX_LIMIT = 1000;
    /** How many rows {@code purgeDeletedBefore} loads and removes at a time. */
    static final int PURGE_BATCH_SIZE = 500;

    private static final String PERSISTENCE = "jakarta.persistence";
    private static final ClassName ENTITY_MANAGER = ClassName.get(PERSISTENCE, "EntityManager");
    private static final ClassName TYPED_QUERY = ClassName.get(PERSISTENCE, "TypedQuery");
    private static final ClassName QUERY = ClassName.get(PERSISTENCE, "Query");
    private static final ClassName NON_UNIQUE = ClassName.get(PERSISTENCE, "NonUniqueResultException");
    private static final ClassName PAGE = ClassName.get("dev.entitylint", "Page");
    private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    private static final ClassName LIST = ClassName.get("java.util", "List");
    private static final ClassName CLOCK = ClassName.get("java.time", "Clock");
    private static final ClassName INSTANT = ClassName.get("java.time", "Instant");
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final String PROCESSOR = "dev.entitylint.processor.EntityLintProcessor";

    private final Elements elements;

    /** @param elements resolves parameter types to class names (nested classes included), or {@code null} */
    public RepositoryGenerator(Elements elements) {
        this.elements = elements;
    }

    /** Writes the repository through the filer, with the entity as its only originating element. */
    public void write(RepositoryPlan plan, Filer filer) throws IOException {
        javaFile(plan).writeTo(filer);
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
        private final String live;
        private final TypeSpec.Builder type;

        Writer(RepositoryPlan plan) {
            this.plan = plan;
            this.entity = ClassName.get(plan.entity());
            this.id = typeName(plan.id().type());
            this.soft = plan.softDelete().managed();
            this.hibernateSoft = plan.softDelete().mode() == SoftDeleteMode.HIBERNATE;
            this.hibernate = hibernateSoft && plan.softDelete().deletedRowMethods() ? plan.softDelete().hibernate() : null;
            this.hidesDeleted = soft || hibernateSoft;
            this.live = soft ? "e." + plan.softDelete().path() + " is null" : null;
            this.type = TypeSpec.classBuilder(plan.repositoryName())
                    .addModifiers(Modifier.PUBLIC)
                    .addOriginatingElement(plan.entity());
        }

        TypeSpec type() {
            type.addJavadoc(classJavadoc());
            if (elements == null || elements.getTypeElement(GENERATED.canonicalName()) != null) {
                type.addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", PROCESSOR)
                        .addMember("comments", "$S", "repository for " + plan.entity().getQualifiedName()
                                + "; see docs/repositories.md")
                        .build());
            }
            type.addField(FieldSpec.builder(int.class, "MAX_LIMIT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The largest {@code limit} a paged method accepts: {@value}.\n")
                    .initializer("$L", MAX_LIMIT)
                    .build());
            constants();
            type.addField(ENTITY_MANAGER, "entityManager", Modifier.PRIVATE, Modifier.FINAL);
            if (soft) {
                type.addField(FieldSpec.builder(int.class, "PURGE_BATCH_SIZE", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("$L", PURGE_BATCH_SIZE).build());
                type.addField(CLOCK, "clock", Modifier.PRIVATE, Modifier.FINAL);
            }
            constructors();
            type.addMethod(MethodSpec.methodBuilder("entityManager")
                    .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
                    .returns(ENTITY_MANAGER)
                    .addJavadoc("The entity manager this repository works with, for subclasses that add queries.\n\n"
                            + "@return the entity manager given to the constructor\n")
                    .addStatement("return entityManager")
                    .build());
            findById();
            existsById();
            count();
            findAll();
            save();
            delete();
            deleteById();
            for (FinderPlan finder : plan.finders()) {
                finder(finder);
            }
            if (soft) {
                restore();
                findByIdIncludingDeleted();
                findDeleted();
                countDeleted();
                purgeDeletedBefore();
                hardDelete();
            } else if (hibernate != null) {
                hibernateRestore();
                hibernateFindByIdIncludingDeleted();
                hibernateFindDeleted();
                hibernateCountDeleted();
                hibernatePurge();
                hibernateHardDelete();
            }
            helpers();
            return type.build();
        }

        // ------------------------------------------------------------ class, constants, constructors

        private CodeBlock classJavadoc() {
            WrappingDoc doc = new WrappingDoc()
                    .add("Reads and writes {@link $T} rows through an {@link $T}.\n\n", entity, ENTITY_MANAGER)
                    .add("<p>The repository never begins or commits a transaction: call it inside one that the "
                            + "caller owns. Methods that write may flush the entity manager. Every query is a "
                            + "constant " + (hibernate != null ? "string (JPQL, or native SQL where noted)" : "JPQL string")
                            + " with bound parameters, and every finder has an index of the "
                            + "table behind it. Arguments are checked: a {@code null} argument, an "
                            + "{@code offset} below 0 or a {@code limit} outside 1..{@value #MAX_LIMIT} throws "
                            + "{@link IllegalArgumentException} naming the argument.\n");
            if (soft) {
                doc.add("\n<p>Rows are soft-deleted: {@code $L} ($L) is {@code null} for a live row and holds the "
                                + "time of deletion otherwise. Every method sees live rows only, unless its name "
                                + "says otherwise ({@code findByIdIncludingDeleted}, {@code findDeleted}, "
                                + "{@code countDeleted}, {@code purgeDeletedBefore}, {@code hardDelete}). Reads "
                                + "query the database, so an instance deleted in this persistence context is "
                                + "hidden at once; {@code delete} and {@code restore} write the column with a JPQL "
                                + "update (no setter needed) and refresh the managed instance.\n",
                        plan.softDelete().path(), plan.softDelete().column());
            } else if (hibernate != null) {
                doc.add("\n<p>The entity uses Hibernate's {@code @SoftDelete} ($L, column {@code $L}): Hibernate "
                                + "turns {@code delete} into an update and hides deleted rows from every JPQL "
                                + "read, so the standard methods see live rows only. The methods for deleted rows "
                                + "({@code findByIdIncludingDeleted}, {@code findDeleted}, {@code countDeleted}, "
                                + "{@code restore}, {@code $L}, {@code hardDelete}) cannot reach them through JPQL "
                                + "and use constant native SQL on table {@code $L} with bound parameters instead. "
                                + "Rows removed for real take the rows of the collection and join tables the "
                                + "entity owns with them; cascades and entity callbacks do not run for them.\n",
                        hibernate.strategy(), plan.softDelete().column(),
                        hibernate.timestamp() ? "purgeDeletedBefore" : "purgeDeleted", hibernate.table());
            } else if (hibernateSoft) {
                doc.add("\n<p>The entity uses Hibernate's {@code @SoftDelete}: Hibernate turns {@code delete} into "
                        + "an update and hides deleted rows from every read by itself. This repository has no "
                        + "methods for deleted rows because $L.\n",
                        escape(plan.softDelete().hibernate() == null ? "the model does not describe the column"
                                : plan.softDelete().hibernate().unsupported()));
            } else {
                doc.add("\n<p>The entity has no soft-delete column, so {@code delete} removes the row.\n");
            }
            if (!plan.skipped().isEmpty()) {
                doc.add("\n<p>Indexes without a finder:\n<ul>\n");
                for (String skipped : plan.skipped()) {
                    doc.add("  <li>$L</li>\n", escape(skipped));
                }
                doc.add("</ul>\n");
            }
            return doc.build();
        }

        private void constants() {
            String from = "select e from " + plan.entityName() + " e";
            String count = "select count(e) from " + plan.entityName() + " e";
            String byId = " where e." + plan.id().path() + " = :id";
            String order = " order by e." + plan.id().path();
            if (soft) {
                constant("FIND_BY_ID", from + byId + " and " + live);
                constant("EXISTS_BY_ID", count + byId + " and " + live);
            } else if (hibernateSoft) {
                // Hibernate adds its soft-delete restriction to queries, even for an instance it still manages.
                constant("FIND_BY_ID", from + byId);
                constant("EXISTS_BY_ID", count + byId);
            }
            constant("COUNT", count + (soft ? " where " + live : ""));
            constant("FIND_ALL", from + (soft ? " where " + live : "") + order);
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
                constant(constantName(finder.name()), from + where + order);
                if (!finder.unique()) {
                    constant(constantName(finder.name()).replaceFirst("^FIND_", "COUNT_"), count + where);
                }
            }
            if (soft) {
                String deletedAt = "e." + plan.softDelete().path();
                String bump = plan.version() == null ? ""
                        : ", e." + plan.version() + " = e." + plan.version() + " + 1";
                String update = "update " + plan.entityName() + " e set " + deletedAt;
                constant("SOFT_DELETE", update + " = :now" + bump + byId + " and " + deletedAt + " is null");
                constant("RESTORE", update + " = null" + bump + byId + " and " + deletedAt + " is not null");
                constant("FIND_DELETED", from + " where " + deletedAt + " is not null" + order);
                constant("COUNT_DELETED", count + " where " + deletedAt + " is not null");
                constant("FIND_PURGEABLE", from + " where " + deletedAt + " < :cutoff" + order);
            }
            if (hibernate != null) {
                hibernateConstants();
            }
        }

        /** Native SQL for the rows Hibernate hides; {@code ?1} is the id, the cutoff or the deleted mark. */
        private void hibernateConstants() {
            String table = hibernate.table();
            String idColumn = hibernate.idColumn();
            String column = plan.softDelete().column();
            String deleted = hibernate.timestamp() ? column + " is not null" : column + " = ?1";
            String purged = hibernate.timestamp() ? column + " < ?1" : column + " = ?1";
            if (!hibernate.timestamp()) {
                type.addField(FieldSpec.builder(boolean.class, "DELETED_MARK", Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("What Hibernate's {@code $L} stores in {@code $L} for a deleted row.\n",
                                softDeleteAnnotation(), column)
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

        private void constructors() {
            MethodSpec.Builder main = MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(ENTITY_MANAGER, "entityManager");
            if (soft) {
                type.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ENTITY_MANAGER, "entityManager")
                        .addJavadoc("A repository that stamps deletions with the system clock in UTC.\n\n"
                                + "@param entityManager the entity manager to work with; transactions are the "
                                + "caller's\n")
                        .addStatement("this(entityManager, $T.systemUTC())", CLOCK)
                        .build());
                main.addParameter(CLOCK, "clock")
                        .addJavadoc("A repository that stamps deletions with {@code clock} (and converts purge "
                                + "cutoffs in its zone).\n\n"
                                + "@param entityManager the entity manager to work with; transactions are the "
                                + "caller's\n"
                                + "@param clock the clock that says when a row was deleted\n");
            } else {
                main.addJavadoc("A repository working with {@code entityManager}.\n\n"
                        + "@param entityManager the entity manager to work with; transactions are the caller's\n");
            }
            main.addStatement("checkNotNull(entityManager, $S)", "entityManager")
                    .addStatement("this.entityManager = entityManager");
            if (soft) {
                main.addStatement("checkNotNull(clock, $S)", "clock").addStatement("this.clock = clock");
            }
            type.addMethod(main.build());
        }

        // ------------------------------------------------------------ methods for every entity

        private MethodSpec.Builder method(String name, String javadoc, Object... args) {
            return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).addJavadoc(wrap(javadoc), args);
        }

        private String liveOnly() {
            return hidesDeleted ? " A soft-deleted row is not found, even while its instance is still managed." : "";
        }

        private void findById() {
            MethodSpec.Builder m = method("findById",
                    "Finds the row with this id." + liveOnly() + "\n\n"
                            + "@param id the id to look for\n@return the entity, or empty when no "
                            + (hidesDeleted ? "live " : "") + "row has this id\n")
                    .returns(ParameterizedTypeName.get(OPTIONAL, entity))
                    .addParameter(id, "id")
                    .addStatement("checkNotNull(id, $S)", "id");
            if (hidesDeleted) {
                m.addStatement("return single(entityManager.createQuery(FIND_BY_ID, $T.class).setParameter($S, id))",
                        entity, "id");
            } else {
                m.addStatement("return $T.ofNullable(entityManager.find($T.class, id))", OPTIONAL, entity);
            }
            type.addMethod(m.build());
        }

        private void existsById() {
            MethodSpec.Builder m = method("existsById",
                    "Whether a " + (hidesDeleted ? "live " : "") + "row has this id.\n\n"
                            + "@param id the id to look for\n@return {@code true} when {@link #findById} would find it\n")
                    .returns(boolean.class)
                    .addParameter(id, "id")
                    .addStatement("checkNotNull(id, $S)", "id");
            if (hidesDeleted) {
                m.addStatement("return entityManager.createQuery(EXISTS_BY_ID, Long.class)$Z.setParameter($S, id)"
                        + "$Z.getSingleResult() > 0", "id");
            } else {
                m.addStatement("return entityManager.find($T.class, id) != null", entity);
            }
            type.addMethod(m.build());
        }

        private void count() {
            type.addMethod(method("count",
                    "Counts the " + (hidesDeleted ? "live " : "") + "rows.\n\n@return how many "
                            + (hidesDeleted ? "live " : "") + "rows there are\n")
                    .returns(long.class)
                    .addStatement("return entityManager.createQuery(COUNT, Long.class).getSingleResult()")
                    .build());
        }

        private void findAll() {
            type.addMethod(method("findAll",
                    "One page of " + (hidesDeleted ? "live " : "") + "rows, ordered by id so that pages never overlap.\n\n"
                            + "@param offset how many rows to skip, at least 0\n"
                            + "@param limit the largest number of rows to return, 1 to {@value #MAX_LIMIT}\n"
                            + "@return the page, with the total number of " + (hidesDeleted ? "live " : "") + "rows\n")
                    .returns(page())
                    .addParameter(int.class, "offset")
                    .addParameter(int.class, "limit")
                    .addStatement("checkPage(offset, limit)")
                    .addStatement("return page(entityManager.createQuery(FIND_ALL, $T.class),$W"
                            + "entityManager.createQuery(COUNT, Long.class),$Woffset, limit)", entity)
                    .build());
        }

        private void save() {
            type.addMethod(method("save",
                    "Saves an entity: persists a new one (no id yet), merges a detached one, and returns a managed "
                            + "one unchanged. Keep working with the returned instance: after a merge it is not the "
                            + "argument.\n\n@param entity the entity to save\n@return the managed instance\n")
                    .returns(entity)
                    .addParameter(entity, "entity")
                    .addStatement("checkNotNull(entity, $S)", "entity")
                    .beginControlFlow("if (entityManager.contains(entity))")
                    .addStatement("return entity")
                    .endControlFlow()
                    .beginControlFlow("if (entityManager.getEntityManagerFactory().getPersistenceUnitUtil()"
                            + ".getIdentifier(entity) == null)")
                    .addStatement("entityManager.persist(entity)")
                    .addStatement("return entity")
                    .endControlFlow()
                    .addStatement("return entityManager.merge(entity)")
                    .build());
        }

        private void delete() {
            String doc = soft
                    ? "Soft-deletes the entity's row: stamps {@code $L} with the clock's time (a row already "
                            + "deleted keeps its time) and refreshes the managed instance. Pending changes are "
                            + "flushed first. Nothing happens when no row has the entity's id.\n\n"
                    : hibernateSoft
                            ? "Deletes the entity's row through {@link $T#remove}, which Hibernate's "
                                    + "{@code @SoftDelete} turns into an update. Nothing happens when no row has "
                                    + "the entity's id.\n\n"
                            : "Deletes the entity's row through {@link $T#remove}, so cascades and callbacks run. "
                                    + "Nothing happens when no row has the entity's id.\n\n";
            MethodSpec.Builder m = method("delete", doc + "@param entity the entity to delete; it must have an id\n",
                    soft ? plan.softDelete().path() : ENTITY_MANAGER)
                    .addParameter(entity, "entity")
                    .addStatement("checkNotNull(entity, $S)", "entity");
            if (soft) {
                m.addStatement("changeDeletedAt(idOf(entity), true)");
            } else {
                m.addStatement("remove(entity)");
            }
            type.addMethod(m.build());
        }

        private void deleteById() {
            MethodSpec.Builder m = method("deleteById",
                    "Deletes the row with this id, as {@link #delete} does.\n\n@param id the id of the row to delete\n")
                    .addParameter(id, "id")
                    .addStatement("checkNotNull(id, $S)", "id");
            if (soft) {
                m.addStatement("changeDeletedAt(id, true)");
            } else {
                m.addStatement("$T managed = entityManager.find($T.class, id)", entity, entity)
                        .beginControlFlow("if (managed != null)")
                        .addStatement("entityManager.remove(managed)")
                        .endControlFlow();
            }
            type.addMethod(m.build());
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
                        .append(", backed by ").append(escape(finder.index())).append(".\n\n");
            } else {
                doc.append("One page of ").append(hidesDeleted ? "live " : "").append("rows with this ").append(what)
                        .append(", ordered by id, backed by ").append(escape(finder.index())).append(".\n\n");
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
                if (!parameter.primitive()) {
                    m.addStatement("checkNotNull($N, $S)", parameter.name(), parameter.name());
                }
                bind.add("$Z.setParameter($S, $N)", parameter.name(), parameter.name());
            }
            String constant = constantName(finder.name());
            if (finder.unique()) {
                m.addStatement("return single(entityManager.createQuery($L, $T.class)$L)", constant, entity,
                        bind.build());
            } else {
                m.addParameter(int.class, "offset").addParameter(int.class, "limit")
                        .addStatement("checkPage(offset, limit)")
                        .addStatement("return page(entityManager.createQuery($L, $T.class)$L,$W"
                                        + "entityManager.createQuery($L, Long.class)$L,$Woffset, limit)",
                                constant, entity, bind.build(), constant.replaceFirst("^FIND_", "COUNT_"),
                                bind.build());
            }
            type.addMethod(m.build());
        }

        // ------------------------------------------------------------ soft-delete methods

        private void restore() {
            type.addMethod(method("restore",
                    "Makes a soft-deleted row live again: clears {@code $L} and refreshes the managed instance. "
                            + "Pending changes are flushed first. Nothing happens when the row is live or gone.\n\n"
                            + "@param entity the entity to restore; it must have an id\n", plan.softDelete().path())
                    .addParameter(entity, "entity")
                    .addStatement("checkNotNull(entity, $S)", "entity")
                    .addStatement("changeDeletedAt(idOf(entity), false)")
                    .build());
        }

        private void findByIdIncludingDeleted() {
            type.addMethod(findByIdIncludingDeletedMethod("")
                    .addStatement("return $T.ofNullable(entityManager.find($T.class, id))", OPTIONAL, entity)
                    .build());
        }

        /** {@code findByIdIncludingDeleted} up to its body; {@code detail} ends its first paragraph. */
        private MethodSpec.Builder findByIdIncludingDeletedMethod(String detail) {
            return method("findByIdIncludingDeleted",
                    "Finds the row with this id, live or soft-deleted." + detail + "\n\n"
                            + "@param id the id to look for\n@return the entity, or empty when no row has this id\n")
                    .returns(ParameterizedTypeName.get(OPTIONAL, entity))
                    .addParameter(id, "id")
                    .addStatement("checkNotNull(id, $S)", "id");
        }

        private void findDeleted() {
            type.addMethod(findDeletedMethod("")
                    .addStatement("return page(entityManager.createQuery(FIND_DELETED, $T.class),$W"
                            + "entityManager.createQuery(COUNT_DELETED, Long.class),$Woffset, limit)", entity)
                    .build());
        }

        /** {@code findDeleted} up to its body; {@code detail} ends its first paragraph. */
        private MethodSpec.Builder findDeletedMethod(String detail) {
            return method("findDeleted",
                    "One page of soft-deleted rows, ordered by id." + detail + "\n\n"
                            + "@param offset how many rows to skip, at least 0\n"
                            + "@param limit the largest number of rows to return, 1 to {@value #MAX_LIMIT}\n"
                            + "@return the page, with the total number of soft-deleted rows\n")
                    .returns(page())
                    .addParameter(int.class, "offset")
                    .addParameter(int.class, "limit")
                    .addStatement("checkPage(offset, limit)");
        }

        private void countDeleted() {
            type.addMethod(method("countDeleted",
                    "Counts the soft-deleted rows.\n\n@return how many rows are soft-deleted\n")
                    .returns(long.class)
                    .addStatement("return entityManager.createQuery(COUNT_DELETED, Long.class).getSingleResult()")
                    .build());
        }

        private void purgeDeletedBefore() {
            String column = plan.softDelete().type();
            CodeBlock cutoff = column.equals("java.time.Instant")
                    ? CodeBlock.of("cutoff")
                    : CodeBlock.of("$T.ofInstant(cutoff, clock.getZone())", typeName(column));
            type.addMethod(method("purgeDeletedBefore",
                    "Removes for real the rows soft-deleted before {@code cutoff}. They are loaded and removed "
                            + "through {@link $T#remove} in batches of " + PURGE_BATCH_SIZE + ", flushing after "
                            + "each, so cascades and callbacks run and the persistence context stays consistent.\n\n"
                            + "@param cutoff rows whose {@code $L} is before this instant are removed\n"
                            + "@return how many rows were removed\n", ENTITY_MANAGER, plan.softDelete().path())
                    .returns(int.class)
                    .addParameter(INSTANT, "cutoff")
                    .addStatement("checkNotNull(cutoff, $S)", "cutoff")
                    .addStatement("int purged = 0")
                    .addStatement("$T<$T> batch", LIST, entity)
                    .beginControlFlow("do")
                    .addStatement("batch = entityManager.createQuery(FIND_PURGEABLE, $T.class)"
                            + "$Z.setParameter($S, $L)$Z.setMaxResults(PURGE_BATCH_SIZE)$Z.getResultList()",
                            entity, "cutoff", cutoff)
                    .beginControlFlow("for ($T row : batch)", entity)
                    .addStatement("entityManager.remove(row)")
                    .endControlFlow()
                    .addStatement("entityManager.flush()")
                    .addStatement("purged += batch.size()")
                    .endControlFlow("while (batch.size() == PURGE_BATCH_SIZE)")
                    .addStatement("return purged")
                    .build());
        }

        private void hardDelete() {
            type.addMethod(method("hardDelete",
                    "Removes the entity's row for real, live or soft-deleted, through {@link $T#remove}. Nothing "
                            + "happens when no row has the entity's id.\n\n"
                            + "@param entity the entity to remove; it must have an id\n", ENTITY_MANAGER)
                    .addParameter(entity, "entity")
                    .addStatement("checkNotNull(entity, $S)", "entity")
                    .addStatement("remove(entity)")
                    .build());
        }

        // ------------------------------------------------------------ Hibernate @SoftDelete methods

        private String softDeleteAnnotation() {
            return hibernate.strategy().equals("DELETED") ? "@SoftDelete"
                    : "@SoftDelete(strategy = SoftDeleteType." + hibernate.strategy() + ")";
        }

        private CodeBlock bindDeletedMark(int position) {
            return hibernate.timestamp() ? CodeBlock.of("") : CodeBlock.of(".setParameter($L, DELETED_MARK)", position);
        }

        private void hibernateRestore() {
            MethodSpec.Builder m = method("restore",
                    "Makes a soft-deleted row live again: marks it live in {@code $L} with native SQL. Pending "
                            + "changes are flushed first. Nothing happens when the row is live or gone. Find the "
                            + "entity again to work with it: Hibernate let go of the deleted instance.\n\n"
                            + "@param entity the entity to restore; it must have an id\n", plan.softDelete().column())
                    .addParameter(entity, "entity")
                    .addStatement("checkNotNull(entity, $S)", "entity")
                    .addStatement("$T id = idOf(entity)", id)
                    .addStatement("entityManager.flush()");
            if (hibernate.timestamp()) {
                m.addStatement("entityManager.createNativeQuery(RESTORE).setParameter(1, id).executeUpdate()");
            } else {
                m.addStatement("entityManager.createNativeQuery(RESTORE)$Z.setParameter(1, id)"
                        + "$Z.setParameter(2, !DELETED_MARK)$Z.executeUpdate()");
            }
            type.addMethod(m.build());
        }

        private void hibernateFindByIdIncludingDeleted() {
            type.addMethod(findByIdIncludingDeletedMethod(" A live row comes back managed, a deleted one "
                            + "detached: Hibernate manages live rows only. Pass it to {@link #restore} or "
                            + "{@link #hardDelete}.")
                    .addStatement("$T<$T> live = findById(id)", OPTIONAL, entity)
                    .beginControlFlow("if (live.isPresent())")
                    .addStatement("return live")
                    .endControlFlow()
                    .addStatement("$T<$T> rows = detached(entityManager.createNativeQuery("
                            + "FIND_BY_ID_INCLUDING_DELETED, $T.class)$Z.setParameter(1, id))", LIST, entity, entity)
                    .addStatement("return rows.isEmpty() ? $T.empty() : $T.of(rows.get(0))", OPTIONAL, OPTIONAL)
                    .build());
        }

        private void hibernateFindDeleted() {
            type.addMethod(findDeletedMethod(" The instances are detached: Hibernate manages live rows only. "
                            + "Pass them to {@link #restore} or {@link #hardDelete}.")
                    .addStatement("$T<$T> rows = detached(entityManager.createNativeQuery(FIND_DELETED, $T.class)$L"
                            + "$Z.setFirstResult(offset)$Z.setMaxResults(limit))", LIST, entity, entity,
                            bindDeletedMark(1))
                    .addComment("A short, non-empty page (or a short first page) already tells the total.")
                    .addStatement("boolean complete = rows.size() < limit && (offset == 0 || !rows.isEmpty())")
                    .addStatement("return new $T<>(rows, complete ? offset + rows.size() : countDeleted(), offset, "
                            + "limit)", PAGE)
                    .build());
        }

        private void hibernateCountDeleted() {
            type.addMethod(method("countDeleted",
                    "Counts the soft-deleted rows.\n\n@return how many rows are soft-deleted\n")
                    .returns(long.class)
                    .addStatement("Object count = entityManager.createNativeQuery(COUNT_DELETED)$L.getSingleResult()",
                            bindDeletedMark(1))
                    .addStatement("return (($T) count).longValue()", Number.class)
                    .build());
        }

        private void hibernatePurge() {
            MethodSpec.Builder m;
            if (hibernate.timestamp()) {
                m = method("purgeDeletedBefore",
                        "Removes for real the rows soft-deleted before {@code cutoff}, with native SQL (no "
                                + "cascades or callbacks run). Pending changes are flushed first.\n\n"
                                + "@param cutoff rows whose {@code $L} is before this instant are removed\n"
                                + "@return how many rows were removed\n", plan.softDelete().column())
                        .addParameter(INSTANT, "cutoff")
                        .addStatement("checkNotNull(cutoff, $S)", "cutoff");
            } else {
                m = method("purgeDeleted",
                        "Removes for real every soft-deleted row, with native SQL (no cascades or callbacks run). "
                                + "Pending changes are flushed first. Hibernate's {@code $L} records "
                                + "that a row was deleted, not when, so there is no {@code purgeDeletedBefore}: "
                                + "{@code @SoftDelete(strategy = SoftDeleteType.TIMESTAMP)} has it.\n\n"
                                + "@return how many rows were removed\n",
                        softDeleteAnnotation());
            }
            type.addMethod(m.returns(int.class)
                    .addStatement("entityManager.flush()")
                    .addStatement("int purged = 0")
                    .beginControlFlow("for (String statement : PURGE)")
                    .addComment("The entity's own table comes last, so its count is the answer.")
                    .addStatement("purged = entityManager.createNativeQuery(statement).setParameter(1, $L)"
                            + ".executeUpdate()", hibernate.timestamp() ? "cutoff" : "DELETED_MARK")
                    .endControlFlow()
                    .addStatement("return purged")
                    .build());
        }

        private void hibernateHardDelete() {
            type.addMethod(method("hardDelete",
                    "Removes the entity's row for real, live or soft-deleted, with native SQL (no cascades or "
                            + "callbacks run), and detaches the instance. Pending changes are flushed first. "
                            + "Nothing happens when no row has the entity's id.\n\n"
                            + "@param entity the entity to remove; it must have an id\n")
                    .addParameter(entity, "entity")
                    .addStatement("checkNotNull(entity, $S)", "entity")
                    .addStatement("$T id = idOf(entity)", id)
                    .addStatement("entityManager.flush()")
                    .beginControlFlow("if (entityManager.contains(entity))")
                    .addStatement("entityManager.detach(entity)")
                    .endControlFlow()
                    .beginControlFlow("for (String statement : HARD_DELETE)")
                    .addStatement("entityManager.createNativeQuery(statement).setParameter(1, id).executeUpdate()")
                    .endControlFlow()
                    .build());
        }

        // ------------------------------------------------------------ private helpers

        private void helpers() {
            TypeVariableName t = TypeVariableName.get("T");
            type.addMethod(MethodSpec.methodBuilder("remove")
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(entity, "entity")
                    .addStatement("$T managed = entityManager.contains(entity)$W? entity$W: entityManager.find($T.class, "
                            + "idOf(entity))", entity, entity)
                    .beginControlFlow("if (managed != null)")
                    .addStatement("entityManager.remove(managed)")
                    .endControlFlow()
                    .build());
            if (soft) {
                ClassName timestamp = (ClassName) typeName(plan.softDelete().type());
                type.addMethod(MethodSpec.methodBuilder("changeDeletedAt")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(id, "id")
                        .addParameter(boolean.class, "delete")
                        .addStatement("$T managed = entityManager.find($T.class, id)", entity, entity)
                        .beginControlFlow("if (managed == null)")
                        .addStatement("return")
                        .endControlFlow()
                        .addStatement("entityManager.flush()")
                        .addStatement("$T update = entityManager.createQuery(delete ? SOFT_DELETE : RESTORE)"
                                + ".setParameter($S, id)", QUERY, "id")
                        .beginControlFlow("if (delete)")
                        .addStatement("update.setParameter($S, $T.now(clock))", "now", timestamp)
                        .endControlFlow()
                        .beginControlFlow("if (update.executeUpdate() > 0)")
                        .addStatement("entityManager.refresh(managed)")
                        .endControlFlow()
                        .build());
            }
            if (hidesDeleted || plan.finders().stream().anyMatch(FinderPlan::unique)) {
                type.addMethod(MethodSpec.methodBuilder("single")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addTypeVariable(t)
                        .returns(ParameterizedTypeName.get(OPTIONAL, t))
                        .addParameter(ParameterizedTypeName.get(TYPED_QUERY, t), "query")
                        .addStatement("$T<$T> rows = query.setMaxResults(2).getResultList()", LIST, t)
                        .beginControlFlow("if (rows.size() > 1)")
                        .addStatement("throw new $T($S)", NON_UNIQUE,
                                "more than one " + (hidesDeleted ? "live " : "") + "row matches a query by key or unique index")
                        .endControlFlow()
                        .addStatement("return rows.isEmpty() ? $T.empty() : $T.of(rows.get(0))", OPTIONAL, OPTIONAL)
                        .build());
            }
            if (hibernate != null) {
                type.addMethod(MethodSpec.methodBuilder("detached")
                        .addModifiers(Modifier.PRIVATE)
                        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                                .addMember("value", "$S", "unchecked")
                                .build())
                        .addJavadoc(wrap("The soft-deleted rows of a native query created with the entity class as "
                                + "its result, detached: a managed deleted instance would let {@code find} see a "
                                + "row that Hibernate's queries hide.\n"))
                        .returns(ParameterizedTypeName.get(LIST, entity))
                        .addParameter(QUERY, "query")
                        .addStatement("$T<$T> rows = query.getResultList()", LIST, entity)
                        .beginControlFlow("for ($T row : rows)", entity)
                        .addStatement("entityManager.detach(row)")
                        .endControlFlow()
                        .addStatement("return rows")
                        .build());
            }
            type.addMethod(MethodSpec.methodBuilder("idOf")
                    .addModifiers(Modifier.PRIVATE)
                    .returns(id)
                    .addParameter(entity, "entity")
                    .addStatement("Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil()"
                            + ".getIdentifier(entity)")
                    .beginControlFlow("if (id == null)")
                    .addStatement("throw new IllegalArgumentException($S)",
                            "entity has no id: it was never saved, so there is no row to change")
                    .endControlFlow()
                    .addStatement("return ($T) id", id)
                    .build());
            type.addMethod(MethodSpec.methodBuilder("page")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(page())
                    .addParameter(ParameterizedTypeName.get(TYPED_QUERY, entity), "items")
                    .addParameter(ParameterizedTypeName.get(TYPED_QUERY, ClassName.get(Long.class)), "total")
                    .addParameter(int.class, "offset")
                    .addParameter(int.class, "limit")
                    .addStatement("$T<$T> rows = items.setFirstResult(offset).setMaxResults(limit).getResultList()",
                            LIST, entity)
                    .addComment("A short, non-empty page (or a short first page) already tells the total.")
                    .addStatement("boolean complete = rows.size() < limit && (offset == 0 || !rows.isEmpty())")
                    .addStatement("long count = complete ? offset + rows.size() : total.getSingleResult()")
                    .addStatement("return new $T<>(rows, count, offset, limit)", PAGE)
                    .build());
            type.addMethod(MethodSpec.methodBuilder("checkPage")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(int.class, "offset")
                    .addParameter(int.class, "limit")
                    .beginControlFlow("if (offset < 0)")
                    .addStatement("throw new IllegalArgumentException($S + offset)",
                            "offset must be 0 or more (rows to skip) but was ")
                    .endControlFlow()
                    .beginControlFlow("if (limit < 1 || limit > MAX_LIMIT)")
                    .addStatement("throw new IllegalArgumentException($S + MAX_LIMIT + $S + limit)",
                            "limit must be between 1 and ", " (rows per page) but was ")
                    .endControlFlow()
                    .build());
            type.addMethod(MethodSpec.methodBuilder("checkNotNull")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(Object.class, "value")
                    .addParameter(String.class, "name")
                    .beginControlFlow("if (value == null)")
                    .addStatement("throw new IllegalArgumentException(name + $S)", " must not be null")
                    .endControlFlow()
                    .build());
        }

        private TypeName page() {
            return ParameterizedTypeName.get(PAGE, entity);
        }
    }

    /** A type written in the plan ({@code long}, {@code java.util.UUID}, {@code com.acme.Order.Status}). */
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
        TypeElement element = elements == null ? null : elements.getTypeElement(name);
        return element != null ? ClassName.get(element) : ClassName.bestGuess(name);
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

    /** {@code findByWarehouseAndStatus} → {@code FIND_BY_WAREHOUSE_AND_STATUS}. */
    static String constantName(String methodName) {
        return methodName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "{@literal @}");
    }
}
