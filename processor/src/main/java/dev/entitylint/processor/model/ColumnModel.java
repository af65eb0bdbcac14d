package dev.entitylint.processor.model;

/**
 * A physical column of a table, after defaults, overrides and the naming strategy were applied.
 *
 * @param name the physical name, unquoted ({@code billing_customer_id})
 * @param quoted whether the name was written quoted, so the database keeps it verbatim
 * @param attributePath the attribute path that maps it ({@code address.street}, {@code customer})
 * @param attribute the declared attribute behind the column
 * @param type the Java type stored in it (for a foreign key, the referenced id's type)
 * @param nullable whether the column accepts NULL
 * @param unique whether the column alone is unique ({@code unique = true})
 * @param length the length for a string column (explicit or the JPA default of 255), else null
 * @param precision the declared precision, else null
 * @param scale the declared scale, else null
 * @param primaryKey whether it is part of the primary key
 * @param foreignKey whether it is part of a foreign key
 * @param source where the column was defined (the attribute, narrowed to its column annotation)
 */
public record ColumnModel(
        String name,
        boolean quoted,
        String attributePath,
        AttributeModel attribute,
        TypeInfo type,
        boolean nullable,
        boolean unique,
        Integer length,
        Integer precision,
        Integer scale,
        boolean primaryKey,
        boolean foreignKey,
        SourceRef source) {
}
