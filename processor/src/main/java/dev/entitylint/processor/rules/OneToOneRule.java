package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Provider;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AssociationSpec;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.FetchType;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.ManagedTypeKind;
import java.util.Optional;

/**
 * A two-way {@code @OneToOne}: the child (the side with the foreign key) shares its parent's key
 * with {@code @MapsId}, so it needs no key, column or index of its own and is found by the parent's
 * id; and the parent's side ({@code mappedBy}) cannot be lazy, because without bytecode enhancement
 * Hibernate must query the child's table to know whether to set null or a proxy (EclipseLink's weaving
 * can: that check holds under Hibernate, or an unknown provider).
 */
@RuleInfo(
        id = "one-to-one",
        severity = Severity.OFF,
        summary = "a two-way @OneToOne whose child does not share the parent's key (@MapsId), or "
                + "fetch = LAZY on the mappedBy side, which Hibernate cannot honour")
public final class OneToOneRule implements Rule {

    private static final String PRIMARY_KEY_JOIN_COLUMN = "jakarta.persistence.PrimaryKeyJoinColumn";

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        if (type.kind() == ManagedTypeKind.EMBEDDABLE) {
            return;
        }
        for (AttributeModel attribute : type.declaredAttributes()) {
            AssociationSpec association = attribute.association();
            if (attribute.kind() != AttributeKind.ONE_TO_ONE || association == null) {
                continue;
            }
            String target = RuleSupport.simpleName(association.target());
            if (!association.owning()) {
                Provider provider = context.environment().provider();
                if (association.fetch() == FetchType.LAZY
                        && (provider == Provider.HIBERNATE || provider == Provider.UNKNOWN)) {
                    context.report(association.ref("fetch"),
                            "@OneToOne '" + attribute.name() + "' is the mappedBy side, which Hibernate loads "
                                    + "eagerly whatever fetch says (it must read " + target + "'s table to know "
                                    + "whether there is one), with one more query per " + type.simpleName(),
                            "remove fetch = FetchType.LAZY and the two-way mapping: keep " + target + "'s @OneToOne "
                                    + "with @MapsId and find it by " + type.simpleName() + "'s id ("
                                    + "entityManager.find(" + target + ".class, id)), or enable Hibernate's "
                                    + "bytecode enhancement");
                }
                continue;
            }
            if (type.kind() != ManagedTypeKind.ENTITY || attribute.mapsId()
                    || attribute.hasAnnotation(PRIMARY_KEY_JOIN_COLUMN)) {
                continue;
            }
            Optional<EntityModel> parent = context.model().entity(association.target());
            boolean inverse = parent.isPresent() && parent.get().attributes().stream()
                    .anyMatch(a -> a.kind() == AttributeKind.ONE_TO_ONE && a.association() != null
                            && attribute.name().equals(a.association().mappedBy())
                            && type.qualifiedName().equals(a.association().target()));
            if (inverse) {
                context.report(association.ref(),
                        "@OneToOne '" + attribute.name() + "' gives " + type.simpleName() + " a key and a foreign "
                                + "key column of its own, though each " + type.simpleName() + " belongs to one "
                                + target + " (whose side is mappedBy)",
                        "share " + target + "'s key: @OneToOne(fetch = FetchType.LAZY) @MapsId on '"
                                + attribute.name() + "', and @Id without @GeneratedValue on " + type.simpleName()
                                + "'s id");
            }
        }
    }
}
