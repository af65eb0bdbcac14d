package dev.entitylint;

import java.util.List;

/**
 * The queries a generated repository hands to its base class ({@link EntityRepository} or
 * {@link SoftDeleteRepository}). The queries every repository runs (by id, count, all rows, soft
 * delete and restore, deleted rows, purge) have one shape for every entity, so they are written
 * here from the entity's names by {@link #jpql} and {@link #softDeleteColumn}; the generated class
 * keeps its entity's own queries (finders, native SQL) as constants. docs/repositories.md shows
 * each query written here. Each method returns a new instance: a value is never changed once a
 * repository holds it.
 *
 * <p>Generated code calls this class, so use {@code entitylint-annotations} of the same version as
 * the processor that generated it.
 */
public final class RepositoryQueries {

    /** The JPQL entity name, the id attribute and the tenant filter ({@code " and e.tenantId = :tenant"} or empty). */
    private String entity;
    private String id;
    private String tenantFilter;

    String count;
    String findAll;
    String findById;
    String existsById;
    /** The soft-delete column: a JPQL update taking {@code :id} and {@code :now}, or {@code null}. */
    String softDelete;
    String restore;
    String findByIdIncludingDeleted;
    String findDeleted;
    String countDeleted;
    String findPurgeable;
    /** The soft-delete time of the row with {@code :id}, for the rows it owns. */
    String deletedAtById;
    List<String> hardDelete = List.of();
    List<String> purge = List.of();
    /** Hibernate's {@code @SoftDelete}: the boolean stored for a deleted row, or {@code null} for a timestamp. */
    Boolean deletedMark;
    boolean hibernate;

    private RepositoryQueries() {
    }

    private RepositoryQueries copy() {
        RepositoryQueries copy = new RepositoryQueries();
        copy.entity = entity;
        copy.id = id;
        copy.tenantFilter = tenantFilter;
        copy.count = count;
        copy.findAll = findAll;
        copy.findById = findById;
        copy.existsById = existsById;
        copy.softDelete = softDelete;
        copy.restore = restore;
        copy.findByIdIncludingDeleted = findByIdIncludingDeleted;
        copy.findDeleted = findDeleted;
        copy.countDeleted = countDeleted;
        copy.findPurgeable = findPurgeable;
        copy.deletedAtById = deletedAtById;
        copy.hardDelete = hardDelete;
        copy.purge = purge;
        copy.deletedMark = deletedMark;
        copy.hibernate = hibernate;
        return copy;
    }

    /**
     * The queries of every repository, for an entity whose rows are removed for real or hidden by
     * the persistence provider:
     * {@code select count(e) from <entity> e [where e.<tenant> = :tenant]} and
     * {@code select e from <entity> e [where e.<tenant> = :tenant] order by e.<id>}; with
     * {@code byId}, {@code findById} and {@code existsById} query {@code where e.<id> = :id [and
     * e.<tenant> = :tenant]} instead of calling {@code EntityManager.find}, which would return a row
     * that a provider's filter (Hibernate's {@code @SoftDelete} or {@code @TenantId}) hides.
     *
     * @param entity the entity's JPQL name
     * @param id the id attribute
     * @param tenant the tenant attribute the repository filters by itself, or {@code null}
     * @param byId whether rows by id are read with a query
     * @return the queries
     */
    public static RepositoryQueries jpql(String entity, String id, String tenant, boolean byId) {
        RepositorySupport.checkNotNull(entity, "entity");
        RepositorySupport.checkNotNull(id, "id");
        RepositoryQueries queries = new RepositoryQueries();
        queries.entity = entity;
        queries.id = id;
        queries.tenantFilter = tenant == null ? "" : " and e." + tenant + " = :tenant";
        String tenantOnly = tenant == null ? "" : " where e." + tenant + " = :tenant";
        queries.count = "select count(e) from " + entity + " e" + tenantOnly;
        queries.findAll = "select e from " + entity + " e" + tenantOnly + " order by e." + id;
        if (byId || tenant != null) {
            queries.findById = "select e from " + entity + " e" + queries.byId();
            queries.existsById = "select count(e) from " + entity + " e" + queries.byId();
        }
        return queries;
    }

    private String byId() {
        return " where e." + id + " = :id" + tenantFilter;
    }

    private String where(String condition) {
        return " where " + condition + tenantFilter;
    }

