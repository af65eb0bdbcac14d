package dev.entitylint;

import java.util.List;

/**
 * One page of a keyset (cursor) read: the rows after a {@link Cursor}, in the method's order, and
 * the cursor to read the page after them. Unlike {@link Page} it carries no total (keyset paging
 * never counts) and no offset (no row is ever skipped by counting).
 *
 * @param items the rows of this page, in the method's order; never {@code null}
 * @param next the cursor after the last row of this page (the given cursor when the page is
 *     empty), to pass back to the same method; never {@code null}
 * @param hasNext whether more rows followed this page when it was read
 * @param <T> the row type
 */
public record KeysetPage<T>(List<T> items, Cursor next, boolean hasNext) {

    /** Copies {@code items} so that a page cannot change after it was returned. */
    public KeysetPage {
        items = List.copyOf(items);
        if (next == null) {
            throw new IllegalArgumentException("next must not be null");
        }
    }
}
