package dev.entitylint;

/**
 * Who is acting now, as the application knows it: a generated repository whose soft-delete table
 * has a {@code deleted_by} column (or the column {@code -Aentitylint.softDelete.byColumn} names)
 * takes one in its constructor (in Spring or CDI: a bean) and stamps the column with its answer
 * when it deletes a row (and the rows of the aggregate the row owns), as auditing stamps
 * {@code created_by} and {@code updated_by}. Restoring a row clears the column.
 *
 * @param <U> the type of the {@code deleted_by} attribute ({@code String}, {@code Long}, {@code UUID}, ...)
 */
@FunctionalInterface
public interface CurrentUser<U> {

    /**
     * The current user.
     *
     * @return the user, or {@code null} when nobody is signed in (the column is then left {@code null})
     */
    U currentUser();
}
