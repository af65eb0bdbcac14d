package dev.entitylint;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A generated repository whose entity is soft-deleted, through a timestamp column the repository
 * writes or through Hibernate's {@code @SoftDelete}: the methods of {@link EntityRepository},
 * which see live rows only, and those for deleted rows. The generated class adds the purge method
 * its column allows ({@code purgeDeletedBefore} or {@code purgeDeleted}) and says in its javadoc
 * which way its rows are deleted.
 *
 * <p>With a column the repository writes, the methods for deleted rows use JPQL. With Hibernate's
 * {@code @SoftDelete}, which hides deleted rows from every JPQL query, they use constant native SQL
 * with bound parameters, and the deleted instances they return are detached.
 *
 * @param <E> the entity
 * @param <ID> the entity's id type
 */
public class SoftDeleteRepository<E, ID> extends EntityRepository<E, ID> {

    /** For the proxies that CDI makes of a bean. */
    protected SoftDeleteRepository() {
    }

    /**
     * A repository of an entity soft-deleted by Hibernate's {@code @SoftDelete}.
     *
     * @param entityManager the entity manager to work with
     * @param entityType the entity class
     * @param idType the id class
     * @param queries the generated class's queries, with {@link RepositoryQueries#hibernateSoftDelete}
     */
    protected SoftDeleteRepository(EntityManager entityManager, Class<E> entityType, Class<ID> idType,
            RepositoryQueries queries) {
        super(entityManager, entityType, idType, queries);
    }

    /**
     * A repository of an entity soft-deleted through a timestamp column the repository writes.
     *
     * @param entityManager the entity manager to work with
     * @param entityType the entity class
     * @param idType the id class
     * @param queries the generated class's queries, with {@link RepositoryQueries#softDeleteColumn}
     * @param clock the clock that says when a row was deleted (and converts purge cutoffs in its zone)
     * @param deletedAtType the column's type: {@link Instant}, {@link java.time.OffsetDateTime}, {@link
     *     java.time.ZonedDateTime} or {@link java.time.LocalDateTime}
     */
    protected SoftDeleteRepository(EntityManager entityManager, Class<E> entityType, Class<ID> idType,
            RepositoryQueries queries, Clock clock, Class<?> deletedAtType) {
        super(new RepositorySupport<>(entityManager, entityType, idType, clock, deletedAtType), queries);
    }

    /**
     * Makes a soft-deleted row live again. Pending changes are flushed first. Nothing happens when
     * the row is live or gone. With a column the repository writes, the managed instance is
     * refreshed; with Hibernate's {@code @SoftDelete}, find the entity again to work with it:
     * Hibernate let go of the deleted instance.
     *
     * @param entity the entity to restore; it must have an id
     */
    public void restore(E entity) {
        RepositoryQueries queries = queries();
        if (!queries.hibernate) {
            support().restore(queries.restore, entity);
        } else if (queries.deletedMark == null) {
            support().executeNative(queries.restore, support().idOf(entity));
        } else {
            support().executeNative(queries.restore, support().idOf(entity), !queries.deletedMark);
        }
    }

    /**
     * Finds the row with this id, live or soft-deleted. With Hibernate's {@code @SoftDelete} a live
     * row comes back managed, a deleted one detached: pass it to {@link #restore} or {@link
     * #hardDelete}.
     *
     * @param id the id to look for
     * @return the entity, or empty when no row has this id
     */
    public Optional<E> findByIdIncludingDeleted(ID id) {
        RepositoryQueries queries = queries();
        return queries.hibernate ? support().orHidden(findById(id), queries.findByIdIncludingDeleted, id)
                : support().find(id);
    }

    /**
     * One page of soft-deleted rows, ordered by id. With Hibernate's {@code @SoftDelete} the instances
     * are detached: pass them to {@link #restore} or {@link #hardDelete}.
     *
     * @param offset how many rows to skip, at least 0
     * @param limit the largest number of rows to return, 1 to {@value #MAX_LIMIT}
     * @return the page, with the total number of soft-deleted rows
     */
    public Page<E> findDeleted(int offset, int limit) {
        RepositoryQueries queries = queries();
        if (!queries.hibernate) {
            return support().page(queries.findDeleted, queries.countDeleted, offset, limit);
        }
        return queries.deletedMark == null
                ? support().hiddenPage(queries.findDeleted, queries.countDeleted, offset, limit)
                : support().hiddenPage(queries.findDeleted, queries.countDeleted, offset, limit, queries.deletedMark);
    }

    /**
     * One keyset page of soft-deleted rows, ordered by id, for a column the repository writes: the
     * rows strictly after {@code after}, so that pages never overlap or skip a row while rows are
     * deleted or restored between them.
     *
     * @param after {@link Cursor#first()}, or the {@code next()} of the page before, from this method
     * @param limit the largest number of rows to return, 1 to {@value #MAX_LIMIT}
     * @return the page and the cursor after it
     */
    protected KeysetPage<E> deletedAfter(Cursor after, int limit) {
        return support().keyset(queries().findDeleted, after, limit);
    }

    /**
     * Soft-deletes and restores the rows the entity owns with it (its aggregate): call it from the
     * generated constructor.
     *
     * @param rows what the entity owns, children before grandchildren
     */
    protected void own(java.util.List<OwnedRows> rows) {
        support().own(queries().deletedAtById, rows);
    }

    /**
     * Counts the soft-deleted rows.
     *
     * @return how many rows are soft-deleted
     */
    public long countDeleted() {
        RepositoryQueries queries = queries();
        if (!queries.hibernate) {
            return support().count(queries.countDeleted);
        }
        return queries.deletedMark == null ? support().nativeCount(queries.countDeleted)
                : support().nativeCount(queries.countDeleted, queries.deletedMark);
    }

    /**
     * Removes the entity's row for real, live or soft-deleted. Nothing happens when no row has the
     * entity's id. With a column the repository writes, through {@link EntityManager#remove} (cascades
     * and callbacks run); with Hibernate's {@code @SoftDelete}, with native SQL that removes the rows
     * of the collection and join tables the entity owns first (no cascades or callbacks run), after
     * flushing pending changes and detaching the instance.
     *
     * @param entity the entity to remove; it must have an id
     */
    public void hardDelete(E entity) {
        RepositoryQueries queries = queries();
        if (queries.hibernate) {
            support().hardDeleteNative(queries.hardDelete, entity);
        } else {
            support().remove(entity);
        }
    }

    /**
     * Removes for real the rows soft-deleted before {@code cutoff}: through {@link EntityManager#remove}
     * in batches with a column the repository writes, with native SQL with Hibernate's timestamp
     * {@code @SoftDelete}.
     *
     * @param cutoff rows deleted before this instant are removed
     * @return how many rows were removed
     */
    protected int purgeBefore(Instant cutoff) {
        RepositoryQueries queries = queries();
        if (!queries.hibernate) {
            return support().purge(queries.findPurgeable, cutoff);
        }
        RepositorySupport.checkNotNull(cutoff, "cutoff");
        return support().executeNative(queries.purge, cutoff);
    }

    /**
     * Removes for real every soft-deleted row, with native SQL, for Hibernate's boolean {@code
     * @SoftDelete} strategies.
     *
     * @return how many rows were removed
     */
    protected int purgeAll() {
        RepositoryQueries queries = queries();
        return support().executeNative(queries.purge, queries.deletedMark);
    }
}
