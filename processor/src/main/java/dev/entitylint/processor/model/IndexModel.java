package dev.entitylint.processor.model;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * An index or unique constraint of a table.
 *
 * @param name the explicit name, or {@code null} when the provider will invent one
 * @param columns physical column names, in index order
 * @param unique whether it enforces uniqueness
 * @param kind where it was declared
 * @param declaredOn the class whose annotation declares it
 * @param source the {@code @Index} / {@code @UniqueConstraint} annotation (or the unique column)
 * @param writtenColumns the column names as written ({@code columnList} entries without
 *     {@code asc}/{@code desc} and without expressions, or {@code columnNames}), quotes kept
 * @param written the annotation's explicitly written values by member name ({@code name},
 *     {@code columnList}, {@code columnNames}); empty for a unique column
 */
public record IndexModel(
        String name, List<String> columns, boolean unique, Kind kind, TypeElement declaredOn, SourceRef source,
        Map<String, AnnotationValue> written, List<String> writtenColumns) {

    /** The components before {@code written}, which defaults to none. */
    public IndexModel(String name, List<String> columns, boolean unique, Kind kind, TypeElement declaredOn,
            SourceRef source) {
        this(name, columns, unique, kind, declaredOn, source, Map.of(), List.of());
    }

    /** Points at the annotation, narrowed to the value of {@code member} when it was written. */
    public SourceRef ref(String member) {
        return source.narrowedTo(written.get(member));
    }

    /** Where an index comes from. */
    public enum Kind {
        /** {@code @Table(indexes = @Index(...))}. */
        INDEX,
        /** {@code @Table(uniqueConstraints = @UniqueConstraint(...))}. */
        UNIQUE_CONSTRAINT,
        /** {@code @Column(unique = true)} or {@code @JoinColumn(unique = true)}. */
        UNIQUE_COLUMN
    }

    public boolean hasExplicitName() {
        return name != null && !name.isBlank();
    }

    /** Whether {@code leading} (in any order) are exactly the first columns of this index. */
    public boolean leadsWith(List<String> leading) {
        if (leading.isEmpty() || leading.size() > columns.size()) {
            return false;
        }
        return Names.sameSet(columns.subList(0, leading.size()), leading);
    }
}
