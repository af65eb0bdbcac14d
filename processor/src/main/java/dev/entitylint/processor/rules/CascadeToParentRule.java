package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.CascadeType;
import dev.entitylint.processor.model.ManagedType;
import java.util.List;
import java.util.Set;

/**
 * Removal cascades from a parent to its children, never back: {@code CascadeType.REMOVE} (or
 * {@code ALL}) on a {@code @ManyToOne} deletes the parent with one child, and with it (or with a
 * foreign-key violation) the parent's other children. A {@code @OneToOne} that shares its target's
 * key ({@code @MapsId}) is such a child too. Removal on the {@code @ManyToMany} side is
 * {@code cascade-remove}'s concern.
 */
@RuleInfo(
        id = "cascade-to-parent",
        severity = Severity.WARNING,
        summary = "CascadeType.REMOVE or ALL from a child to its parent (@ManyToOne, or @OneToOne with @MapsId)")
public final class CascadeToParentRule implements Rule {

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            if (attribute.association() == null) {
                continue;
            }
            boolean toParent = attribute.kind() == AttributeKind.MANY_TO_ONE
                    || (attribute.kind() == AttributeKind.ONE_TO_ONE && attribute.mapsId()
                            && attribute.association().owning());
            Set<CascadeType> cascade = attribute.association().cascade();
            if (!toParent || !CascadeType.removes(cascade)) {
                continue;
            }
            List<String> kept = RuleSupport.cascadeWithoutRemove(cascade);
            String annotation = RuleSupport.annotationName(attribute.kind());
            String parent = RuleSupport.simpleName(attribute.association().target());
            String fix = kept.isEmpty()
                    ? "remove cascade from the " + annotation + " (removal cascades from the parent's "
                            + "@OneToMany/@OneToOne to its children, not back)"
                    : "write " + RuleSupport.cascadeAttribute(kept);
            context.report(attribute.association().ref("cascade"),
                    annotation + " '" + attribute.name() + "' cascades REMOVE"
                            + (cascade.contains(CascadeType.ALL) ? " (through ALL)" : "") + " to its parent, so "
                            + "deleting one " + type.simpleName() + " deletes its " + parent + " and, with it, "
                            + "the " + parent + "'s other children (or fails on their foreign keys)",
                    fix);
        }
    }
}
