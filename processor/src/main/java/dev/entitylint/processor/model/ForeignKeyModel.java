package dev.entitylint.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A foreign key of a table, from an owning to-one association.
 *
 * @param name the explicit constraint name ({@code @JoinColumn(foreignKey = @ForeignKey(name))}),
 *     or {@code null}
 * @param columns the physical columns holding the key, in join column order
 * @param referencedTable the physical table name of the referenced entity
 * @param referencedEntity the qualified class name of the referenced entity
 * @param attribute the association attribute
 * @param declaredIn the class that declares the association (a mapped superclass when inherited)
 * @param source the association attribute (narrowed to its join column when written)
 */
public record ForeignKeyModel(
        String name,
        List<String> columns,
        String referencedTable,
        String referencedEntity,
        AttributeModel attribute,
        TypeElement declaredIn,
        SourceRef source) {
}
