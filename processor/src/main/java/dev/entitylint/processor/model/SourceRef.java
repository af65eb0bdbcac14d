package dev.entitylint.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where in the user's source a fact came from: an element, optionally narrowed to one of its
 * annotations and to one value of that annotation, so a diagnostic can point at the exact spot.
 */
public record SourceRef(Element element, AnnotationMirror annotation, AnnotationValue value) {

    public static SourceRef of(Element element) {
        return new SourceRef(element, null, null);
    }

    public static SourceRef of(Element element, AnnotationMirror annotation) {
        return new SourceRef(element, annotation, null);
    }

    public static SourceRef of(Element element, AnnotationMirror annotation, AnnotationValue value) {
        return new SourceRef(element, annotation, value);
    }

    /**
     * The same element and annotation, narrowed to the value written for the annotation's
     * {@code member}, when it was written (a position only: the value itself is the model's).
     */
    public SourceRef member(String member) {
        if (annotation == null) {
            return this;
        }
        for (var entry : annotation.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return new SourceRef(element, annotation, entry.getValue());
            }
        }
        return this;
    }

    /** The same element and annotation, narrowed to {@code value} when it was written. */
    public SourceRef narrowedTo(AnnotationValue value) {
        return value == null ? this : new SourceRef(element, annotation, value);
    }
}
