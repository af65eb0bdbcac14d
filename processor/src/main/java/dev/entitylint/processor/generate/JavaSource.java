package dev.entitylint.processor.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One Java source file written as text: the package, the imports the body asks for through
 * {@link #type}, and the body's lines. Small on purpose: the generated repositories use a handful
 * of types, and writing them straight costs a fraction of a general code model.
 *
 * <p>A type is written by its simple name when that names it without doubt: it is imported (or in
 * {@code java.lang}, or in the file's own package) and no other type of the file, nor the file's
 * own class, has that simple name. Otherwise it is written qualified.
 */
final class JavaSource {

    /** {@code java.lang} types generated code names; a same-named import would shadow them. */
    private static final Set<String> JAVA_LANG = Set.of("String", "Object", "Boolean", "Byte", "Short", "Integer",
            "Long", "Character", "Float", "Double", "Override", "IllegalArgumentException");

    private final String packageName;
    /** Simple name to the qualified source name that has it. */
    private final Map<String, String> simpleNames = new HashMap<>();
    private final Set<String> imports = new TreeSet<>();
    /** {@code java.lang} simple names that a type of the file's package shadows. */
    private final Set<String> shadowed = new java.util.HashSet<>();
    private final StringBuilder body = new StringBuilder(4096);

    JavaSource(String packageName, String className) {
        this.packageName = packageName;
        simpleNames.put(className, packageName.isEmpty() ? className : packageName + "." + className);
        for (String name : JAVA_LANG) {
            simpleNames.put(name, "java.lang." + name);
        }
    }

    /**
     * How the body writes a type given by binary name ({@code long}, {@code java.util.UUID},
     * {@code com.acme.Order$Status}): {@code UUID} (imported), {@code Order.Status} or, when the
     * simple name is taken by another type, the qualified name.
     */
    String type(String binaryName) {
        if (binaryName.indexOf('.') < 0 && binaryName.indexOf('$') < 0) {
            return binaryName; // a primitive, or a class of the unnamed package
        }
        int firstNested = binaryName.indexOf('$');
        String outer = firstNested < 0 ? binaryName : binaryName.substring(0, firstNested);
        String nested = firstNested < 0 ? "" : "." + binaryName.substring(firstNested + 1).replace('$', '.');
        int dot = outer.lastIndexOf('.');
        String typePackage = dot < 0 ? "" : outer.substring(0, dot);
        String simple = outer.substring(dot + 1);
        if (typePackage.equals(packageName) && JAVA_LANG.contains(simple)) {
            shadowed.add(simple); // in this package, the simple name means this type, not java.lang's
        }
        if (typePackage.equals("java.lang") && shadowed.contains(simple)) {
            return outer + nested;
        }
        String holder = simpleNames.putIfAbsent(simple, outer);
        if (holder != null && !holder.equals(outer)) {
            return outer + nested; // the simple name means another type here
        }
        if (!typePackage.equals("java.lang") && !typePackage.equals(packageName)) {
            imports.add(outer);
        }
        return simple + nested;
    }

    /**
     * How the body writes a {@code java.lang} type ({@code String}): qualified when a type of the
     * file's own package that the file names has the same simple name. Call it after the types of
     * the file's package were asked for.
     */
    String lang(String simpleName) {
        return shadowed.contains(simpleName) ? "java.lang." + simpleName : simpleName;
    }

    void line(String text) {
        body.append(text).append('\n');
    }

    void blankLine() {
        body.append('\n');
    }

    /** A javadoc comment, {@code text} being its lines (each ending with a line break). */
    void javadoc(String indent, String text) {
        body.append(indent).append("/**\n");
        int start = 0;
        String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        while (start <= trimmed.length()) {
            int end = trimmed.indexOf('\n', start);
            if (end < 0) {
                end = trimmed.length();
            }
            String line = trimmed.substring(start, end);
            body.append(indent).append(line.isEmpty() ? " *" : " * ").append(line).append('\n');
            start = end + 1;
        }
        body.append(indent).append(" */\n");
    }

    /**
     * {@code head} then {@code items} separated by commas, then {@code tail}; when the line would
     * pass 100 columns, the items go on continuation lines, indented by {@code indent}.
     */
    static String wrapList(String head, List<String> items, String tail, String indent) {
        String one = head + String.join(", ", items) + tail;
        if (one.length() <= 100) {
            return one;
        }
        StringBuilder out = new StringBuilder(head);
        int width = head.length() - head.lastIndexOf('\n') - 1;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i + 1 < items.size() ? "," : tail);
            if (i > 0 && width + 1 + item.length() > 100) {
                out.append('\n').append(indent);
                width = indent.length();
            } else if (i > 0) {
                out.append(' ');
                width++;
            }
            out.append(item);
            width += item.length();
        }
        return out.toString();
    }

    /** {@code value} as a Java string literal. */
    static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(body.length() + 512);
        if (!packageName.isEmpty()) {
            out.append("package ").append(packageName).append(";\n\n");
        }
        for (String name : imports) {
            out.append("import ").append(name).append(";\n");
        }
        if (!imports.isEmpty()) {
            out.append('\n');
        }
        return out.append(body).toString();
    }
}
