package dev.entitylint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reasoned exception to an entitylint rule, kept next to the code it excuses.
 *
 * <pre>{@code
 * @Entity
 * @Allow(value = "soft-delete", reason = "audit log rows are immutable and never deleted")
 * class AuditEntry { ... }
 * }</pre>
 *
 * <p>Unlike {@code @SuppressWarnings("entitylint:<id>")}, an {@code Allow} must say why: a blank
 * {@link #reason()} is itself reported as an error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
@Repeatable(Allow.List.class)
public @interface Allow {

    /** The ids of the rules this exception covers, for example {@code "soft-delete"}. */
    String[] value();

    /** Why the rule does not apply here; must not be blank. */
    String reason();

    /** Container for repeated {@link Allow} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
    @interface List {
        /** The repeated annotations. */
        Allow[] value();
    }
}
