package dev.entitylint.processor.model;

import java.util.Set;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * What an association annotation ({@code @ManyToOne}, {@code @OneToOne}, {@code @OneToMany},
 * {@code @ManyToMany}) states.
 *
 * @param target qualified name of the associated entity ({@code targetEntity} or the declared
 *     type, or the collection's element type)
 * @param mappedBy the {@code mappedBy} value, or {@code null} on the owning side
 * @param fetch the written {@code fetch}, else {@code null}
 * @param cascade the written {@code CascadeType} constants
 * @param optional the written {@code optional} value, or {@code null}
 * @param joinTable whether a {@code @JoinTable} maps the association
 * @param orderColumn whether an {@code @OrderColumn} orders a to-many association
 * @param annotation the association annotation
 * @param on the attribute's element, which carries the annotation
 * @param written the annotation's explicitly written values by member name
 * @param orphanRemoval whether {@code orphanRemoval = true} is written ({@code @OneToMany},
 *     {@code @OneToOne})
 */
public record AssociationSpec(
        String target,
        String mappedBy,
        FetchType fetch,
        Set<CascadeType> cascade,
        Boolean optional,
        boolean joinTable,
        boolean orderColumn,
        AnnotationMirror annotation,
        Element on,
        Map<String, AnnotationValue> written,
        boolean orphanRemoval) {

    /** The components before {@code on}; findings then point at the attribute's annotation only. */
    public AssociationSpec(String target, String mappedBy, FetchType fetch, Set<CascadeType> cascade, Boolean optional,
            boolean joinTable, boolean orderColumn, AnnotationMirror annotation) {
        this(target, mappedBy, fetch, cascade, optional, joinTable, orderColumn, annotation, null, Map.of(), false);
    }

    /** Points at the association annotation. */
    public SourceRef ref() {
        return SourceRef.of(on, annotation);
    }

    /** Points at the association annotation, or at one of its written values when {@code member} was written. */
    public SourceRef ref(String member) {
        return SourceRef.of(on, annotation, written.get(member));
    }

    public boolean owning() {
        return mappedBy == null || mappedBy.isEmpty();
    }
}
