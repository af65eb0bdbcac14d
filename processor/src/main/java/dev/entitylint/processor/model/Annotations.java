package dev.entitylint.processor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotation mirrors defensively. Half-typed code in an IDE gives values of the wrong type
 * or error types; every reader here answers {@code null} (or empty) for those instead of throwing.
 */
final class Annotations {

    static final String JPA = "jakarta.persistence.";
    static final String LEGACY_JPA = "javax.persistence.";

    private Annotations() {
    }

    static String nameOf(AnnotationMirror mirror) {
        Element type = mirror.getAnnotationType().asElement();
        return type instanceof TypeElement t ? t.getQualifiedName().toString() : "";
    }

    /** The annotation's name with the legacy {@code javax.persistence.} prefix read as Jakarta's. */
    static String canonicalName(AnnotationMirror mirror) {
        String name = nameOf(mirror);
        return name.startsWith(LEGACY_JPA) ? JPA + name.substring(LEGACY_JPA.length()) : name;
    }

    /** The first annotation on {@code element} whose canonical name is one of {@code names}. */
    static AnnotationMirror find(Element element, String... names) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = canonicalName(mirror);
            for (String wanted : names) {
                if (name.equals(wanted)) {
                    return mirror;
                }
            }
        }
        return null;
    }

    static AnnotationMirror jpa(Element element, String simpleName) {
        return find(element, JPA + simpleName);
    }

    static boolean hasJpa(Element element, String simpleName) {
        return jpa(element, simpleName) != null;
    }

    /** The values written explicitly in the annotation, by member name. */
    static Map<String, AnnotationValue> written(AnnotationMirror mirror) {
        if (mirror == null) {
            return Map.of();
        }
        Map<String, AnnotationValue> values = new HashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                mirror.getElementValues().entrySet()) {
            values.put(entry.getKey().getSimpleName().toString(), entry.getValue());
        }
        return values;
    }

    static AnnotationValue value(AnnotationMirror mirror, String member) {
        return mirror == null ? null : written(mirror).get(member);
    }

    static String string(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        return value != null && value.getValue() instanceof String s ? s : null;
    }

    static Integer integer(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        return value != null && value.getValue() instanceof Integer i ? i : null;
    }

    static Long longValue(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        if (value != null && value.getValue() instanceof Number n) {
            return n.longValue();
        }
        return null;
    }

    static Boolean bool(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        return value != null && value.getValue() instanceof Boolean b ? b : null;
    }

    /** The name of a written enum constant ({@code "EAGER"}), or {@code null}. */
    static String enumConstant(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        return value == null ? null : enumName(value);
    }

    private static String enumName(AnnotationValue value) {
        return value.getValue() instanceof VariableElement constant ? constant.getSimpleName().toString() : null;
    }

    static TypeMirror type(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        return value != null && value.getValue() instanceof TypeMirror t ? t : null;
    }

    /** The elements of an array-valued member; a single value written without braces counts too. */
    static List<AnnotationValue> list(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        if (value == null) {
            return List.of();
        }
        if (value.getValue() instanceof List<?> items) {
            List<AnnotationValue> values = new ArrayList<>();
            for (Object item : items) {
                if (item instanceof AnnotationValue v) {
                    values.add(v);
                }
            }
            return values;
        }
        return List.of(value);
    }

    static List<String> enumConstants(AnnotationMirror mirror, String member) {
        List<String> names = new ArrayList<>();
        for (AnnotationValue value : list(mirror, member)) {
            String name = enumName(value);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    static List<String> strings(AnnotationMirror mirror, String member) {
        List<String> strings = new ArrayList<>();
        for (AnnotationValue value : list(mirror, member)) {
            if (value.getValue() instanceof String s) {
                strings.add(s);
            }
        }
        return strings;
    }

    /** Nested annotations of an annotation-valued member, paired with their values. */
    static List<AnnotationMirror> annotations(AnnotationMirror mirror, String member) {
        List<AnnotationMirror> mirrors = new ArrayList<>();
        for (AnnotationValue value : list(mirror, member)) {
            if (value.getValue() instanceof AnnotationMirror nested) {
                mirrors.add(nested);
            }
        }
        return mirrors;
    }

    static AnnotationMirror annotation(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        return value != null && value.getValue() instanceof AnnotationMirror nested ? nested : null;
    }

    /** A single annotation or the members of its container ({@code @X} and {@code @Xs({...})}). */
    static List<AnnotationMirror> repeated(Element element, String single, String container) {
        List<AnnotationMirror> found = new ArrayList<>();
        AnnotationMirror one = find(element, single);
        if (one != null) {
            found.add(one);
        }
        AnnotationMirror many = find(element, container);
        if (many != null) {
            found.addAll(annotations(many, "value"));
        }
        return found;
    }

    static boolean isDeclared(TypeMirror type) {
        return type instanceof DeclaredType;
    }
}
