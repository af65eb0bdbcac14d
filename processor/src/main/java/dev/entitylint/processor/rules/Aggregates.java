package dev.entitylint.processor.rules;

import dev.entitylint.processor.model.AssociationSpec;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.CascadeType;
import dev.entitylint.processor.model.EntityModel;
import java.util.Optional;

/**
 * Which entities are aggregate roots: a hierarchy root that does not live inside a parent. The one
 * notion {@code soft-delete} and {@code version-column} share.
 */
final class Aggregates {

    private Aggregates() {
    }

    /** A hierarchy root that does not live inside a parent (see {@link #partOfAnAggregate}). */
    static boolean aggregateRoot(EntityModel entity, RuleContext context) {
        return entity.isHierarchyRoot() && !partOfAnAggregate(entity, context);
    }

    /**
     * Whether the entity lives inside a parent: one of its own to-one associations is the
     * {@code mappedBy} side of a parent's {@code @OneToMany}/{@code @OneToOne} that cascades removal
     * or removes orphans. Read from the entity's association to the parent, then the parent's
     * mapping by name (its source or its class file), so the answer does not depend on whether the
     * parent is compiled with it.
     */
    static boolean partOfAnAggregate(EntityModel entity, RuleContext context) {
        for (AttributeModel attribute : entity.attributes()) {
            AssociationSpec toParent = attribute.association();
            if (!attribute.kind().isToOne() || toParent == null || !toParent.owning()) {
                continue;
            }
            Optional<EntityModel> parent = context.model().entity(toParent.target());
            if (parent.isEmpty() || parent.get().qualifiedName().equals(entity.qualifiedName())) {
                continue;
            }
            for (AttributeModel children : parent.get().attributes()) {
                AssociationSpec toChildren = children.association();
                if (toChildren == null
                        || (children.kind() != AttributeKind.ONE_TO_MANY && children.kind() != AttributeKind.ONE_TO_ONE)
                        || !attribute.name().equals(toChildren.mappedBy())
                        || !entity.qualifiedName().equals(toChildren.target())) {
                    continue;
                }
                if (toChildren.orphanRemoval() || CascadeType.removes(toChildren.cascade())) {
                    return true;
                }
            }
        }
        return false;
    }
}
