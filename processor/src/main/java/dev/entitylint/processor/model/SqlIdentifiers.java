package dev.entitylint.processor.model;

import java.util.Locale;

/**
 * Whether a name written in a mapping can stand in SQL as it is. Pure string logic, shared by the
 * {@code sql-identifier} rule (which reports names that cannot), the naming rules (which leave
 * those names to it) and the repository generator (which writes names into native SQL).
 *
 * <p>An unquoted name is an SQL identifier when it starts with a letter or {@code _} and goes on
 * with letters, digits, {@code _} and {@code $}: what PostgreSQL and H2 accept unquoted, and exactly
 * what Hibernate 7 writes as it is (it quotes any other name on its own). Non-ASCII letters pass
 * both databases but fold differently (PostgreSQL keeps their case, H2 upper-cases them by Java's
 * rules, {@code ß} becoming {@code SS}), so they are a {@link Kind#NON_ASCII} problem of their own.
 * A quoted name ({@code "\"order\""}, {@code `order`}, or Hibernate's {@code [order]}) may hold
 * anything but an undoubled {@code "}, a control character, or nothing.
 */
public final class SqlIdentifiers {

    private SqlIdentifiers() {
    }

    /** What is wrong with a written name. */
    public enum Kind {
        /** The database rejects it unquoted (or reads it as something else); quoted, it cannot be written. */
        INVALID,
        /** Accepted unquoted, but with letters outside ASCII, whose case databases fold differently. */
        NON_ASCII
    }

    /**
     * A problem with a written name.
     *
     * @param kind how bad it is
     * @param what what is wrong, to follow the name in a message ({@code contains a space})
     * @param quoted whether the name is written quoted
     */
    public record Problem(Kind kind, String what, boolean quoted) {
    }

    /** Whether {@code written} is quoted the way Hibernate reads it: {@code "x"}, {@code `x`} or {@code [x]}. */
    public static boolean isQuoted(String written) {
        String name = trim(written);
        if (name.length() < 2) {
            return false;
        }
        char first = name.charAt(0);
        char last = name.charAt(name.length() - 1);
        return (first == '"' && last == '"') || (first == '`' && last == '`') || (first == '[' && last == ']');
    }

    /** The name without surrounding whitespace (Hibernate trims written names) and quotes. */
    public static String bare(String written) {
        String name = trim(written);
        return isQuoted(name) ? name.substring(1, name.length() - 1) : name;
    }

