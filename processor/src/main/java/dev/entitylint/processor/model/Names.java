package dev.entitylint.processor.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Comparisons of SQL identifiers, which databases treat case-insensitively unless quoted. */
public final class Names {

    private Names() {
    }

    public static String key(String name) {
        return name == null ? null : unquote(name).toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return unquote(a).equalsIgnoreCase(unquote(b)); // no lower-cased copies on the hot path
    }

    public static boolean sameSet(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        if (a.size() <= 4) {
            // Index and key column lists are short: compare without building sets.
            return containsAll(a, b) && containsAll(b, a);
        }
        Set<String> left = new HashSet<>();
        a.forEach(n -> left.add(key(n)));
        Set<String> right = new HashSet<>();
        b.forEach(n -> right.add(key(n)));
        return left.equals(right);
    }

    private static boolean containsAll(List<String> container, List<String> names) {
        for (String name : names) {
            boolean found = false;
            for (String candidate : container) {
                if (same(candidate, name)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    public static boolean isQuoted(String name) {
        return name.length() >= 2
                && ((name.startsWith("\"") && name.endsWith("\"")) || (name.startsWith("`") && name.endsWith("`")));
    }

    public static String unquote(String name) {
        return isQuoted(name) ? name.substring(1, name.length() - 1) : name;
    }

    /** An index column without its {@code ASC}/{@code DESC}: {@code "created_at desc"} is {@code created_at}; a quoted name keeps its inner spaces. */
    public static String withoutOrder(String column) {
        int space = column.length();
        while (space > 0 && !Character.isWhitespace(column.charAt(space - 1))) {
            space--;
        }
        String last = column.substring(space);
        if (space > 0 && (last.equalsIgnoreCase("asc") || last.equalsIgnoreCase("desc"))) {
            return column.substring(0, space).trim();
        }
        return column;
    }
}
