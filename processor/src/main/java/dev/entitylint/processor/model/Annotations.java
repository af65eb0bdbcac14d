package dev.entitylint.processor.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotation mirrors defensively. Half-typed code in an IDE gives values of the wrong type
 * or error types; every reader here answers {@code null} (or empty) for those instead of throwing.
 */
public final class Annotations {

    static final String JPA = "jakarta.persistence.";
    static final String LEGACY_JPA = "javax.persistence.";

    /** Caches sized for a round of {@code expectedTypes} types (they start small when it is 0). */
    public Annotations(int expectedTypes) {
        this.cache = new Cache(expectedTypes * 24);
    }

    /**
     * Names by element, because javac makes a new String each time a Name is read and the model
     * asks for the same few annotation names thousands of times per round; and the values of each
     * mirror, because javac builds a new map on every {@code getElementValues()}. Owned by one
     * round of one compilation (the processor makes a new reader per round), so nothing outlives
     * the compiler objects it holds and concurrent compilations share nothing.
     */
    private final Cache cache;
    /** The index of an element without annotations. */
    private final Index empty = new Index(new String[0], new String[0], new AnnotationMirror[0]);

    private static final class Cache {
        final Map<Element, String> names = new HashMap<>();
        final Map<Element, Index> byElement;
        final Map<String, String> jpaSimpleNames = new HashMap<>();
        /**
         * Values of mirrors read away from their element's index: annotations nested in annotations,
         * and a mirror asked about after another element was.
         */
        final Map<AnnotationMirror, Values> values;

        Cache(int expectedElements) {
            // Sized up front: growing a map of tens of thousands of compiler objects rehashes them all again and again.
            byElement = new HashMap<>(Math.max(16, expectedElements * 2));
            values = new HashMap<>(Math.max(16, expectedElements / 2));
        }
    }

    /** What one mirror holds, read once: its written values by member name, and whether any is erroneous. */
    private final class Values {
        final Map<? extends ExecutableElement, ? extends AnnotationValue> raw;
        /** Member names and members side by side: a mirror has a handful, a scan beats a map. */
        final String[] names;
        final ExecutableElement[] members;
        /** {@code null} until asked. */
        Boolean erroneous;

        Values(Map<? extends ExecutableElement, ? extends AnnotationValue> raw) {
            this.raw = raw;
            this.names = new String[raw.size()];
            this.members = new ExecutableElement[raw.size()];
            int i = 0;
            for (ExecutableElement member : raw.keySet()) {
                names[i] = memberName(member);
                members[i++] = member;
            }
        }

