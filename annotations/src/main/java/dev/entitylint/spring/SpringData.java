package dev.entitylint.spring;

import dev.entitylint.Cursor;
import dev.entitylint.RepositorySupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

/**
 * The Spring Data forms of a generated repository's paged methods: a {@link Pageable} in, a
 * {@link Page} out, and a keyset {@link ScrollPosition} in, a {@link Window} out. The order is the
 * method's own (the finder's index, then the id): the queries end with {@code order by e.a, e.id},
 * and that is the only order a method can honour with its index.
 *
 * <ul>
 *   <li>An unsorted {@code Pageable} reads in the method's order. A sorted one is accepted when
 *       its sort is that order or the start of it, ascending, case-sensitive; any other sort throws
 *       {@link IllegalArgumentException} naming it and the order the method has (a new order needs
 *       an index and a finder of its own). {@code Pageable.unpaged()} is refused too: a page has at
 *       most {@value RepositorySupport#MAX_LIMIT} rows.</li>
 *   <li>A {@code Window} starts at {@code ScrollPosition.keyset()} (the first rows) or at a
 *       position of a window of the same method; its keys are the method's sort keys by property
 *       name ({@code placedAt}, {@code id}). Offset positions and backward scrolling are refused
 *       with {@link IllegalArgumentException}.</li>
 * </ul>
 */
public final class SpringData {

    private SpringData() {
    }

    /**
     * One page of {@code jpql}'s rows.
     *
     * @param support the repository's support
     * @param jpql the finder's query, ending with its order (its count follows from it)
     * @param pageable the page, unsorted or sorted in the query's order
     * @param parameters alternating names and values
     * @return the page, with the total number of rows
     */
    public static <E> Page<E> page(RepositorySupport<E, ?> support, String jpql, Pageable pageable,
            Object... parameters) {
        RepositorySupport.checkNotNull(pageable, "pageable");
        if (pageable.isUnpaged()) {
            throw new IllegalArgumentException("pageable must be paged (PageRequest.of(page, size)), not "
                    + "Pageable.unpaged(): a page has at most " + RepositorySupport.MAX_LIMIT + " rows");
        }
        checkSort(pageable.getSort(), support.sortKeys(jpql));
        if (pageable.getOffset() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("pageable's offset must be at most " + Integer.MAX_VALUE + " but was "
                    + pageable.getOffset());
        }
        dev.entitylint.Page<E> page = support.page(jpql, (int) pageable.getOffset(), pageable.getPageSize(),
                parameters);
        return new PageImpl<>(page.items(), pageable, page.total());
    }

    /**
     * One window of the rows after {@code position}, in the queries' order.
     *
     * @param support the repository's support
     * @param jpql the finder's query ({@code select e ... order by e.a, e.id}); its keyset queries follow from it
     * @param position {@code ScrollPosition.keyset()}, or a position of a window of the same method
     * @param limit the largest number of rows to return, 1 to {@value RepositorySupport#MAX_LIMIT}
     * @param parameters alternating names and values
     * @return the window; {@code positionAt(i)} is the position after row {@code i}
     */
    @SuppressWarnings("unchecked")
    public static <E> Window<E> window(RepositorySupport<E, ?> support, String jpql, ScrollPosition position,
            int limit, Object... parameters) {
        RepositorySupport.checkNotNull(position, "position");
        List<String> names = support.sortKeys(jpql);
        if (!(position instanceof KeysetScrollPosition keyset) || keyset.scrollsBackward()) {
            throw new IllegalArgumentException("position must be a forward keyset position (ScrollPosition.keyset() "
                    + "or one of this method's windows) but was " + position);
        }
        Cursor after = Cursor.first();
        if (!keyset.isInitial()) {
            Map<String, ?> keys = keyset.getKeys();
            if (!keys.keySet().equals(new java.util.HashSet<>(names))) {
                throw new IllegalArgumentException("position has keys " + keys.keySet() + " but this method orders "
                        + "by " + names + ": pass ScrollPosition.keyset() or a position of this method's windows");
            }
            Object[] values = new Object[names.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = keys.get(names.get(i));
            }
            after = Cursor.after(values);
        }
        List<Object[]> rows = support.keysetRows(jpql, after, limit, parameters);
        boolean hasNext = rows.size() > limit;
        List<Object[]> page = hasNext ? rows.subList(0, limit) : rows;
        List<E> items = new ArrayList<>(page.size());
        List<Map<String, Object>> positions = new ArrayList<>(page.size());
        for (Object[] row : page) {
            items.add((E) row[0]);
            Map<String, Object> key = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                key.put(names.get(i), row[i + 1]);
            }
            positions.add(key);
        }
        return Window.from(items, i -> ScrollPosition.forward(positions.get(i)), hasNext);
    }

    private static void checkSort(Sort sort, List<String> order) {
        int i = 0;
        for (Sort.Order by : sort) {
            if (i >= order.size() || !by.getProperty().equals(order.get(i)) || by.isDescending() || by.isIgnoreCase()
                    || by.getNullHandling() != Sort.NullHandling.NATIVE) {
                throw new IllegalArgumentException("pageable's sort " + sort + " is not this method's order ("
                        + String.join(", ", order) + ", ascending): pass an unsorted Pageable (PageRequest.of(page, "
                        + "size)) or the start of that order; another order needs an index and a finder of its own");
            }
            i++;
        }
    }
}
