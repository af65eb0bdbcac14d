package dev.entitylint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a keyset page starts: the sort key of the last row already read (the values a finder
 * orders by, its id last), or nothing for the first page. A cursor is produced by a keyset page
 * ({@link KeysetPage#next()}) and handed back to the same method for the page after it; the next
 * page starts strictly after that key, so rows inserted or deleted meanwhile never make pages
 * overlap or skip a row.
 *
 * <p>A cursor is a value: equal keys make equal cursors. Give it back to the method that made it:
 * another method orders by other values, and its query rejects the key.
 */
public final class Cursor {

    private static final Cursor FIRST = new Cursor(List.of());

    private final List<Object> key;

    private Cursor(List<Object> key) {
        this.key = key;
    }

    /**
     * The cursor of the first page.
     *
     * @return the cursor before every row
     */
    public static Cursor first() {
        return FIRST;
    }

    /**
     * The cursor after the row with this sort key, in the method's order (its id last).
     *
     * @param key the values, none {@code null}
     * @return the cursor
     * @throws IllegalArgumentException when a value is {@code null} or none is given
     */
    public static Cursor after(Object... key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("key must hold at least the id (use Cursor.first() for the first page)");
        }
        List<Object> values = new ArrayList<>(key.length);
        for (int i = 0; i < key.length; i++) {
            if (key[i] == null) {
                throw new IllegalArgumentException("key value " + i + " must not be null");
            }
            values.add(key[i]);
        }
        return new Cursor(Collections.unmodifiableList(values));
    }

    /**
     * The sort key, the id last; empty for the first page.
     *
     * @return the values, unmodifiable
     */
    public List<Object> key() {
        return key;
    }

    /**
     * Whether this is the cursor of the first page.
     *
     * @return {@code true} before every row
     */
    public boolean isFirst() {
        return key.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cursor cursor && cursor.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return isFirst() ? "Cursor.first()" : "Cursor.after" + key;
    }
}
