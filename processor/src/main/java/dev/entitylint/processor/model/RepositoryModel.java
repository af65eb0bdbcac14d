package dev.entitylint.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A type that declares queries: a Spring Data or Jakarta Data repository interface, or an entity
 * with {@code @NamedQuery}s. Read by {@link ModelBuilder#queries}.
 *
 * @param element the interface or entity class
 * @param qualifiedName its qualified name
 * @param kind what it is
 * @param domainType the qualified name of the entity a repository manages (its type argument), or
 *     {@code null} when it manages none or it is not known
 * @param queries the queries it declares that entitylint read whole
 * @param unread how many queries it declares that entitylint could not read whole (a join, a
 *     native query, SpEL...): an index may serve one of those
 */
public record RepositoryModel(
        TypeElement element, String qualifiedName, Kind kind, String domainType, List<QueryModel> queries,
        int unread) {

    public RepositoryModel {
        queries = List.copyOf(queries);
    }

    /** What declares the queries. */
    public enum Kind {
        /** An interface extending Spring Data's {@code Repository}. */
        SPRING_DATA,
        /** An interface annotated with Jakarta Data's {@code @Repository}. */
        JAKARTA_DATA,
        /** An entity with {@code @NamedQuery}s. */
        NAMED_QUERIES;

        /** Whether it is a repository, whose queries are likely all the application runs against its entity. */
        public boolean isRepository() {
            return this != NAMED_QUERIES;
        }
    }

    public SourceRef ref() {
        return SourceRef.of(element);
    }
}