        /** The member of that name, the first if written twice, or {@code null}. */
        ExecutableElement member(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return members[i];
                }
            }
            return null;
        }
    }

    /**
     * An element's annotations, read once per round: the first of each canonical name, in
     * declaration order, side by side with their names. A member has a handful, so a scan beats a map.
     */
    private final class Index {

        final String[] names;
        /** The simple name of a Jakarta Persistence annotation ({@code Column}), else {@code null}. */
        final String[] jpaNames;
        final AnnotationMirror[] mirrors;
        /** The values of each mirror, once read; {@code null} until then. */
        final Values[] values;

        Index(String[] names, String[] jpaNames, AnnotationMirror[] mirrors) {
            this.names = names;
            this.jpaNames = jpaNames;
            this.mirrors = mirrors;
            this.values = new Values[mirrors.length];
        }

        /** The values of one of this index's mirrors, or {@code null} when it is not one of them. */
        Values valuesOf(AnnotationMirror mirror) {
            for (int i = 0; i < mirrors.length; i++) {
                if (mirrors[i] == mirror) {
                    if (values[i] == null) {
                        values[i] = read(mirror);
                    }
                    return values[i];
                }
            }
            return null;
        }

        AnnotationMirror named(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return mirrors[i];
                }
            }
            return null;
        }

        AnnotationMirror jpa(String simpleName) {
            for (int i = 0; i < jpaNames.length; i++) {
                if (simpleName.equals(jpaNames[i])) {
                    return mirrors[i];
                }
            }
            return null;
        }
    }

    /** The element asked about last and its index. */
    private record LastIndex(Element element, Index index) {
    }

    /**
     * The model asks one member for a dozen annotations in a row, so the last index answers most
     * lookups without the map. An element of another thread's compilation never equals the
     * caller's, so a value written by another thread is a miss, never a wrong answer.
     */
    private LastIndex last;

    /** Stands for the values of a mirror the compiler could not read. */
    private static final Map<ExecutableElement, AnnotationValue> UNREADABLE =
            java.util.Collections.unmodifiableMap(new HashMap<>());

    static String nameOf(AnnotationMirror mirror) {
        Element type = mirror.getAnnotationType().asElement();
        return type instanceof TypeElement t ? t.getQualifiedName().toString() : "";
    }

    /** The annotation's name with the legacy {@code javax.persistence.} prefix read as Jakarta's. */
    String canonicalName(AnnotationMirror mirror) {
        Element type = mirror.getAnnotationType().asElement();
        if (!(type instanceof TypeElement annotationType)) {
            return "";
        }
        Map<Element, String> names = cache.names;
        String cached = names.get(annotationType);
        if (cached == null) {
            String name = annotationType.getQualifiedName().toString();
            cached = name.startsWith(LEGACY_JPA) ? JPA + name.substring(LEGACY_JPA.length()) : name;
            names.put(annotationType, cached);
        }
        return cached;
    }

    /** An annotation member's simple name, cached like annotation names. */
    private String memberName(ExecutableElement member) {
        Map<Element, String> names = cache.names;
        String cached = names.get(member);
        if (cached == null) {
            cached = member.getSimpleName().toString();
            names.put(member, cached);
        }
        return cached;
    }

    /**
     * The element's annotations by canonical name, the first of each name, in declaration order;
     * read once per round, because the model asks each member for a dozen annotations.
     */
    private Index index(Element element) {
        LastIndex recent = last;
        if (recent != null && recent.element() == element) {
            return recent.index();
        }
        Map<Element, Index> byElement = cache.byElement;
        Index index = byElement.get(element);
        if (index == null) {
            index = read(element);
            byElement.put(element, index);
        }
        last = new LastIndex(element, index);
        return index;
    }

    private Index read(Element element) {
        List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
        if (mirrors.isEmpty()) {
            return empty;
        }
        String[] names = new String[mirrors.size()];
        String[] jpaNames = new String[mirrors.size()];
        AnnotationMirror[] kept = new AnnotationMirror[mirrors.size()];
        int count = 0;
        for (AnnotationMirror mirror : mirrors) {
            String name = canonicalName(mirror);
            boolean repeated = false;
            for (int i = 0; i < count && !repeated; i++) {
                repeated = names[i].equals(name);
            }
            if (!repeated) {
                names[count] = name;
                jpaNames[count] = jpaSimpleName(name);
                kept[count++] = mirror;
            }
        }
        return count == names.length ? new Index(names, jpaNames, kept)
                : new Index(Arrays.copyOf(names, count), Arrays.copyOf(jpaNames, count), Arrays.copyOf(kept, count));
    }

    /** {@code Column} for {@code jakarta.persistence.Column}, the same String each time; else {@code null}. */
    private String jpaSimpleName(String canonicalName) {
        if (!canonicalName.startsWith(JPA)) {
            return null;
        }
        Map<String, String> simpleNames = cache.jpaSimpleNames;
        String simple = simpleNames.get(canonicalName);
        if (simple == null) {
            simple = canonicalName.substring(JPA.length());
            simpleNames.put(canonicalName, simple);
        }
        return simple;
    }

    /** The first annotation on {@code element} whose canonical name is one of {@code names}. */
    AnnotationMirror find(Element element, String... names) {
        Index index = index(element);
        if (names.length == 1) {
            return index.named(names[0]);
        }
        for (int i = 0; i < index.names.length; i++) {
            for (String wanted : names) {
                if (index.names[i].equals(wanted)) {
                    return index.mirrors[i];
                }
            }
        }
        return null;
    }

    AnnotationMirror jpa(Element element, String simpleName) {
        return index(element).jpa(simpleName);
    }


    boolean hasJpa(Element element, String simpleName) {
        return jpa(element, simpleName) != null;
    }

    /** The values written explicitly in the annotation, by member name. */
    Map<String, AnnotationValue> written(AnnotationMirror mirror) {
        if (mirror == null) {
            return Map.of();
        }
        Map<String, AnnotationValue> values = new HashMap<>();
        Values read = values(mirror);
        for (int i = 0; i < read.names.length; i++) {
            values.putIfAbsent(read.names[i], read.raw.get(read.members[i]));
        }
        return values;
    }

    /** A written value that can be read: {@code null} when absent or erroneous (half-typed, wrong type). */
    AnnotationValue value(AnnotationMirror mirror, String member) {
        if (mirror == null) {
            return null;
        }
        Values read = values(mirror);
        ExecutableElement key = read.member(member);
        if (key == null) {
            return null;
        }
        AnnotationValue value = read.raw.get(key);
        // A mirror already found free of erroneous values needs no second look at each value.
        return Boolean.FALSE.equals(read.erroneous) || !erroneous(key, value) ? value : null;
    }

    /**
     * Whether an annotation on the element has a value javac or ecj could not make sense of:
     * {@code @Column(length = )}, {@code @Column(length = "long")}, {@code targetEntity = Missing.class}.
     * The compiler reports those itself; entitylint judges the element once it compiles.
     */
    boolean hasErroneousValue(Element element) {
        // The element's index first: the values read here are then kept with it, where the model's
        // later lookups on the same element find them instead of reading each mirror again.
        index(element);
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (erroneous(mirror)) {
                return true;
            }
        }
        return false;
    }

    boolean erroneous(AnnotationMirror mirror) {
        Values read = values(mirror);
        if (read.erroneous == null) {
            read.erroneous = read.raw == UNREADABLE || anyErroneous(read.raw);
        }
        return read.erroneous;
    }

    private boolean anyErroneous(Map<? extends ExecutableElement, ? extends AnnotationValue> values) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
            if (erroneous(entry.getKey(), entry.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static boolean erroneous(ExecutableElement member, AnnotationValue value) {
        return erroneous(value) || !fits(member.getReturnType(), content(value));
    }

    private static boolean erroneous(AnnotationValue value) {
        if (value == null) {
            return true;
        }
        String implementation = value.getClass().getName();
        if (implementation.endsWith("$Error") || implementation.endsWith("$UnresolvedClass")) {
            return true; // javac's Attribute.Error, whose value reads as the string "<error>"
        }
        Object content = content(value);
        if (content == null || "<error>".equals(content)) {
            return true;
        }
        if (content instanceof TypeMirror type && type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (content instanceof AnnotationMirror nested) {
            Map<? extends ExecutableElement, ? extends AnnotationValue> values;
            try {
                values = nested.getElementValues();
            } catch (RuntimeException unreadable) {
                return true;
            }
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
                if (erroneous(entry.getKey(), entry.getValue())) {
                    return true;
                }
            }
        }
        if (content instanceof List<?> items) {
            for (Object item : items) {
                if (!(item instanceof AnnotationValue itemValue) || erroneous(itemValue)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** javac builds a new map on every {@code getElementValues()}: read once per mirror and round. */
    private Values values(AnnotationMirror mirror) {
        // Nearly always a mirror of the element just looked at, whose index keeps its values.
        LastIndex recent = last;
        Values values = recent == null ? null : recent.index().valuesOf(mirror);
        if (values != null) {
            return values;
        }
        Map<AnnotationMirror, Values> byMirror = cache.values;
        values = byMirror.get(mirror);
        if (values == null) {
            values = read(mirror);
            byMirror.put(mirror, values);
        }
        return values;
    }

    /**
     * The written values, empty when the compiler cannot give them: ecj throws from
     * {@code getElementValues()} when a constant has the wrong type ({@code @Column(nullable = 1)}).
     */
    private Values read(AnnotationMirror mirror) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> raw;
        try {
            raw = mirror.getElementValues();
        } catch (RuntimeException unreadable) {
            raw = UNREADABLE;
        }
        return new Values(raw);
    }

    /**
     * The value itself, or {@code null} when the compiler cannot give it: ecj throws from
     * {@code getValue()} for a constant of the wrong type ({@code @Column(nullable = 1)}).
     */
    static Object content(AnnotationValue value) {
        try {
            return value.getValue();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** Whether a value has the Java type its member declares (a lone value may stand for an array). */
    private static boolean fits(TypeMirror memberType, Object content) {
        switch (memberType.getKind()) {
            case BOOLEAN: return content instanceof Boolean;
            case INT: return content instanceof Integer;
            case LONG: return content instanceof Long;
            case SHORT: return content instanceof Short;
            case BYTE: return content instanceof Byte;
            case CHAR: return content instanceof Character;
            case FLOAT: return content instanceof Float;
            case DOUBLE: return content instanceof Double;
            case ARRAY: {
                TypeMirror component = ((ArrayType) memberType).getComponentType();
                if (content instanceof List<?> items) {
                    for (Object item : items) {
                        if (item instanceof AnnotationValue itemValue && !fits(component, content(itemValue))) {
                            return false;
                        }
                    }
                    return true;
                }
                return fits(component, content);
            }
            case DECLARED: {
                Element type = ((DeclaredType) memberType).asElement();
                String name = type instanceof TypeElement t ? t.getQualifiedName().toString() : "";
                if (name.equals("java.lang.String")) {
                    return content instanceof String;
                }
                if (name.equals("java.lang.Class")) {
                    return content instanceof TypeMirror;
                }
                if (type.getKind() == ElementKind.ENUM) {
                    return content instanceof VariableElement;
                }
                if (type.getKind() == ElementKind.ANNOTATION_TYPE) {
                    return content instanceof AnnotationMirror;
                }
                return true;
            }
            default:
                return true;
        }
    }

    String string(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        return value != null && content(value) instanceof String s ? s : null;
    }

    Integer integer(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        return value != null && content(value) instanceof Integer i ? i : null;
    }

    Long longValue(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        if (value != null && content(value) instanceof Number n) {
            return n.longValue();
        }
        return null;
    }

    Boolean bool(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        return value != null && content(value) instanceof Boolean b ? b : null;
    }

    /** The name of a written enum constant ({@code "EAGER"}), or {@code null}. */
    String enumConstant(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        return value == null ? null : enumName(value);
    }

    private static String enumName(AnnotationValue value) {
        return content(value) instanceof VariableElement constant ? constant.getSimpleName().toString() : null;
    }

    TypeMirror type(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        return value != null && content(value) instanceof TypeMirror t ? t : null;
    }

    /** The elements of an array-valued member; a single value written without braces counts too. */
    List<AnnotationValue> list(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        if (value == null) {
            return List.of();
        }
        if (content(value) instanceof List<?> items) {
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

    List<String> enumConstants(AnnotationMirror mirror, String member) {
        List<String> names = new ArrayList<>();
        for (AnnotationValue value : list(mirror, member)) {
            String name = enumName(value);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    List<String> strings(AnnotationMirror mirror, String member) {
        List<String> strings = new ArrayList<>();
        for (AnnotationValue value : list(mirror, member)) {
            if (content(value) instanceof String s) {
                strings.add(s);
            }
        }
        return strings;
    }

    /** Nested annotations of an annotation-valued member, paired with their values. */
    List<AnnotationMirror> annotations(AnnotationMirror mirror, String member) {
        List<AnnotationMirror> mirrors = new ArrayList<>();
        for (AnnotationValue value : list(mirror, member)) {
            if (content(value) instanceof AnnotationMirror nested) {
                mirrors.add(nested);
            }
        }
        return mirrors;
    }

    AnnotationMirror annotation(AnnotationMirror mirror, String member) {
        AnnotationValue value = value(mirror, member);
        return value != null && content(value) instanceof AnnotationMirror nested ? nested : null;
    }

    /** A single annotation or the members of its container ({@code @X} and {@code @Xs({...})}). */
    List<AnnotationMirror> repeated(Element element, String single, String container) {
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
