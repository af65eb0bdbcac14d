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

    /**
     * Lower-case, and a plain identifier even where the table or a column is a quoted one
     * ({@code "Order Lines"} gives {@code ix_order_lines_...}): quotes, spaces and other characters
     * become one underscore, so the proposed name never needs quoting itself.
     */
    private static String name(String prefix, String table, List<String> columns) {
        StringBuilder name = new StringBuilder(prefix.toLowerCase(Locale.ROOT));
        boolean underscore = prefix.endsWith("_");
        String words = table + "_" + String.join("_", columns);
        for (char c : words.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (plain) {
                name.append(c);
                underscore = false;
            } else if (!underscore && name.length() > 0) {
                name.append('_');
                underscore = true;
            }
        }
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) == '_') {
            end--;
        }
        return name.substring(0, end);
    }
}
