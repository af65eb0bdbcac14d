package dev.entitylint.processor.model;

import java.util.Locale;

/**
 * Turns logical names (attribute names, entity names, written names) into the physical names the
 * database sees, the way the JPA provider's physical naming strategy does.
 */
public enum NamingStrategy {

    /**
     * Spring Boot's default ({@code CamelCaseToUnderscoresNamingStrategy}, as Spring Boot 2.6 to
     * 3.x configure it with Hibernate 5.6 and 6, and Spring Boot's earlier
     * {@code SpringPhysicalNamingStrategy}): dots become underscores, an underscore goes before
     * an upper-case letter that follows a lower-case letter and precedes a lower-case letter, and
     * everything is lower-cased. A digit splits nothing: {@code OAuth2ClientInfo} is
     * {@code oauth2client_info}, {@code sha256Hash} is {@code sha256hash}. (Hibernate 7's
     * {@code PhysicalNamingStrategySnakeCaseImpl}, Spring Boot 4's default, also splits after a
     * digit.) It applies to written names too, exactly as Hibernate applies it.
     */
    SNAKE_CASE("snake_case") {
        @Override
        public String physical(String logical) {
            if (alreadyPhysical(logical)) {
                return logical; // most written names: no copy
            }
            StringBuilder name = new StringBuilder(logical.replace('.', '_'));
            for (int i = 1; i < name.length() - 1; i++) {
                if (underscoreBetween(name.charAt(i - 1), name.charAt(i), name.charAt(i + 1))) {
                    name.insert(i++, '_');
                }
            }
            return name.toString().toLowerCase(Locale.ROOT);
        }
    },

    /** Names as written or as JPA derives them (Hibernate's own default). */
    JPA("jpa") {
        @Override
        public String physical(String logical) {
            return logical;
        }
    };

    private final String optionValue;

    NamingStrategy(String optionValue) {
        this.optionValue = optionValue;
    }

    public String optionValue() {
        return optionValue;
    }

    /** The physical name for an unquoted logical name. */
    public abstract String physical(String logical);

    /**
     * The physical name for a written or derived logical name: a quoted name ({@code "\"order\""}
     * or {@code `order`}) keeps its spelling, unquoted; any other goes through {@link #physical}.
     */
    public String physicalOf(String logical) {
        return Names.isQuoted(logical) ? Names.unquote(logical) : physical(logical);
    }

    /** No dot and no upper-case letter: snake_case leaves the name as it is. */
    private static boolean alreadyPhysical(String logical) {
        for (int i = 0; i < logical.length(); i++) {
            char c = logical.charAt(i);
            if (c == '.' || Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean underscoreBetween(char before, char current, char after) {
        return Character.isLowerCase(before) && Character.isUpperCase(current) && Character.isLowerCase(after);
    }
}
