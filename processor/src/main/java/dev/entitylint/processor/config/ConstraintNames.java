package dev.entitylint.processor.config;

import java.util.List;
import java.util.Locale;

/**
 * The names entitylint proposes for indexes and constraints it asks for:
 * {@code <prefix><table>_<columns>}, lower-case, with the prefixes the project's conventions set
 * ({@code -Aentitylint.names.index}, {@code .unique}, {@code .foreignKey}; {@code ix_},
 * {@code uq_}, {@code fk_} by default). Every rule that proposes such a name, and every migration entitylint writes, builds it here.
 */
public record ConstraintNames(String indexPrefix, String uniquePrefix, String foreignKeyPrefix,
        NamingConvention convention, int identifierLength) {

    /** The prefixes, case and length limit the options set. */
    public static ConstraintNames of(Options options) {
        return new ConstraintNames(options.indexPrefix(), options.uniquePrefix(), options.foreignKeyPrefix(),
                options.namingConvention(), options.identifierLength());
    }

    /** {@code ix_orders_customer_id}. */
    public String index(String table, List<String> columns) {
        return cased(fit(name(indexPrefix, table, columns), identifierLength));
    }

    /** {@code uq_users_email}, also for a unique index. */
    public String unique(String table, List<String> columns) {
        return cased(fit(name(uniquePrefix, table, columns), identifierLength));
    }

    /** {@code fk_orders_customer_id}. */
    public String foreignKey(String table, List<String> columns) {
        return cased(fit(name(foreignKeyPrefix, table, columns), identifierLength));
    }

    /** In the case the project writes names ({@code -Aentitylint.namingConvention}): {@code IX_ORDERS_CUSTOMER_ID}. */
    private String cased(String name) {
        return convention.cased(name);
    }

    /**
     * A name no longer than the database accepts ({@code -Aentitylint.identifierLength}, 63 bytes on
     * PostgreSQL, which would otherwise cut it silently and let two names collide): a longer one keeps
     * its start and ends with eight hex digits of a checksum of the whole, so it stays unique and the
     * same on every build.
     */
    public static String fit(String name, int limit) {
        if (name.length() <= limit || limit < 16) {
            return name;
        }
        java.util.zip.CRC32 checksum = new java.util.zip.CRC32();
        checksum.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String head = name.substring(0, limit - 9);
        while (head.endsWith("_")) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "_" + String.format("%08x", checksum.getValue());
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