    /**
     * What is wrong with a written name as an SQL identifier, or {@code null} when nothing is (or
     * the name is blank: the provider then derives one).
     */
    public static Problem problem(String written) {
        if (written == null || trim(written).isEmpty()) {
            return null;
        }
        String name = trim(written);
        if (isQuoted(name)) {
            return quotedProblem(name.substring(1, name.length() - 1));
        }
        int first = name.codePointAt(0);
        if (!Character.isLetter(first) && first != '_') {
            return new Problem(Kind.INVALID, "starts with " + describe(first) + ", which an SQL name cannot start with",
                    false);
        }
        for (int i = Character.charCount(first); i < name.length(); ) {
            int c = name.codePointAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '$') {
                return new Problem(Kind.INVALID, "contains " + describe(c) + ", which an unquoted SQL name cannot hold",
                        false);
            }
            i += Character.charCount(c);
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (c > 0x7f) {
                return new Problem(Kind.NON_ASCII, "contains " + describe(c) + ", a "
                        + (Character.isLetter(c) ? "letter" : "digit") + " outside ASCII", false);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static Problem quotedProblem(String inner) {
        if (inner.isBlank()) {
            return new Problem(Kind.INVALID, "is " + (inner.isEmpty() ? "empty" : "blank") + " between its quotes",
                    true);
        }
        for (int i = 0; i < inner.length(); ) {
            int c = inner.codePointAt(i);
            if (c == '"') {
                if (i + 1 < inner.length() && inner.charAt(i + 1) == '"') {
                    i += 2; // "" stands for one " in a quoted SQL name
                    continue;
                }
                return new Problem(Kind.INVALID, "contains a lone double quote, which ends the quoted name early in "
                        + "the SQL (write it doubled, \"\", to mean one)", true);
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                return new Problem(Kind.INVALID, "contains " + describe(c) + ", which no one can type in SQL", true);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /**
     * Whether the name can go into SQL text exactly as the provider writes it: quoted (then
     * {@link #sql} quotes it) or a plain ASCII-or-letter identifier. Names with a problem of kind
     * {@link Kind#INVALID} cannot.
     */
    public static boolean writable(String written) {
        Problem problem = problem(written);
        return problem == null || problem.kind() != Kind.INVALID;
    }

    /**
     * The name as native SQL writes it: a quoted name in standard SQL double quotes (an inner
     * {@code "} doubled, as SQL escapes it), any other name as it is. {@code name} is the physical
     * name without quotes, {@code quoted} whether the mapping quotes it.
     */
    public static String sql(String name, boolean quoted) {
        return quoted ? '"' + name.replace("\"", "\"\"") + '"' : name;
    }

    /** A plain identifier close to {@code name}: letters and digits kept, the rest {@code _}. */
    public static String plain(String name) {
        String bare = bare(name);
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < bare.length(); ) {
            int c = bare.codePointAt(i);
            i += Character.charCount(c);
            String ascii = ascii(c);
            if (ascii != null) {
                plain.append(ascii);
            } else if (plain.length() > 0 && plain.charAt(plain.length() - 1) != '_') {
                plain.append('_');
            }
        }
        String result = plain.toString().replaceAll("^_+|_+$", "");
        if (result.isEmpty()) {
            return "name";
        }
        return Character.isDigit(result.charAt(0)) ? "n" + result : result;
    }

    /** An ASCII spelling of a letter or digit ({@code ö} → {@code oe}), or {@code null} for anything else. */
    private static String ascii(int c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
            return String.valueOf((char) c);
        }
        switch (c) {
            case 'ä': return "ae";
            case 'ö': return "oe";
            case 'ü': return "ue";
            case 'Ä': return "Ae";
            case 'Ö': return "Oe";
            case 'Ü': return "Ue";
            case 'ß': return "ss";
            default: break;
        }
        if (!Character.isLetterOrDigit(c)) {
            return null;
        }
        String decomposed = java.text.Normalizer.normalize(new String(Character.toChars(c)), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return decomposed.matches("[A-Za-z0-9]+") ? decomposed : null;
    }

    /** How a message names a character: {@code a space}, {@code ';'}, {@code 'ö' (U+00F6)}, {@code a line break (U+000A)}. */
    static String describe(int c) {
        return switch (c) {
            case ' ' -> "a space";
            case '\n' -> "a line break (U+000A)";
            case '\r' -> "a carriage return (U+000D)";
            case '\t' -> "a tab (U+0009)";
            case '\'' -> "a single quote";
            case '"' -> "a double quote";
            case '`' -> "a backtick";
            case '\\' -> "a backslash";
            default -> {
                String code = String.format(Locale.ROOT, "U+%04X", c);
                int type = Character.getType(c);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK) {
                    yield "a combining mark (" + code + ")";
                }
                if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                        || type == Character.FORMAT) {
                    yield "an invisible character (" + code + ")";
                }
                yield c < 0x80 ? "'" + (char) c + "'" : "'" + new String(Character.toChars(c)) + "' (" + code + ")";
            }
        };
    }

    /**
     * A name as a message shows it: control and invisible characters as Java escapes
     * ({@code \n}, a zero-width space as <code>&#92;u200b</code>), so a line break in a name cannot break the message.
     */
    public static String shown(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || Character.isSurrogate(c)
                            && !(Character.isHighSurrogate(c) && i + 1 < name.length()
                                    && Character.isLowSurrogate(name.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(name.charAt(i - 1)))) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String trim(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && Character.isWhitespace(name.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }
}
