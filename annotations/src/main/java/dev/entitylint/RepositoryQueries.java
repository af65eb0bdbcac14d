package dev.entitylint;

import java.util.List;

/**
 * The queries a generated repository hands to its base class ({@link EntityRepository} or
 * {@link SoftDeleteRepository}). Every query is a constant of the generated class, written out
 * there where a reader sees it; this class only carries them, named, to the base class. Each
 * method returns a new instance: a value is never changed once a repository holds it.
 *
 * <p>Generated code calls this class, so use {@code entitylint-annotations} of the same version as
 * the processor that generated it.
 */
public final class RepositoryQueries {

    final String count;
    final String findAll;
    final String findById;
    final String existsById;
    /** The soft-delete column: a JPQL update taking {@code :id} and {@code :now}, or {@code null}. */
    final String softDelete;
    final String restore;
    final String findByIdIncludingDeleted;
    final String findDeleted;
    final String countDeleted;
    final String findPurgeable;
    final List<String> hardDelete;
    final List<String> purge;
    /** Hibernate's {@code @SoftDelete}: the boolean stored for a deleted row, or {@code null} for a timestamp. */
    final Boolean deletedMark;
    final boolean hibernate;

    private RepositoryQueries(String count, String findAll, String findById, String existsById, String softDelete,
            String restore, String findByIdIncludingDeleted, String findDeleted, String countDeleted,
            String findPurgeable, List<String> hardDelete, List<String> purge, Boolean deletedMark,
            boolean hibernate) {
        this.count = count;
        this.findAll = findAll;
        this.findById = findById;
        this.existsById = existsById;
        this.softDelete = softDelete;
        this.restore = restore;
        this.findByIdIncludingDeleted = findByIdIncludingDeleted;
        this.findDeleted = findDeleted;
        this.countDeleted = countDeleted;
        this.findPurgeable = findPurgeable;
        this.hardDelete = hardDelete;
        this.purge = purge;
        this.deletedMark = deletedMark;
        this.hibernate = hibernate;
    }

    /**
     * The queries of every repository. {@code findById} and {@code existsById} use {@code
     * EntityManager.find} unless {@link #byId} gives queries for them.
     *
     * @param count {@code select count(e)} of the rows the repository sees
     * @param findAll those rows, ordered by id
     * @return the queries
     */
    public static RepositoryQueries of(String count, String findAll) {
        RepositorySupport.checkNotNull(count, "count");
        RepositorySupport.checkNotNull(findAll, "findAll");
        return new RepositoryQueries(count, findAll, null, null, null, null, null, null, null, null, List.of(),
                List.of(), null, false);
    }

    /**
     * Queries by id, for an entity whose deleted rows a query must leave out ({@code EntityManager.find}
     * would return them).
     *
     * @param findById the row with {@code :id}
     * @param existsById {@code select count(e)} of that row
     * @return these queries with the two
     */
    public RepositoryQueries byId(String findById, String existsById) {
        RepositorySupport.checkNotNull(findById, "findById");
        RepositorySupport.checkNotNull(existsById, "existsById");
        return new RepositoryQueries(count, findAll, findById, existsById, softDelete, restore,
                findByIdIncludingDeleted, findDeleted, countDeleted, findPurgeable, hardDelete, purge, deletedMark,
                hibernate);
    }

    /**
     * The queries of a soft-delete timestamp column that the repository writes with JPQL.
     *
     * @param softDelete the update that stamps the row with {@code :id} with {@code :now} when it is live
     * @param restore the update that clears the stamp of the row with {@code :id}
     * @param findDeleted the deleted rows, ordered by id
     * @param countDeleted {@code select count(e)} of the deleted rows
     * @param findPurgeable the rows deleted before {@code :cutoff}, ordered by id
     * @return these queries with the five
     */
    public RepositoryQueries softDelete(String softDelete, String restore, String findDeleted, String countDeleted,
            String findPurgeable) {
        for (String query : new String[] {softDelete, restore, findDeleted, countDeleted, findPurgeable}) {
            RepositorySupport.checkNotNull(query, "query");
        }
        return new RepositoryQueries(count, findAll, findById, existsById, softDelete, restore, null, findDeleted,
                countDeleted, findPurgeable, List.of(), List.of(), null, false);
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
        return new RepositoryQueries(count, findAll, findById, existsById, null, restore, findByIdIncludingDeleted,
                findDeleted, countDeleted, null, List.copyOf(hardDelete), List.copyOf(purge), deletedMark, true);
    }
}
