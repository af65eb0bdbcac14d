package dev.entitylint.processor.rules;

import dev.entitylint.processor.model.FetchType;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.finding.SourceFix;
import dev.entitylint.processor.model.AssociationSpec;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ManagedType;

/** Associations are lazy; what a use case needs is fetched by that use case's query. */
@RuleInfo(
        id = "eager-fetch",
        severity = Severity.WARNING,
        summary = "FetchType.EAGER on an association; a note for a to-one left at its implicit EAGER default")
public final class EagerFetchRule implements Rule {

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            AssociationSpec association = attribute.association();
            if (!attribute.kind().isAssociation() || association == null || association.target() == null
                    || context.model().entity(association.target()).isEmpty()) {
                // Fetching only means something towards an entity; anything else is a broken mapping.
                continue;
            }
            String annotation = RuleSupport.annotationName(attribute.kind());
            String target = RuleSupport.simpleName(association.target());
            if (association.fetch() == FetchType.EAGER) {
                context.report(association.ref("fetch"),
                        annotation + " '" + attribute.name() + "' is fetched EAGER, so every load of "
                                + type.simpleName() + " also loads its " + target
                                + (attribute.kind().isToMany() ? " collection" : "")
                                + ", even where nobody reads it, and no query can opt out",
                        "write fetch = FetchType.LAZY and fetch it where it is needed (JOIN FETCH or an "
                                + "@EntityGraph)",
                        SourceFix.SetMember.of(association.ref().element(), association.ref().annotation(), "fetch",
                                "FetchType.LAZY", "jakarta.persistence.FetchType"));
            } else if (association.fetch() == null && attribute.kind().isToOne() && association.owning()) {
                context.note(association.ref(),
                        annotation + " '" + attribute.name() + "' is EAGER by default, so loading a list of "
                                + type.simpleName() + " runs one more query per row for its " + target + " (N+1)",
                        "write " + annotation + "(fetch = FetchType.LAZY)");
            }
        }
    }
}
