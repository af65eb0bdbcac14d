package dev.entitylint.processor.model;

import java.util.List;

/**
 * One query the compilation declares, as far as entitylint could read it: a Spring Data derived
 * query method, a {@code @Query} or {@code @NamedQuery} JPQL string, or a Jakarta Data
 * {@code @Find} method. Only queries read whole are kept: a query with a join, a subquery, a
 * function or anything else entitylint does not understand is not a {@code QueryModel} at all.
 *
 * @param entity the qualified name of the entity it selects from, or {@code null} when only
 *     {@link #entityName} is known (JPQL names the entity by its JPA name)
 * @param entityName the JPA entity name JPQL writes ({@code from Owner o}), or {@code null}
 * @param kind how it is written
 * @param text what it is written as: the method name, or the JPQL
 * @param disjuncts the filter in disjunctive normal form: the query matches a row when every
 *     condition of one of these lists holds ({@code findByAOrBAndC} is {@code [[A], [B, C]]});
 *     one empty list when it filters nothing
 * @param orderBy its {@code order by} paths, in order
 * @param source the method, or the annotation value the query is written in
 * @param method the method's name (a derived query's name is its text), or {@code null} for a named query
 * @param unresolved the properties a derived method or {@code @By} names that its entity does not
 *     have (the query then filters nothing entitylint can read, and {@link #disjuncts} is empty)
 */
public record QueryModel(
        String entity,
        String entityName,
        Kind kind,
        String text,
        List<List<Condition>> disjuncts,
        List<Order> orderBy,
        SourceRef source,
        String method,
        List<Unresolved> unresolved) {

    public QueryModel {
        disjuncts = disjuncts.stream().map(List::copyOf).toList();
        orderBy = List.copyOf(orderBy);
        unresolved = List.copyOf(unresolved);
    }

    /** Whether every path it names was found. */
    public boolean resolved() {
        return unresolved.isEmpty();
    }

    /** How a query is written. */
    public enum Kind {
        /** A Spring Data query method whose name is the query ({@code findByEmailAndStatus}). */
        DERIVED,
        /** Spring Data's {@code @Query} with JPQL. */
        QUERY,
        /** {@code @NamedQuery} on an entity. */
        NAMED_QUERY,
        /** A Jakarta Data {@code @Find} method, filtered by its {@code @By} parameters. */
        JAKARTA_FIND
    }

    /** What a condition compares a path with. */
    public enum Operator {
        EQUAL, NOT_EQUAL, LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL, BETWEEN, IN, NOT_IN,
        IS_NULL, IS_NOT_NULL, LIKE, NOT_LIKE, STARTING_WITH, ENDING_WITH, CONTAINING, NOT_CONTAINING, TRUE, FALSE,
        IS_EMPTY, IS_NOT_EMPTY,
        /** Anything else Spring Data derives ({@code Near}, {@code Within}, {@code Regex}, {@code Exists}). */
        OTHER;

        /** Whether a B-tree index on the path's column can find the matching rows as one equality lookup. */
        public boolean isEquality() {
            return this == EQUAL || this == IN || this == IS_NULL || this == TRUE || this == FALSE;
        }

        /** Whether a B-tree index on the column can find the matching rows as one range. */
        public boolean isRange() {
            return this == LESS_THAN || this == LESS_THAN_EQUAL || this == GREATER_THAN || this == GREATER_THAN_EQUAL
                    || this == BETWEEN;
        }
    }

    /**
     * One condition of a conjunction.
     *
     * @param path the attribute path, property names separated by dots ({@code address.zipCode})
     * @param operator the comparison
     * @param ignoreCase whether it compares ignoring case ({@code IgnoreCase}: {@code upper(column)},
     *     which a plain index on the column does not serve)
     */
    public record Condition(String path, Operator operator, boolean ignoreCase) {
    }

    /**
     * One {@code order by} path.
     *
     * @param path the attribute path, property names separated by dots
     * @param descending whether it sorts descending
     */
    public record Order(String path, boolean descending) {
    }

    /**
     * A property a query names that its entity (or a type on the path) does not have.
     *
     * @param written the part of the query that names it ({@code EmialAddress})
     * @param property the property name looked for ({@code emialAddress})
     * @param type the simple name of the class it was looked for in
     * @param candidates the properties that class has, for "did you mean"
     */
    public record Unresolved(String written, String property, String type, List<String> candidates) {

        public Unresolved {
            candidates = List.copyOf(candidates);
        }
    }
}
