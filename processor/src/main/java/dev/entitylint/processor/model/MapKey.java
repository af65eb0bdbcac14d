package dev.entitylint.processor.model;

/**
 * The key of a {@code Map}-valued attribute when it is a basic value (a string, number, enum):
 * its type, its {@code @MapKeyColumn} and its {@code @MapKeyEnumerated}.
 *
 * @param type the qualified key type
 * @param enumType whether the key type is an enum
 * @param column what {@code @MapKeyColumn} states, or {@link ColumnSpec#NONE}
 * @param enumerated what {@code @MapKeyEnumerated} states, or {@code null} when absent
 */
public record MapKey(String type, boolean enumType, ColumnSpec column, EnumStorage enumerated) {
}
