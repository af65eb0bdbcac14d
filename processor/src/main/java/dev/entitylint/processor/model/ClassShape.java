package dev.entitylint.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a class looks like as Java, beyond its mapping: what a provider's proxies and collections
 * depend on (modifiers, constructors, {@code equals}/{@code hashCode}), the Lombok annotations that
 * write those members, and how its identifiers are generated. Lombok writes its members while the
 * compilation runs, before or after entitylint: the members it wrote (marked {@code @lombok.Generated})
 * are left out and its annotations read instead, so the shape is the same in either order.
 *
 * @param finalClass whether the class is {@code final} (written, or made so by Lombok's {@code @Value})
 * @param finalRef where: the class, or {@code @Value}
 * @param finalMethods the {@code final} instance methods a subclass could otherwise override (not private)
 * @param noArgConstructor the most accessible constructor without parameters, written, implicit or Lombok's
 * @param lombok the class's Lombok annotations that write constructors, {@code equals}/{@code hashCode} or
 *     {@code toString}
 * @param fieldLombok per instance field, the qualified names of its Lombok annotations
 *     ({@code lombok.ToString.Exclude}, {@code lombok.EqualsAndHashCode.Include}, ...)
 * @param instanceFields the names of its instance fields, in order (whether persistent or not)
 * @param equalsMethod its own {@code equals(Object)}, or {@code null}
 * @param hashCodeMethod its own {@code hashCode()}, or {@code null}
 * @param idGenerations the {@code @GeneratedValue} of each attribute it declares that has one
 * @param readOnly whether its rows are never updated: Hibernate's {@code @Immutable} or {@code @Subselect},
 *     EclipseLink's {@code @ReadOnly}
 */
public record ClassShape(
        boolean finalClass,
        SourceRef finalRef,
        List<FinalMethod> finalMethods,
        NoArgConstructor noArgConstructor,
        List<LombokAnnotation> lombok,
        Map<String, Set<String>> fieldLombok,
        List<String> instanceFields,
        EqualityMethod equalsMethod,
        EqualityMethod hashCodeMethod,
        List<IdGeneration> idGenerations,
        boolean readOnly) {

    /** Nothing known: a class read without its members. */
    public static final ClassShape NONE = new ClassShape(false, null, List.of(),
            new NoArgConstructor(null, false, null, List.of()), List.of(), Map.of(), List.of(), null, null, List.of(), false);

    /** Java's access levels, most open first. */
    public enum Access {
        PUBLIC,
        PROTECTED,
        PACKAGE,
        PRIVATE;

        /** Whether a provider may call a constructor of this access (JPA asks public or protected; Hibernate accepts package). */
        public boolean reachable() {
            return this != PRIVATE;
        }
    }

    /**
     * A {@code final} method.
     *
     * @param name its name
     * @param ref the method
     * @param fieldsRead the class's instance fields its body reads directly (not through a getter, which a
     *     proxy intercepts), or {@code null} when the body was not read
     */
    public record FinalMethod(String name, SourceRef ref, Set<String> fieldsRead) {
    }

    /**
     * The class's constructor without parameters.
     *
     * @param access its access, or {@code null} when the class has none
     * @param known {@code false} when whether Lombok writes one depends on what the model does not read
     *     (a {@code @RequiredArgsConstructor} or {@code @Data} over {@code final} fields that may be initialised)
     * @param ref the constructor, the Lombok annotation (its {@code access} value when written) or the class;
     *     without one, the annotation that replaced the implicit constructor, else the first constructor,
     *     else the class
     * @param lombokConstructors the simple names of the class's Lombok annotations that write constructors
     *     ({@code Builder}, {@code AllArgsConstructor}, ...)
     */
    public record NoArgConstructor(Access access, boolean known, SourceRef ref, List<String> lombokConstructors) {
    }

    /**
     * A Lombok annotation on the class.
     *
     * @param name its simple name: {@code Data}, {@code Value}, {@code EqualsAndHashCode}, {@code ToString},
     *     {@code Builder}, {@code SuperBuilder}, {@code NoArgsConstructor}, {@code AllArgsConstructor},
     *     {@code RequiredArgsConstructor}
     * @param ref the annotation ({@code member(...)} narrows to a written value)
     * @param onlyExplicitlyIncluded its written {@code onlyExplicitlyIncluded}
     * @param of its written {@code of} field names
     * @param exclude its written {@code exclude} field names
     * @param access its written {@code access} ({@code AccessLevel} constant), or {@code null}
     */
    public record LombokAnnotation(String name, SourceRef ref, boolean onlyExplicitlyIncluded, List<String> of,
            List<String> exclude, String access) {
    }

    /**
     * What a hand-written {@code equals} or {@code hashCode} body reads, from javac's syntax trees.
     *
     * @param ref the method
     * @param read whether its body was read (a source compiled by javac); else nothing below is known
     * @param referenced names the body reads: fields (of any receiver), properties of getters called
     *     ({@code getId()} reads {@code id}), locals
     * @param nullChecked names compared with {@code null} ({@code id != null}, {@code getId() == null},
     *     {@code Objects.nonNull(id)})
     * @param callsSuper whether it calls {@code super.equals}/{@code super.hashCode}
     */
    public record EqualityMethod(SourceRef ref, boolean read, Set<String> referenced, Set<String> nullChecked,
            boolean callsSuper) {
    }

    /** The Lombok annotation of that simple name on the class, or {@code null}. */
    public LombokAnnotation lombok(String name) {
        for (LombokAnnotation annotation : lombok) {
            if (annotation.name().equals(name)) {
                return annotation;
            }
        }
        return null;
    }

    /** Whether the field carries the Lombok annotation of that qualified name. */
    public boolean fieldHas(String field, String lombokAnnotation) {
        return fieldLombok.getOrDefault(field, Set.of()).contains(lombokAnnotation);
    }

    /** The generation of the attribute of that name, or {@code null}. */
    public IdGeneration idGeneration(String attribute) {
        for (IdGeneration generation : idGenerations) {
            if (generation.attribute().equals(attribute)) {
                return generation;
            }
        }
        return null;
    }
}
