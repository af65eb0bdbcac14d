package dev.entitylint.processor.model;

/** Hibernate's {@code SoftDeleteType}: what the column of {@code @SoftDelete} holds. */
public enum SoftDeleteStrategy {
    /** A boolean, {@code true} once deleted (column {@code deleted}). */
    DELETED,
    /** A boolean, {@code false} once deleted (column {@code active}). */
    ACTIVE,
    /** The time of deletion, {@code NULL} while live (column {@code deleted}; Hibernate 7). */
    TIMESTAMP;

    /** The written strategy; {@link #DELETED} (Hibernate's default) when absent or unknown. */
    public static SoftDeleteStrategy of(String written) {
        SoftDeleteStrategy strategy = Enums.constant(SoftDeleteStrategy.class, written);
        return strategy == null ? DELETED : strategy;
    }

    /** The column Hibernate adds when {@code columnName} is not written. */
    public String defaultColumn() {
        return this == ACTIVE ? "active" : "deleted";
    }
}
