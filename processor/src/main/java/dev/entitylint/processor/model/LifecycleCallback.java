package dev.entitylint.processor.model;

import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * A JPA lifecycle callback that runs before a row is written: a method annotated
 * {@code @PrePersist} or {@code @PreUpdate} (Jakarta or {@code javax}) in an entity or mapped
 * superclass, or in a listener class its {@code @EntityListeners} names.
 *
 * @param prePersist whether it runs before an insert
 * @param preUpdate whether it runs before an update
 * @param method the method's name
 * @param assigned the attributes its body assigns ({@code x = ...}, {@code this.x = ...},
 *     {@code setX(...)}), or {@code null} when that is not known: the body is in a class file, the
 *     compiler offers no syntax trees (ecj), it calls other methods of the class, or the method
 *     belongs to an entity listener
 * @param declaringType the class that declares the method
 * @param listener whether the method belongs to an {@code @EntityListeners} class
 * @param source the method
 */
public record LifecycleCallback(
        boolean prePersist,
        boolean preUpdate,
        String method,
        Set<String> assigned,
        TypeElement declaringType,
        boolean listener,
        SourceRef source) {

    /** Whether the body is known, so {@link #assigned} lists all it assigns. */
    public boolean bodyKnown() {
        return assigned != null;
    }
}
