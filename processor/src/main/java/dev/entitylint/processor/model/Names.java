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
        return a != null && b != null && key(a).equals(key(b));
    }

    public static boolean sameSet(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Set<String> left = new HashSet<>();
        a.forEach(n -> left.add(key(n)));
        Set<String> right = new HashSet<>();
        b.forEach(n -> right.add(key(n)));
        return left.equals(right);
    }

    public static boolean isQuoted(String name) {
        return name.length() >= 2
                && ((name.startsWith("\"") && name.endsWith("\"")) || (name.startsWith("`") && name.endsWith("`")));
    }

    public static String unquote(String name) {
        return isQuoted(name) ? name.substring(1, name.length() - 1) : name;
    }
}
