package dev.entitylint.processor.model;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * What a {@code @Column} or {@code @JoinColumn} annotation states explicitly. Every value is
 * {@code null} when the user did not write it, so rules can tell "left at the JPA default"
 * from "written with the default value".
 *
 * @param on the element that carries the annotation (the attribute, or the class for overrides)
 * @param annotation the annotation itself, or {@code null} when there is none
 * @param written the annotation's explicitly written values by member name
 */
public record ColumnSpec(
        String name,
        Integer length,
        Integer precision,
        Integer scale,
        Boolean nullable,
        Boolean unique,
        String columnDefinition,
        String table,
        String referencedColumnName,
        String foreignKeyName,
        Element on,
        AnnotationMirror annotation,
        Map<String, AnnotationValue> written) {

    public static final ColumnSpec NONE =
            new ColumnSpec(null, null, null, null, null, null, null, null, null, null, null, null, Map.of());

    public boolean present() {
        return annotation != null;
    }

    /** Points at the annotation, or at one of its written values when {@code member} was written. */
    public SourceRef ref(String member) {
        return SourceRef.of(on, annotation, written.get(member));
    }

    /** Points at the annotation as a whole. */
    public SourceRef ref() {
        return SourceRef.of(on, annotation);
    }
}
