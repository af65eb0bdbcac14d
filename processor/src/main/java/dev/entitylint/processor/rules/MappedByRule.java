package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Provider;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AssociationSpec;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.ManagedTypeKind;
import dev.entitylint.processor.config.Suggestions;
import java.util.List;
import java.util.Optional;

/** {@code mappedBy} names the owning attribute of the other side, of the matching kind and type. */
@RuleInfo(
        id = "mapped-by",
        severity = Severity.ERROR,
        breaksAtRunTime = true,
        summary = "a mappedBy that names no attribute of the target, or one of the wrong kind or type")
public final class MappedByRule implements Rule {

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            AssociationSpec association = attribute.association();
            if (association == null || association.owning() || association.target() == null) {
                continue;
            }
            Optional<EntityModel> found = context.model().entity(association.target());
            if (found.isEmpty() || !found.get().complete()) {
                continue;
            }
            check(type, attribute, association, found.get(), context);
        }
    }

    private static void check(ManagedType type, AttributeModel attribute, AssociationSpec association,
            EntityModel target, RuleContext context) {
        String mappedBy = association.mappedBy().trim();
        String first = mappedBy.contains(".") ? mappedBy.substring(0, mappedBy.indexOf('.')) : mappedBy;
        Optional<AttributeModel> other = target.attribute(first);
        String here = RuleSupport.annotationName(attribute.kind()) + " '" + attribute.name() + "'";
        AttributeKind expected = expectedKind(attribute.kind());
        if (other.isEmpty()) {
            List<String> candidates = target.attributes().stream()
                    .filter(a -> a.kind() == expected || (mappedBy.contains(".") && a.kind().isEmbedded()))
                    .map(AttributeModel::name)
                    .toList();
            String suggestion = Suggestions.closest(first, candidates)
                    .or(() -> candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty())
                    .map(s -> "write mappedBy = \"" + s + "\"")
                    .orElse("name the " + RuleSupport.annotationName(expected) + " attribute of "
                            + target.simpleName() + " that owns the association, or add one");
            context.report(association.ref("mappedBy"),
                    here + " has mappedBy = \"" + mappedBy + "\", but " + target.simpleName()
                            + " has no attribute '" + first + "', so " + (context.environment().provider()
                                    == Provider.HIBERNATE ? "Hibernate refuses to start"
                                    : context.environment().provider().displayName() + " cannot map the "
                                            + "association: mappedBy must name the attribute that owns it"),
                    suggestion);
            return;
        }
        if (mappedBy.contains(".")) {
            return; // A path into an embeddable: its last step is not in this model.
        }
        AttributeModel owner = other.get();
        if (owner.kind() != expected) {
            String found = owner.kind() == AttributeKind.BASIC
                    ? "a basic attribute" : "a " + RuleSupport.annotationName(owner.kind());
            context.report(association.ref("mappedBy"),
                    here + " has mappedBy = \"" + mappedBy + "\", but " + target.simpleName() + "." + mappedBy
                            + " is " + found + ", not a " + RuleSupport.annotationName(expected)
                            + ", so the two sides do not describe one relationship",
                    "map " + target.simpleName() + "." + mappedBy + " as " + RuleSupport.annotationName(expected)
                            + " " + type.simpleName() + " (or point mappedBy at the attribute that is)");
            return;
        }
        if (owner.association() != null && !owner.association().owning()) {
            context.report(association.ref("mappedBy"),
                    here + " has mappedBy = \"" + mappedBy + "\", but " + target.simpleName() + "." + mappedBy
                            + " has a mappedBy itself, so neither side owns the relationship",
                    "remove mappedBy from one of the two sides: the side that holds the foreign key owns it");
            return;
        }
        if (type.kind() == ManagedTypeKind.ENTITY && owner.association() != null) {
            String pointsAt = owner.association().target();
            if (pointsAt != null && !related(type.qualifiedName(), pointsAt, context)) {
                context.report(association.ref("mappedBy"),
                        here + " has mappedBy = \"" + mappedBy + "\", but " + target.simpleName() + "." + mappedBy
                                + " refers to " + RuleSupport.simpleName(pointsAt) + ", not to "
                                + type.simpleName(),
                        "point mappedBy at the attribute of " + target.simpleName() + " that refers to "
                                + type.simpleName());
            }
        }
    }

    /** Whether two entities are the same or one inherits from the other. */
    private static boolean related(String a, String b, RuleContext context) {
        return a.equals(b) || inherits(a, b, context) || inherits(b, a, context);
    }

    private static boolean inherits(String sub, String sup, RuleContext context) {
        Optional<EntityModel> current = context.model().entity(sub);
        for (int depth = 0; current.isPresent() && depth < 32; depth++) {
            String parent = current.get().superEntity();
            if (parent == null) {
                return false;
            }
            if (parent.equals(sup)) {
                return true;
            }
            current = context.model().entity(parent);
        }
        // A target that is not an entity (a mapped superclass) cannot be judged from the model.
        return context.model().entity(sup).isEmpty();
    }

    private static AttributeKind expectedKind(AttributeKind kind) {
        return switch (kind) {
            case ONE_TO_MANY -> AttributeKind.MANY_TO_ONE;
            case ONE_TO_ONE -> AttributeKind.ONE_TO_ONE;
            case MANY_TO_MANY -> AttributeKind.MANY_TO_MANY;
            default -> kind;
        };
    }
}
