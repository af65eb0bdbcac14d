package dev.entitylint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks entitylint to generate {@code <Entity>Repository} for an entity, or, on a
 * {@code package-info.java}, for every entity of that package.
 *
 * <p>The generated repository takes a {@code jakarta.persistence.EntityManager}, never manages
 * transactions, and hides soft-deleted rows from every read unless the method name says
 * otherwise ({@code findByIdIncludingDeleted}, {@code findDeleted}, {@code countDeleted}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface GenerateRepository {
}
