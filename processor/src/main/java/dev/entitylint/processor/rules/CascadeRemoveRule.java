package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ManagedType;
import java.util.ArrayList;
import java.util.List;

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
            List<String> cascade = attribute.association().cascade();
            boolean all = cascade.contains("ALL");
            if (!all && !cascade.contains("REMOVE")) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            if (all) {
                kept.add("PERSIST");
                kept.add("MERGE");
            }
            for (String constant : cascade) {
                if (!constant.equals("ALL") && !constant.equals("REMOVE") && !kept.contains(constant)) {
                    kept.add(constant);
                }
            }
            String target = RuleSupport.simpleName(attribute.association().target());
            String fix = kept.isEmpty()
                    ? "remove cascade from the @ManyToMany and delete the join rows only (clear the collection)"
                    : "write cascade = {" + String.join(", ", kept.stream().map(c -> "CascadeType." + c).toList())
                            + "}";
            context.report(attribute.association().ref("cascade"),
                    "@ManyToMany '" + attribute.name() + "' cascades REMOVE" + (all ? " (through ALL)" : "")
                            + ", so deleting one " + type.simpleName() + " deletes every " + target
                            + " it is linked to, although other rows still use them",
                    fix);
        }
    }
}
