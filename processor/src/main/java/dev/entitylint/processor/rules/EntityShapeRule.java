package dev.entitylint.processor.rules;

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
 * away the implicit one.
 */
@RuleInfo(
        id = "entity-shape",
        severity = Severity.WARNING,
        summary = "a final entity class, final methods, or no public/protected constructor without parameters")
public final class EntityShapeRule implements Rule {

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        if (type.kind() == ManagedTypeKind.EMBEDDABLE) {
            return;
        }
        ClassShape shape = type.shape();
        String name = type.simpleName();
        if (type.kind() == ManagedTypeKind.ENTITY && shape.finalClass()) {
            boolean value = shape.finalRef().annotation() != null;
            context.report(shape.finalRef(),
                    "entity " + name + " is final" + (value ? " (Lombok's @Value makes it so)" : "")
                            + ", so Hibernate cannot make lazy proxies of it: every association to it is "
                            + "loaded eagerly",
                    value ? "replace @Value with @Getter (and @Setter where it changes)"
                            : "remove final from the class");
        }
        for (ClassShape.FinalMethod method : shape.finalMethods()) {
            // A final method that reads state only through getters (JPA Buddy's equals/hashCode) works on a
            // proxy: the getters are intercepted. One whose body was not read is left alone.
            if (method.fieldsRead() == null || method.fieldsRead().isEmpty()) {
                continue;
            }
            String field = method.fieldsRead().stream().sorted().findFirst().orElseThrow();
            context.report(method.ref(),
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
        context.report(constructor.ref(), problem, fix);
    }
}
