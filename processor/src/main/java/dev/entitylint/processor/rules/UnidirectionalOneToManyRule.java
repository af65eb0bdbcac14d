package dev.entitylint.processor.rules;

import dev.entitylint.processor.model.FetchType;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AssociationSpec;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.NameCase;

/** A one-to-many is the inverse of the child's foreign key, not a join table nobody asked for. */
@RuleInfo(
        id = "unidirectional-one-to-many",
        severity = Severity.WARNING,
        summary = "a @OneToMany without mappedBy or @JoinColumn (a hidden join table)")
public final class UnidirectionalOneToManyRule implements Rule {

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            AssociationSpec association = attribute.association();
            if (attribute.kind() != AttributeKind.ONE_TO_MANY || association == null || !association.owning()
                    || !attribute.joinColumns().isEmpty() || association.joinTable()
                    || association.target() == null || attribute.type().isError()) {
                // Without a target (a @OneToMany on something that is no collection of entities)
                // there is no join table to talk about; the provider rejects the mapping anyway.
                continue;
            }
            String owner = type.simpleName();
            String backReference = NameCase.camel(owner);
            String target = RuleSupport.simpleName(association.target());
            String joinTable = context.model().naming().physical(owner + "_" + attribute.name());
            String joinColumn = context.model().naming().physical(backReference + "_id");
            context.report(association.ref(),
                    "@OneToMany '" + attribute.name() + "' has neither mappedBy nor @JoinColumn, so JPA keeps it "
                            + "in a hidden join table (" + joinTable + ") instead of a foreign key in " + target
                            + "'s table: an extra table, extra joins and extra inserts",
                    "map the owning side in " + target + " (@ManyToOne(fetch = FetchType.LAZY) " + owner + " "
                            + backReference + ";) and write @OneToMany(mappedBy = \"" + backReference
                            + "\") here, or add @JoinColumn(name = \"" + joinColumn + "\") to keep it one-way");
        }
    }
}
