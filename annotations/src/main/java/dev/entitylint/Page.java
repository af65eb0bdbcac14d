package dev.entitylint;

import java.util.List;

/**
 * One page of query results and the total number of rows that match the query.
 *
 * @param items the rows of this page, in the query's order; never {@code null}
 * @param total how many rows match the query across all pages
 * @param offset the index of the first row of this page within all matching rows
 * @param limit the largest number of rows a page may hold
 * @param <T> the row type
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    /** Copies {@code items} so that a page cannot change after it was returned. */
    public Page {
        items = List.copyOf(items);
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0 but was " + total);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0 but was " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
        }
    }

    /** Whether rows remain after this page. */
    public boolean hasNext() {
        return (long) offset + items.size() < total;
    }

    /** The offset of the next page, to pass back to the same finder. */
    public int nextOffset() {
        return offset + items.size();
    }
}
