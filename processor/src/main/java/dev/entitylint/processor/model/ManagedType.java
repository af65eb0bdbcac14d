package dev.entitylint.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An entity, mapped superclass or embeddable with the attributes it declares itself.
 *
 * @param element the class (a source reference for positions and suppressions)
 * @param qualifiedName its qualified name
 * @param simpleName its simple name
 * @param abstractClass whether it is declared {@code abstract}
 * @param kind its JPA role
 * @param fieldAccess whether JPA reads its fields ({@code true}) or its getters
 * @param declaredAttributes persistent attributes declared in this class, in source order
 * @param suppressions every {@code @SuppressWarnings("entitylint...")} and {@code @Allow} written
 *     on the class or its members
 * @param callbacks the {@code @PrePersist}/{@code @PreUpdate} methods it declares, and those of
 *     the listeners its {@code @EntityListeners} names
 * @param legacyJpa whether it is mapped with {@code javax.persistence} (JPA 2) rather than Jakarta
 * @param shape the class as Java: modifiers, constructors, {@code equals}/{@code hashCode}, Lombok's
 *     annotations, identifier generation
 */
public record ManagedType(
        TypeElement element,
        String qualifiedName,
        String simpleName,
        boolean abstractClass,
        ManagedTypeKind kind,
        boolean fieldAccess,
        List<AttributeModel> declaredAttributes,
        List<Suppression> suppressions,
        List<LifecycleCallback> callbacks,
        boolean legacyJpa,
        ClassShape shape) {
}