    /**
     * These queries for a soft-delete timestamp column that the repository writes with JPQL: every
     * read keeps live rows ({@code e.<deletedAt> is null}); {@code delete} runs
     * {@code update <entity> e set e.<deletedAt> = :now[, e.<deletedBy> = :by][, e.<version> = e.<version> + 1]
     * where e.<id> = :id [and e.<tenant> = :tenant] and e.<deletedAt> is null}, {@code restore} the
     * same setting {@code null}; the deleted rows are those with a time, and the purge reads those
     * with a time before {@code :cutoff}.
     *
     * @param deletedAt the soft-delete attribute
     * @param version the {@code @Version} attribute, which a deletion increments, or {@code null}
     * @param deletedBy the attribute a deletion stamps with the current user, or {@code null}
     * @return these queries with the soft-delete ones
     */
    public RepositoryQueries softDeleteColumn(String deletedAt, String version, String deletedBy) {
        RepositorySupport.checkNotNull(deletedAt, "deletedAt");
        RepositoryQueries queries = copy();
        String live = "e." + deletedAt + " is null";
        String from = "select e from " + entity + " e";
        String countFrom = "select count(e) from " + entity + " e";
        String order = " order by e." + id;
        queries.findById = from + byId() + " and " + live;
        queries.existsById = countFrom + byId() + " and " + live;
        queries.count = countFrom + where(live);
        queries.findAll = from + where(live) + order;
        String bump = version == null ? "" : ", e." + version + " = e." + version + " + 1";
        String update = "update " + entity + " e set e." + deletedAt;
        queries.softDelete = update + " = :now" + (deletedBy == null ? "" : ", e." + deletedBy + " = :by") + bump
                + byId() + " and " + live;
        queries.restore = update + " = null" + (deletedBy == null ? "" : ", e." + deletedBy + " = null") + bump
                + byId() + " and e." + deletedAt + " is not null";
        queries.findDeleted = from + where("e." + deletedAt + " is not null") + order;
        queries.countDeleted = countFrom + where("e." + deletedAt + " is not null");
        queries.findPurgeable = from + where("e." + deletedAt + " < :cutoff") + order;
        queries.deletedAtById = "select e." + deletedAt + " from " + entity + " e" + byId();
        return queries;
    }

    /**
     * The query of {@link EntityRepository#findAll(int, int)}, for the forms a framework adds
     * (Spring Data's {@code Page} and {@code Window}).
     *
     * @return the JPQL of the rows the repository sees, ordered by id
     */
    public String findAll() {
        return findAll;
    }

    /**
     * The query of {@link SoftDeleteRepository#findDeleted(int, int)} for a column the repository
     * writes, for the forms a framework adds.
     *
     * @return the JPQL of the soft-deleted rows, ordered by id, or {@code null} without such a column
     */
    public String findDeleted() {
        return hibernate ? null : findDeleted;
    }

    /**
     * The native SQL that reaches the rows Hibernate's {@code @SoftDelete} hides from JPQL. Positional
     * parameters: {@code ?1} is the id, the cutoff or the deleted mark; {@code restore} takes the live
     * mark as {@code ?2} when the column is boolean.
     *
     * @param findByIdIncludingDeleted every column of the row with id {@code ?1}
     * @param findDeleted every column of the deleted rows, ordered by id
     * @param countDeleted {@code select count(*)} of the deleted rows
     * @param restore the update that marks the row with id {@code ?1} live
     * @param hardDelete the statements that remove one row for real, the rows that belong to it first
     * @param purge the statements that remove deleted rows for real, the entity's table last
     * @param deletedMark what the column stores for a deleted row, or {@code null} when it holds the
     *     time of deletion
     * @return these queries with the native ones
     */
    public RepositoryQueries hibernateSoftDelete(String findByIdIncludingDeleted, String findDeleted,
            String countDeleted, String restore, List<String> hardDelete, List<String> purge, Boolean deletedMark) {
        for (String query : new String[] {findByIdIncludingDeleted, findDeleted, countDeleted, restore}) {
            RepositorySupport.checkNotNull(query, "query");
        }
        RepositoryQueries queries = copy();
        queries.findByIdIncludingDeleted = findByIdIncludingDeleted;
        queries.findDeleted = findDeleted;
        queries.countDeleted = countDeleted;
        queries.restore = restore;
        queries.hardDelete = List.copyOf(hardDelete);
        queries.purge = List.copyOf(purge);
        queries.deletedMark = deletedMark;
        queries.hibernate = true;
        return queries;
    }
}
