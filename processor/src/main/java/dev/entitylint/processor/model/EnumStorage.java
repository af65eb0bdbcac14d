package dev.entitylint.processor.model;

/** How an enum attribute's {@code @Enumerated} says it is stored. */
public enum EnumStorage {
    /** {@code @Enumerated(EnumType.STRING)}: the constant's name. */
    STRING,
    /** {@code @Enumerated(EnumType.ORDINAL)} written out. */
    ORDINAL,
    /** {@code @Enumerated} without a value: JPA's default, the position. */
    ORDINAL_BY_DEFAULT;

    /**
     * The storage {@code @Enumerated} states: {@code null} without the annotation,
     * {@link #ORDINAL_BY_DEFAULT} when it has no (readable) value.
     */
    public static EnumStorage of(boolean annotated, String writtenValue) {
        if (!annotated) {
            return null;
        }
        EnumStorage written = Enums.constant(EnumStorage.class, writtenValue);
        return written == null || written == ORDINAL_BY_DEFAULT ? ORDINAL_BY_DEFAULT : written;
    }
}
