package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Provider;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.ClassShape;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.ManagedTypeKind;

/**
 * A provider makes entities through a constructor without parameters and loads lazy associations
 * through proxies, subclasses of the entity generated at run time: the class must not be
 * {@code final}, its methods must not be {@code final} (a proxy cannot intercept them, so they read
 * the proxy's empty fields), and it needs a public or protected constructor without parameters.
 * Lombok's {@code @Builder} or {@code @AllArgsConstructor} without {@code @NoArgsConstructor} takes
 * away the implicit one. What only Hibernate's proxies need is reported as a note, under Hibernate.
 */
@RuleInfo(
        id = "entity-shape",
        severity = Severity.WARNING,
        summary = "an entity without a constructor without parameters the provider can call; notes a final "
                + "class, final methods reading fields, a private constructor (Hibernate's proxies)")
public final class EntityShapeRule implements Rule {

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        if (type.kind() == ManagedTypeKind.EMBEDDABLE) {
            return;
        }
        ClassShape shape = type.shape();
        String name = type.simpleName();
        // Proxies are Hibernate's: EclipseLink and OpenJPA weave the entity instead, and work with final
        // classes and methods and a private constructor (which JPA forbids all the same). Measured on real
        // code, most of those findings were harmless (no lazy association to the class): notes, while a
        // missing constructor fails every load and is the rule's finding.
        Provider provider = context.environment().provider();
        boolean proxies = provider == Provider.HIBERNATE || provider == Provider.UNKNOWN;
        if (type.kind() == ManagedTypeKind.ENTITY && shape.finalClass() && proxies) {
            boolean value = shape.finalRef().annotation() != null;
            context.note(shape.finalRef(),
                    "entity " + name + " is final" + (value ? " (Lombok's @Value makes it so)" : "")
                            + ", so Hibernate cannot make lazy proxies of it: every association to it is "
                            + "loaded eagerly",
                    value ? "replace @Value with @Getter (and @Setter where it changes)"
                            : "remove final from the class");
        }
        for (ClassShape.FinalMethod method : shape.finalMethods()) {
            // A final method that reads state only through getters (JPA Buddy's equals/hashCode) works on a
            // proxy: the getters are intercepted. One whose body was not read is left alone.
            if (!proxies || method.fieldsRead() == null || method.fieldsRead().isEmpty()) {
                continue;
            }
            String field = method.fieldsRead().stream().sorted().findFirst().orElseThrow();
            context.note(method.ref(),
                    "method " + name + "." + method.name() + "() is final and reads field '" + field
                            + "' directly, so on a lazy proxy of " + name + ", which cannot intercept it, it "
                            + "reads the proxy's empty field instead of the entity's",
                    "remove final from " + method.name() + "()");
        }
        if (type.kind() != ManagedTypeKind.ENTITY || type.abstractClass()) {
            return;
        }
        ClassShape.NoArgConstructor constructor = shape.noArgConstructor();
        if (!constructor.known() || (constructor.access() != null && constructor.access().reachable())) {
            return;
        }
        boolean lombok = !constructor.lombokConstructors().isEmpty();
        boolean privateOne = constructor.access() == ClassShape.Access.PRIVATE;
        if (privateOne && !proxies) {
            return;
        }
        String problem = constructor.access() == ClassShape.Access.PRIVATE
                ? "entity " + name + "'s constructor without parameters is private, so the provider cannot "
                        + "make lazy proxies of it (Hibernate then loads every association to it eagerly)"
                : "entity " + name + " has no constructor without parameters"
                        + (lombok ? " (Lombok's @" + String.join(", @", constructor.lombokConstructors())
                                + " replaced the implicit one)" : "")
                        + ", so the provider cannot instantiate it when it loads a row";
        String fix = constructor.access() == ClassShape.Access.PRIVATE
                ? (constructor.ref().annotation() != null ? "write access = AccessLevel.PROTECTED"
                        : "make it protected")
                : lombok ? "add @NoArgsConstructor(access = AccessLevel.PROTECTED)"
                        + (constructor.lombokConstructors().contains("Builder")
                                && !constructor.lombokConstructors().contains("AllArgsConstructor")
                                ? " and @AllArgsConstructor (which @Builder then uses)" : "")
                        : "add protected " + name + "() {}";
        if (privateOne) {
            context.note(constructor.ref(), problem, fix);
        } else {
            context.report(constructor.ref(), problem, fix);
        }
    }
}
