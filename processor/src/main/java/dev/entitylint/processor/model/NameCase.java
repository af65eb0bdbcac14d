package dev.entitylint.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one place names change case. Every conversion here reads the words of a name the same way
 * ({@link #words}), so a name entitylint proposes in a message, a fix or generated code is spelled
 * alike wherever it comes from.
 *
 * <p>Apart on purpose: {@link NamingStrategy} turns names into what the JPA provider makes of them
 * (Spring Boot's {@code CamelCaseToUnderscoresNamingStrategy}, its treatment of acronyms and digits
 * included), which must match the database rather than read well; {@link #capitalize} and
 * {@link #propertyName} keep an identifier as written but for its first letter, as Java names derived
 * from an attribute must ({@code findByURL} for an attribute {@code URL}).
 */
public final class NameCase {

    private NameCase() {
    }

    /**
     * The lower-case words of a Java or SQL name: {@code totalAmount} → total, amount;
     * {@code unit_price_USD} → unit, price, usd; {@code VATRate} → vat, rate;
     * {@code "last-modified.date"} → last, modified, date; {@code Sha256ID} → sha256, id. Anything
     * but a letter or digit separates words, and so does a capital that follows a lower-case letter
     * or a digit, or that starts a camel-case word after an acronym.
     */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean separator = !Character.isLetterOrDigit(c);
            boolean boundary = separator
                    || (Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(name.charAt(i - 1))
                            || Character.isDigit(name.charAt(i - 1))
                            || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)))));
            if (boundary && word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (!separator) {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * A plain lower snake-case SQL name, which never needs quoting: {@code OrderItem} →
     * {@code order_item}, {@code CustomerID} → {@code customer_id}, {@code "Order Lines"} →
     * {@code order_lines}; a character other than an ASCII letter or digit separates words.
     */
    public static String snake(String name) {
        StringBuilder snake = new StringBuilder();
        boolean underscore = true; // no leading underscore
        for (String word : words(name)) {
            for (char c : word.toCharArray()) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    snake.append(c);
                    underscore = false;
                } else if (!underscore) {
                    snake.append('_');
                    underscore = true;
                }
            }
            if (!underscore) {
                snake.append('_');
                underscore = true;
            }
        }
        if (underscore && snake.length() > 0) {
            snake.setLength(snake.length() - 1);
        }
        return snake.toString();
    }

    /** A Java field or variable name: {@code created_at} → {@code createdAt}, {@code OrderItem} → {@code orderItem}. */
    public static String camel(String name) {
        StringBuilder camel = new StringBuilder();
        for (String word : words(name)) {
            camel.append(camel.length() == 0 ? word : capitalize(word));
        }
        return camel.toString();
    }

    /** A Java class name: {@code fk-index} → {@code FkIndex}, {@code order_item} → {@code OrderItem}. */
    public static String pascal(String name) {
        StringBuilder pascal = new StringBuilder();
        for (String word : words(name)) {
            pascal.append(capitalize(word));
        }
        return pascal.toString();
    }

    /** A Java constant name: {@code findByWarehouseAndStatus} → {@code FIND_BY_WAREHOUSE_AND_STATUS}. */
    public static String constant(String name) {
        return String.join("_", words(name)).toUpperCase(Locale.ROOT);
    }

    /** The name with its first letter upper-case and the rest as written: {@code firstName} → {@code FirstName}. */
    public static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * The JavaBeans property of an accessor's name without {@code get}, {@code is} or {@code set}
     * ({@code java.beans.Introspector.decapitalize}): {@code FirstName} → {@code firstName}, but
     * {@code URL} stays {@code URL}.
     */
    public static String propertyName(String name) {
        if (name.isEmpty() || (name.length() > 1 && Character.isUpperCase(name.charAt(0))
                && Character.isUpperCase(name.charAt(1)))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
