package dev.entitylint.processor.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The case of the names a mapping writes ({@code -Aentitylint.namingConvention}): the
 * {@code naming-convention} rule checks explicit table, column, index and constraint names against
 * it. Both are snake case; they differ only in case, which the database folds anyway (PostgreSQL
 * to lower case, H2 and Oracle to upper case) when the name is not quoted.
 */
public enum NamingConvention {
    /** {@code order_items}: the default. */
    LOWER_SNAKE_CASE("lower_snake_case", "lower snake case"),
    /** {@code ORDER_ITEMS}: for a project that writes every name this way. */
    UPPER_SNAKE_CASE("upper_snake_case", "upper snake case");

    private final String optionValue;
    private final String description;

    NamingConvention(String optionValue, String description) {
        this.optionValue = optionValue;
        this.description = description;
    }

    /** The value of {@code -Aentitylint.namingConvention} that selects it. */
    public String optionValue() {
        return optionValue;
    }

    /** How a message names it: "lower snake case". */
    public String description() {
        return description;
    }

    /**
     * Whether {@code name} follows the convention: {@code [a-z][a-z0-9_]*} not ending in {@code _},
     * or its upper-case twin. Doubled underscores are allowed: JHipster names its join tables
     * {@code rel_operation__label}, which reads the same in SQL as in the mapping.
     */
    public boolean accepts(String name) {
        char low = this == LOWER_SNAKE_CASE ? 'a' : 'A';
        char high = this == LOWER_SNAKE_CASE ? 'z' : 'Z';
        // Without a regex: every written name of every entity passes here.
        if (name.isEmpty() || name.charAt(0) < low || name.charAt(0) > high || name.charAt(name.length() - 1) == '_') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean plain = (c >= low && c <= high) || (c >= '0' && c <= '9');
            if (!plain && c != '_') {
                return false;
            }
        }
        return true;
    }

    /**
     * A lower snake-case name ({@code ix_orders_customer_id}) in this convention's case: as it is,
     * or upper-cased ({@code IX_ORDERS_CUSTOMER_ID}).
     */
    public String cased(String lowerSnakeCase) {
        return this == UPPER_SNAKE_CASE ? lowerSnakeCase.toUpperCase(Locale.ROOT) : lowerSnakeCase;
    }

    /** The convention named by an option value, compared case-insensitively. */
    public static Optional<NamingConvention> parse(String value) {
        String text = value.trim();
        return Arrays.stream(values()).filter(c -> c.optionValue.equalsIgnoreCase(text)).findFirst();
    }

    public static List<String> optionValues() {
        return Arrays.stream(values()).map(NamingConvention::optionValue).toList();
    }
}
