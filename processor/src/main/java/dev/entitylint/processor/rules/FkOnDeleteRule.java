package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ManagedType;

/**
 * Every foreign key states what happens to its rows when the referenced row is deleted, with
 * Hibernate's {@code @OnDelete}. Off by default; a warning under the strict profile.
 */
@RuleInfo(
        id = "fk-on-delete",
        severity = Severity.OFF,
        summary = "a foreign key without Hibernate's @OnDelete stating its delete behaviour (strict profile only)")
public final class FkOnDeleteRule implements Rule {

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        if (!context.environment().hibernateAnnotations()) {
            return; // @OnDelete is Hibernate's: nothing to write without it.
        }
        for (AttributeModel attribute : type.declaredAttributes()) {
            if (attribute.association() == null || !attribute.association().owning()
                    || attribute.facts().onDeleteAction() != null || attribute.facts().joinColumnNoConstraint()
                    || attribute.type().isError()) {
                continue;
            }
            boolean toOne = attribute.kind().isToOne() && !attribute.association().joinTable();
            boolean oneToManyJoinColumn = attribute.kind() == AttributeKind.ONE_TO_MANY
                    && !attribute.joinColumns().isEmpty() && attribute.joinTable() == null;
            if (!toOne && !oneToManyJoinColumn) {
                continue;
            }
            String target = RuleSupport.simpleName(attribute.association().target());
            String owner = type.simpleName();
            String problem = toOne
                    ? "foreign key of '" + attribute.name() + "' states no delete behaviour, so deleting a referenced "
                            + target + " fails or orphans the " + owner + " rows, whatever the database defaults to"
                    : "foreign key of '" + attribute.name() + "' in " + target + "'s table states no delete "
                            + "behaviour, so deleting the owning " + owner + " fails or orphans its " + target
                            + " rows";
            context.report(attribute.association().ref(), problem,
                    "write @OnDelete(action = OnDeleteAction.CASCADE) if the rows go with the "
                            + (toOne ? target : owner) + ", SET_NULL if they outlive it, or RESTRICT to refuse the "
                            + "delete (org.hibernate.annotations)");
        }
    }
}
