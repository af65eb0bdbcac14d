package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ManagedType;
import java.util.Set;

/**
 * A many-to-many is a Set (or an ordered List). Under Hibernate an unordered List is a bag, whose
 * costs are real (proved by ManyToManySetHibernateBootTest); other providers are only told that
 * the order is not kept, as a note.
 */
@RuleInfo(
        id = "many-to-many-set",
        severity = Severity.WARNING,
        summary = "a @ManyToMany mapped as a List without @OrderColumn (a bag)")
public final class ManyToManySetRule implements Rule {

    private static final Set<String> BAGS = Set.of(
            "java.util.List", "java.util.Collection", "java.util.ArrayList", "java.util.LinkedList");

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            if (attribute.kind() != AttributeKind.MANY_TO_MANY || attribute.association() == null
                    || attribute.association().orderColumn() || !BAGS.contains(attribute.type().name())) {
                continue;
            }
            String element = RuleSupport.simpleName(attribute.association().target());
            String list = "@ManyToMany '" + attribute.name() + "' is a " + attribute.type().simpleName()
                    + " without @OrderColumn";
            String bag = "removing one " + element + " deletes all of this " + type.simpleName()
                    + "'s join rows and inserts the rest again, and fetching two bags at once fails "
                    + "(MultipleBagFetchException)";
            String unordered = "its join table stores no position, so an order given to the list is not kept";
            String fix = "declare it as Set<" + element + "> " + attribute.name() + " = new HashSet<>() (or add "
                    + "@OrderColumn(name = \"position\") if the order matters)";
            switch (context.environment().provider()) {
                case HIBERNATE -> context.report(attribute.ref(), list + ", so Hibernate maps it as a bag: " + bag, fix);
                case UNKNOWN -> context.report(attribute.ref(),
                        list + ": " + unordered + ", and Hibernate maps it as a bag: " + bag, fix);
                // The bag's costs are Hibernate's: elsewhere only the unkept order is true: a hint.
                default -> context.note(attribute.ref(), list + ": " + unordered, fix);
            }
        }
    }
}
