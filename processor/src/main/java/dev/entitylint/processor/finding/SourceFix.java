package dev.entitylint.processor.finding;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The mechanical fix of a finding, stated as what to change in the user's source rather than as
 * text offsets, so a rule reads only the model; the reports ({@code SourceEdits}) turn it into
 * edits of the file. Type names are written as simple names in the texts and listed qualified, as
 * {@code jakarta.persistence} types, in {@code imports}: a file that uses {@code javax.persistence}
 * gets those instead.
 */
public sealed interface SourceFix {

    /** The classes the texts name by simple name. */
    List<String> imports();

    /**
     * {@code text} as a Java string literal: a name that reaches a fix from an annotation
     * (a quoted identifier, a backslash) cannot end the literal or change the code around it.
     */
    static String literal(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        literal.append(String.format("\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }

    /**
     * Sets {@code member = value} for each of {@code values} in an annotation written on
     * {@code element}: replaces a written value, or adds the member.
     *
     * @param annotation the annotation, or {@code null} to take the one of type {@code annotationName}
     * @param annotationName the qualified name of the annotation's type, when {@code annotation} is {@code null}
     * @param values member → value as source text ({@code "\"ix_a\""}, {@code EnumType.STRING}), in order
     */
    record SetMember(Element element, AnnotationMirror annotation, String annotationName, Map<String, String> values,
            List<String> imports) implements SourceFix {
        public SetMember {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
            imports = List.copyOf(imports);
        }

        /** Sets one member of a written annotation. */
        public static SetMember of(Element element, AnnotationMirror annotation, String member, String value,
                String... imports) {
            return new SetMember(element, annotation, null, Map.of(member, value), List.of(imports));
        }
    }

    /**
     * Writes a new annotation on {@code element}: {@code @<simple name of annotation>(arguments)}.
     *
     * @param annotation the qualified name of the annotation, which {@code imports} need not repeat
     * @param arguments the text between the parentheses ({@code length = 255})
     */
    record AddAnnotation(Element element, String annotation, String arguments, List<String> imports)
            implements SourceFix {
        public AddAnnotation {
            imports = List.copyOf(imports);
        }
    }

    /**
     * Adds an {@code @Index} to {@code @Table(indexes = ...)} of {@code entity}, writing the
     * {@code indexes} member or the {@code @Table} itself when the class has none.
     *
     * @param index the annotation's text, {@code @Index(name = "ix_a", columnList = "a")}
     */
    record AddIndex(TypeElement entity, String index) implements SourceFix {
        @Override
        public List<String> imports() {
            return List.of("jakarta.persistence.Index", "jakarta.persistence.Table");
        }
    }
}
