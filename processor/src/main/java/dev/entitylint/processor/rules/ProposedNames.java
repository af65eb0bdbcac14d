package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import java.util.List;
import java.util.Locale;

/**
 * The names entitylint proposes for indexes and constraints it asks for:
 * {@code <prefix><table>_<columns>}, lower-case, with the prefixes the project's conventions set
 * ({@code -Aentitylint.names.index}, {@code .unique}, {@code .foreignKey}; {@code ix_},
 * {@code uq_}, {@code fk_} by default). Every rule that proposes such a name builds it here.
 */
final class ProposedNames {

    private ProposedNames() {
    }

    /** {@code ix_orders_customer_id}. */
    static String index(Options options, String table, List<String> columns) {
        return name(options.indexPrefix(), table, columns);
    }

    /** {@code uq_users_email}, also for a unique index. */
    static String unique(Options options, String table, List<String> columns) {
        return name(options.uniquePrefix(), table, columns);
    }

    /** {@code fk_orders_customer_id}. */
    static String foreignKey(Options options, String table, List<String> columns) {
        return name(options.foreignKeyPrefix(), table, columns);
    }

    private static String name(String prefix, String table, List<String> columns) {
        return (prefix + table + "_" + String.join("_", columns)).toLowerCase(Locale.ROOT);
    }
}
