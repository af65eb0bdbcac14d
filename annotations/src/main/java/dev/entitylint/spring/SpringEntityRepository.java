package dev.entitylint.spring;

import dev.entitylint.EntityRepository;
import dev.entitylint.Page;
import dev.entitylint.RepositoryQueries;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * The base class of a repository generated for Spring: {@link EntityRepository}'s methods inside
 * Spring transactions, reads read-only. Spring applies a class's {@code @Transactional} only to
 * the methods declared in that class, never to those it inherits, so the generated class's own
 * annotation would leave {@code findById} or {@code save} without a transaction: this class
 * declares each of them again, annotated. Each joins the caller's transaction when there is one.
 *
 * @param <E> the entity
 * @param <ID> the entity's id type
 */
@Transactional(readOnly = true)
public abstract class SpringEntityRepository<E, ID> extends EntityRepository<E, ID> {

    /** For the class-based proxies Spring makes; a proxy hands every call to the real instance. */
    protected SpringEntityRepository() {
    }

    /**
     * A repository whose rows are removed for real, or soft-deleted by the persistence provider.
     *
     * @param entityManager the entity manager to work with (Spring's shared, transactional one)
     * @param entityType the entity class
     * @param idType the id class
     * @param queries the generated class's queries
     */
    protected SpringEntityRepository(EntityManager entityManager, Class<E> entityType, Class<ID> idType,
            RepositoryQueries queries) {
        super(entityManager, entityType, idType, queries);
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
}
