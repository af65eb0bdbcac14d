package dev.entitylint.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * What an association annotation ({@code @ManyToOne}, {@code @OneToOne}, {@code @OneToMany},
 * {@code @ManyToMany}) states.
 *
 * @param target qualified name of the associated entity ({@code targetEntity} or the declared
 *     type, or the collection's element type)
 * @param mappedBy the {@code mappedBy} value, or {@code null} on the owning side
 * @param fetch {@code "EAGER"} or {@code "LAZY"} when written, else {@code null}
 * @param cascade the written {@code CascadeType} constants
 * @param optional the written {@code optional} value, or {@code null}
 * @param joinTable whether a {@code @JoinTable} maps the association
 * @param orderColumn whether an {@code @OrderColumn} orders a to-many association
 * @param annotation the association annotation
 */
public record AssociationSpec(
        String target,
        String mappedBy,
        String fetch,
        List<String> cascade,
        Boolean optional,
        boolean joinTable,
        boolean orderColumn,
        AnnotationMirror annotation) {

    public boolean owning() {
        return mappedBy == null || mappedBy.isEmpty();
    }
}
