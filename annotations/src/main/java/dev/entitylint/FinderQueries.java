package dev.entitylint;

import java.util.ArrayList;
import java.util.List;

/**
 * The queries a finder's one JPQL query implies, so that the generated class states each finder's
 * query once: from {@code select e from Order e where e.customer = :customer order by e.placedAt, e.id}
 * the count ({@code select count(e) from Order e where e.customer = :customer}) and the two keyset
 * queries, which select the sort key beside the entity ({@code select e, e.placedAt, e.id ...}), the
 * second keeping the rows strictly after {@code :key0}, {@code :key1}, ... in the same order.
 *
 * <p>The query is one that entitylint generated: {@code select e from <Entity> e}, an optional
 * {@code where} clause of bound parameters, and {@code order by} paths of {@code e}, the id last.
 */
final class FinderQueries {

    private static final String SELECT = "select e from ";
    private static final String ORDER_BY = " order by ";

    final String count;
    final String first;
    final String after;
    /** The attributes of the sort key, in order, the id last ({@code placedAt}, {@code id}). */
    final List<String> keys;

    private FinderQueries(String count, String first, String after, List<String> keys) {
        this.count = count;
        this.first = first;
        this.after = after;
        this.keys = keys;
    }

    /**
     * @param find the finder's query
     * @return the queries it implies
     * @throws IllegalArgumentException when the query does not have the generated shape
     */
    static FinderQueries of(String find) {
        int order = find.lastIndexOf(ORDER_BY);
        if (!find.startsWith(SELECT) || order < 0) {
            throw new IllegalArgumentException("not a query of a generated finder (select e from <Entity> e "
                    + "... order by ...): " + find);
        }
        String fromWhere = find.substring(SELECT.length(), order);
        String orderBy = find.substring(order);
        String[] paths = find.substring(order + ORDER_BY.length()).split(", ");
        String select = "select e, " + String.join(", ", paths) + " from ";
        boolean hasWhere = fromWhere.contains(" where ");
        return new FinderQueries("select count(e) from " + fromWhere, select + fromWhere + orderBy,
                select + fromWhere + (hasWhere ? " and " : " where ") + after(paths, 0) + orderBy, attributes(paths));
    }

    /** {@code [placedAt, id]} from {@code [e.placedAt, e.id]}. */
    private static List<String> attributes(String[] paths) {
        List<String> names = new ArrayList<>(paths.length);
        for (String path : paths) {
            names.add(path.startsWith("e.") ? path.substring(2) : path);
        }
        return List.copyOf(names);
    }

    /** {@code (e.a > :key0 or (e.a = :key0 and e.id > :key1))}: strictly after the key, in order. */
    private static String after(String[] paths, int at) {
        String path = paths[at];
        if (at == paths.length - 1) {
            return path + " > :key" + at;
        }
        return "(" + path + " > :key" + at + " or (" + path + " = :key" + at + " and " + after(paths, at + 1) + "))";
    }
}
