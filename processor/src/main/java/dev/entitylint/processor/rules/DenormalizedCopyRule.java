package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.NameCase;
import java.util.List;
import java.util.Optional;

/**
 * A column does not copy an attribute of the entity a to-one association already reaches
 * ({@code customerEmail} beside {@code customer}), unless an {@code @Allow} says why.
 */
@RuleInfo(
        id = "denormalized-copy",
        severity = Severity.OFF,
        summary = "a column that copies an attribute of a to-one target (customer_email beside customer) "
                + "(off by default; a warning under strict)")
public final class DenormalizedCopyRule implements Rule {

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        List<AttributeModel> attributes = type.declaredAttributes();
        for (AttributeModel association : attributes) {
            if (!association.kind().isToOne() || association.association() == null) {
                continue;
            }
            Optional<EntityModel> target = context.model().entity(association.association().target());
            if (target.isEmpty()) {
                continue;
            }
            List<String> prefix = NameCase.words(association.name());
            for (AttributeModel copy : attributes) {
                if (copy == association || copy.kind() != AttributeKind.BASIC || copy.id() || copy.type().isError()) {
                    continue;
                }
                List<String> words = NameCase.words(copy.name());
                if (words.size() <= prefix.size() || !words.subList(0, prefix.size()).equals(prefix)) {
                    continue;
                }
                List<String> rest = words.subList(prefix.size(), words.size());
                if (rest.equals(List.of("id"))) {
                    continue; // the key itself: missing-foreign-key's or a read-only copy of the join column
                }
                for (AttributeModel copied : target.get().attributes()) {
                    if (copied.kind() == AttributeKind.BASIC && !copied.id()
                            && NameCase.words(copied.name()).equals(rest)
                            && copied.type().name().equals(copy.type().name())) {
                        String targetName = target.get().simpleName();
                        context.report(copy.ref(),
                                "'" + copy.name() + "' copies " + targetName + "." + copied.name() + " that '"
                                        + association.name() + "' already reaches, so the two drift apart when "
                                        + "the " + targetName + " changes",
                                "read it through " + association.name() + "." + copied.name() + " and drop '"
                                        + copy.name() + "'; a deliberate snapshot says why with @Allow(value = "
                                        + "\"denormalized-copy\", reason = \"...\")");
                        break;
                    }
                }
            }
        }
    }
}
