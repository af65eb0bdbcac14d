package dev.entitylint.spring;

import dev.entitylint.Page;
import dev.entitylint.RepositoryQueries;
import dev.entitylint.SoftDeleteRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * The base class of a soft-deleting repository generated for Spring: {@link SoftDeleteRepository}'s
 * methods inside Spring transactions, reads read-only. Spring applies a class's
 * {@code @Transactional} only to the methods declared in that class, so this class declares each
 * inherited method again, annotated (see {@link SpringEntityRepository}).
 *
 * @param <E> the entity
 * @param <ID> the entity's id type
 */
@Transactional(readOnly = true)
public abstract class SpringSoftDeleteRepository<E, ID> extends SoftDeleteRepository<E, ID> {

    /** For the class-based proxies Spring makes; a proxy hands every call to the real instance. */
    protected SpringSoftDeleteRepository() {
    }

    /**
     * A repository whose rows the persistence provider soft-deletes (Hibernate's {@code @SoftDelete}).
     *
     * @param entityManager the entity manager to work with
     * @param entityType the entity class
     * @param idType the id class
     * @param queries the generated class's queries
     */
    protected SpringSoftDeleteRepository(EntityManager entityManager, Class<E> entityType, Class<ID> idType,
            RepositoryQueries queries) {
        super(entityManager, entityType, idType, queries);
    }

    /**
     * A repository that soft-deletes rows itself.
     *
     * @param entityManager the entity manager to work with
     * @param entityType the entity class
     * @param idType the id class
     * @param queries the generated class's queries
     * @param clock the clock that says when a row was deleted
     * @param deletedAtType the type of the deletion-time attribute
     */
    protected SpringSoftDeleteRepository(EntityManager entityManager, Class<E> entityType, Class<ID> idType,
            RepositoryQueries queries, Clock clock, Class<?> deletedAtType) {
        super(entityManager, entityType, idType, queries, clock, deletedAtType);
    }

    @Override
    public Optional<E> findById(ID id) {
        return super.findById(id);
    }

    @Override
    public boolean existsById(ID id) {
        return super.existsById(id);
    }

    @Override
    public long count() {
        return super.count();
    }

    @Override
    public Page<E> findAll(int offset, int limit) {
        return super.findAll(offset, limit);
    }

    @Override
    @Transactional
    public E save(E entity) {
        return super.save(entity);
    }

    @Override
    @Transactional
    public void delete(E entity) {
        super.delete(entity);
    }

    @Override
    @Transactional
    public void deleteById(ID id) {
        super.deleteById(id);
    }

    @Override
    @Transactional
    public void restore(E entity) {
        super.restore(entity);
    }

    @Override
    public Optional<E> findByIdIncludingDeleted(ID id) {
        return super.findByIdIncludingDeleted(id);
    }

    @Override
    public Page<E> findDeleted(int offset, int limit) {
        return super.findDeleted(offset, limit);
    }

    @Override
    public long countDeleted() {
        return super.countDeleted();
    }

    @Override
    @Transactional
    public void hardDelete(E entity) {
        super.hardDelete(entity);
    }
}
