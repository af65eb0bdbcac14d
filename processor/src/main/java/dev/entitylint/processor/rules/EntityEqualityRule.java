package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AssociationSpec;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ClassShape;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.FetchType;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.ManagedTypeKind;
import dev.entitylint.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entity's {@code equals}/{@code hashCode} must hold still while it moves through its life cycle
 * in a {@code HashSet}: not over every attribute (they change), not over a generated id without a
 * null guard (every new entity has a null id, and the hash changes when it is persisted). The
 * accepted pattern: {@code equals} over the id when it is not null, a constant {@code hashCode}.
 * Lombok's {@code @Data}, {@code @Value} and {@code @EqualsAndHashCode} write exactly the wrong ones,
 * and a Lombok {@code toString} that reaches a lazy association loads it, or fails on a detached entity.
 */
@RuleInfo(
        id = "entity-equality",
        severity = Severity.WARNING,
        summary = "Lombok @Data/@Value/@EqualsAndHashCode or a toString reaching lazy associations on an entity; "
                + "equals/hashCode over every attribute or over a generated id without a null guard")
public final class EntityEqualityRule implements Rule {

    private static final String ACCEPTED = "equals: o instanceof %1$s other && id != null && id.equals(other.getId()); "
            + "hashCode: return getClass().hashCode();";

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        if (type.kind() == ManagedTypeKind.MAPPED_SUPERCLASS) {
            check(type, type.declaredAttributes(), context);
        }
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        check(entity.type(), entity.attributes(), context);
    }

    private static void check(ManagedType type, List<AttributeModel> attributes, RuleContext context) {
        ClassShape shape = type.shape();
        Set<String> generatedIds = new LinkedHashSet<>();
        List<String> state = new ArrayList<>();
        for (AttributeModel attribute : attributes) {
            if (attribute.id() && Identities.generation(attribute, type, context.model()) != null) {
                generatedIds.add(attribute.name());
            }
            if (!attribute.id() && !attribute.version() && attribute.declaringType().equals(type.element())) {
                state.add(attribute.name());
            }
        }
        Map<SourceRef, List<String>> problems = new LinkedHashMap<>();
        Map<SourceRef, String> fixes = new LinkedHashMap<>();
        lombokEquality(type, shape, generatedIds, problems, fixes);
        lombokToString(type, shape, attributes, problems, fixes);
        problems.forEach((where, said) -> context.report(where, String.join("; ", said), fixes.get(where)));
        handWritten(type, shape, state, generatedIds, context);
    }

    private static void lombokEquality(ManagedType type, ClassShape shape, Set<String> generatedIds,
            Map<SourceRef, List<String>> problems, Map<SourceRef, String> fixes) {
        ClassShape.LombokAnnotation written = shape.lombok("EqualsAndHashCode");
        ClassShape.LombokAnnotation source = written;
        if (source == null && shape.equalsMethod() == null) {
            source = shape.lombok("Data") != null ? shape.lombok("Data") : shape.lombok("Value");
        }
        if (source == null) {
            return;
        }
        String problem;
        if (written != null && (written.onlyExplicitlyIncluded() || !written.of().isEmpty())) {
            List<String> included = written.onlyExplicitlyIncluded()
                    ? shape.instanceFields().stream()
                            .filter(f -> shape.fieldHas(f, "lombok.EqualsAndHashCode.Include")).toList()
                    : written.of();
            List<String> ids = included.stream().filter(generatedIds::contains).toList();
            if (ids.isEmpty()) {
                return; // a natural key: fine
            }
            problem = "@EqualsAndHashCode compares the generated id '" + ids.get(0) + "', which is null until "
                    + "the entity is persisted: two new " + type.simpleName() + "s are equal, and the hash changes "
                    + "on persist, losing the entity in a HashSet";
        } else {
            problem = "@" + source.name() + " writes equals/hashCode over every field of " + type.simpleName()
                    + ", so an entity changes its hash as it changes (and is lost in a HashSet) and comparing "
                    + "loads lazy associations";
        }
        problems.computeIfAbsent(source.ref(), k -> new ArrayList<>()).add(problem);
        fixes.put(source.ref(), (source.name().equals("EqualsAndHashCode") ? "remove @EqualsAndHashCode"
                : "replace @" + source.name() + " with @Getter @Setter") + " and write "
                + String.format(ACCEPTED, type.simpleName())
                + " (or compare an immutable natural key: @EqualsAndHashCode(onlyExplicitlyIncluded = true) "
                + "with @EqualsAndHashCode.Include on it)");
    }

    private static void lombokToString(ManagedType type, ClassShape shape, List<AttributeModel> attributes,
            Map<SourceRef, List<String>> problems, Map<SourceRef, String> fixes) {
        ClassShape.LombokAnnotation source = shape.lombok("ToString");
        if (source == null) {
            source = shape.lombok("Data") != null ? shape.lombok("Data") : shape.lombok("Value");
        }
        if (source == null) {
            return;
        }
        ClassShape.LombokAnnotation toString = source;
        boolean explicit = toString.name().equals("ToString")
                && (toString.onlyExplicitlyIncluded() || !toString.of().isEmpty());
        List<String> lazy = new ArrayList<>();
        for (String field : shape.instanceFields()) {
            boolean included = explicit
                    ? (toString.onlyExplicitlyIncluded() ? shape.fieldHas(field, "lombok.ToString.Include")
                            : toString.of().contains(field))
                    : !shape.fieldHas(field, "lombok.ToString.Exclude")
                            && !(toString.name().equals("ToString") && toString.exclude().contains(field));
            if (included && attributes.stream().anyMatch(a -> a.name().equals(field) && lazy(a)
                    && a.declaringType().equals(type.element()))) {
                lazy.add(field);
            }
        }
        if (lazy.isEmpty()) {
            return;
        }
        String fields = String.join(", ", lazy.stream().map(f -> "'" + f + "'").toList());
        problems.computeIfAbsent(source.ref(), k -> new ArrayList<>()).add("@" + source.name()
                + " writes a toString that reads lazy " + fields + ": printing a detached " + type.simpleName()
                + " throws LazyInitializationException, printing a managed one loads "
                + (lazy.size() == 1 ? "it" : "them") + " (and a two-way association recurses)");
        String fix = "put @ToString.Exclude on " + String.join(", ", lazy);
        fixes.merge(source.ref(), fix, (a, b) -> a + ", and " + b);
    }

    private static boolean lazy(AttributeModel attribute) {
        AssociationSpec association = attribute.association();
        if (association == null) {
            return false;
        }
        return attribute.kind().isToMany() ? association.fetch() != FetchType.EAGER
                : association.fetch() == FetchType.LAZY;
    }

    private static void handWritten(ManagedType type, ClassShape shape, List<String> state, Set<String> generatedIds,
            RuleContext context) {
        String fix = "write " + String.format(ACCEPTED, type.simpleName());
        ClassShape.EqualityMethod equals = shape.equalsMethod();
        if (equals != null && equals.read() && !equals.callsSuper()) {
            List<String> unguarded = generatedIds.stream()
                    .filter(id -> equals.referenced().contains(id) && !equals.nullChecked().contains(id)).toList();
            if (everything(equals, state)) {
                context.report(equals.ref(),
                        type.simpleName() + ".equals compares every attribute, so an entity stops being equal "
                                + "to itself as it changes, and comparing loads its lazy associations",
                        fix);
            } else if (!unguarded.isEmpty()) {
                context.report(equals.ref(),
                        type.simpleName() + ".equals compares the generated id '" + unguarded.get(0)
                                + "' without checking it for null, so any two new " + type.simpleName()
                                + "s are equal (a Set keeps one of them)",
                        fix);
            }
        }
        ClassShape.EqualityMethod hashCode = shape.hashCodeMethod();
        if (hashCode != null && hashCode.read() && !hashCode.callsSuper()) {
            List<String> hashedIds = generatedIds.stream().filter(hashCode.referenced()::contains).toList();
            if (everything(hashCode, state)) {
                context.report(hashCode.ref(),
                        type.simpleName() + ".hashCode hashes every attribute, so it changes whenever the entity "
                                + "does and a HashSet holding it no longer finds it",
                        "return getClass().hashCode(); (with " + String.format(ACCEPTED, type.simpleName())
                                .replaceFirst("; hashCode:.*", "") + ")");
            } else if (!hashedIds.isEmpty()) {
                context.report(hashCode.ref(),
                        type.simpleName() + ".hashCode hashes the generated id '" + hashedIds.get(0)
                                + "', which changes from null when the entity is persisted: a HashSet holding "
                                + "a new " + type.simpleName() + " no longer finds it",
                        "return getClass().hashCode(); (equal entities then share it, and equals decides)");
            }
        }
    }

    /** Whether a body reads every attribute that is not the id or version, and there are at least two. */
    private static boolean everything(ClassShape.EqualityMethod method, List<String> state) {
        return state.size() >= 2 && method.referenced().containsAll(state);
    }
}
