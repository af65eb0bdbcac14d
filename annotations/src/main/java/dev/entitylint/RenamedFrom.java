package dev.entitylint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * States that a column or table was renamed on purpose, so entitylint's schema evolution
 * ({@code -Aentitylint.migrations}) turns the change into a rename instead of a drop plus an add.
 *
 * <pre>{@code
 * @Column(name = "email_address")
 * @RenamedFrom("email")
 * private String emailAddress;
 *
 * @Entity
 * @Table(name = "customers")
 * @RenamedFrom("customer")
 * class Customer { ... }
 * }</pre>
 *
 * <p>On a field or getter it names the column's previous physical name; on an entity class, its
 * primary table's previous name. Once the migration that renames it has shipped and the snapshot
 * moved on, the annotation may stay (it is then ignored) or be removed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {

    /** The previous physical name of the column (on an attribute) or table (on an entity). */
    String value();
}
