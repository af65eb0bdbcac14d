package dev.entitylint.processor.model;

/** JPA's {@code CascadeType}. */
public enum CascadeType {
    ALL,
    PERSIST,
    MERGE,
    REMOVE,
    REFRESH,
    DETACH;

    /** The constant written in an annotation, or {@code null} when unknown. */
    public static CascadeType of(String written) {
        return Enums.constant(CascadeType.class, written);
    }

    /** Whether removing the owner removes the target: {@code ALL} or {@code REMOVE} among {@code cascade}. */
    public static boolean removes(java.util.Set<CascadeType> cascade) {
        return cascade.contains(ALL) || cascade.contains(REMOVE);
    }
}
