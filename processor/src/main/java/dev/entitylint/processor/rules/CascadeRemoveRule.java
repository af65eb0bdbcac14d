package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ManagedType;
import java.util.List;
import java.util.Set;
import dev.entitylint.processor.model.CascadeType;

/** Deleting one side of a many-to-many never deletes the other side's shared rows. */
@RuleInfo(
        id = "cascade-remove",
        severity = Severity.ERROR,
        summary = "CascadeType.REMOVE or ALL on a @ManyToMany")
public final class CascadeRemoveRule implements Rule {

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            if (attribute.kind() != AttributeKind.MANY_TO_MANY || attribute.association() == null) {
                continue;
            }
            Set<CascadeType> cascade = attribute.association().cascade();
            if (!CascadeType.removes(cascade)) {
                continue;
            }
            List<String> kept = RuleSupport.cascadeWithoutRemove(cascade);
            String target = RuleSupport.simpleName(attribute.association().target());
            String fix = kept.isEmpty()
                    ? "remove cascade from the @ManyToMany and delete the join rows only (clear the collection)"
                    : "write " + RuleSupport.cascadeAttribute(kept);
            context.report(attribute.association().ref("cascade"),
                    "@ManyToMany '" + attribute.name() + "' cascades REMOVE" + (cascade.contains(CascadeType.ALL) ? " (through ALL)" : "")
                            + ", so deleting one " + type.simpleName() + " deletes every " + target
                            + " it is linked to, although other rows still use them",
                    fix);
        }
    }
}
