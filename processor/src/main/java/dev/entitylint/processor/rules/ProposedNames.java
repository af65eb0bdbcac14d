package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.ConstraintNames;
import dev.entitylint.processor.config.Options;
import java.util.List;

/**
 * The names entitylint proposes for indexes and constraints it asks for, as
 * {@link ConstraintNames} builds them (the same names the migrations it writes use).
 */
record ProposedNames(ConstraintNames names) {

    /** The prefixes, case and length limit the options set. */
    static ProposedNames of(Options options) {
        return new ProposedNames(ConstraintNames.of(options));
    }

    /** {@code ix_orders_customer_id}. */
    String index(String table, List<String> columns) {
        return names.index(table, columns);
    }

    /** {@code uq_users_email}, also for a unique index. */
    String unique(String table, List<String> columns) {
        return names.unique(table, columns);
    }

    /** {@code fk_orders_customer_id}. */
    String foreignKey(String table, List<String> columns) {
        return names.foreignKey(table, columns);
    }

    /** {@code fk_orders_customers}: the table and the table it references. */
    String foreignKeyTo(String table, String referencedTable) {
        return names.foreignKey(table, List.of(referencedTable));
    }

    /** See {@link ConstraintNames#fit}. */
    static String fit(String name, int limit) {
        return ConstraintNames.fit(name, limit);
    }
}
