package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AssociationSpec;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.InheritanceStrategy;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.SourceRef;

/**
 * What a mapping says about NULL agrees with itself: {@code optional} with the join column's
 * {@code nullable}, Bean Validation's {@code @NotNull} and primitives with the column's
 * {@code nullable}, and a NOT NULL column with a getter that returns {@code Optional}.
 */
@RuleInfo(
        id = "nullability",
        severity = Severity.WARNING,
        summary = "contradicting nullability: optional vs nullable, @NotNull or a primitive on a nullable = true "
                + "column, a NOT NULL column behind an Optional getter")
public final class NullabilityRule implements Rule {

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        boolean singleTableSubclass = context.model().entity(type.qualifiedName())
                .map(NullabilityRule::singleTableSubclass).orElse(false);
        for (AttributeModel attribute : type.declaredAttributes()) {
            if (attribute.id() || attribute.type().isError()) {
                continue;
            }
            if (attribute.kind() == AttributeKind.BASIC) {
                checkBasic(attribute, singleTableSubclass, context);
            } else if (attribute.kind().isToOne() && attribute.association() != null
                    && attribute.association().owning() && !attribute.association().joinTable()
                    && !attribute.mapsId()) {
                checkToOne(attribute, singleTableSubclass, context);
            }
        }
    }

    /** A subclass of a SINGLE_TABLE hierarchy, whose own columns must accept NULL for its siblings' rows. */
    private static boolean singleTableSubclass(EntityModel entity) {
        return entity.superEntity() != null && entity.inheritance() == InheritanceStrategy.SINGLE_TABLE;
    }

    private static void checkBasic(AttributeModel attribute, boolean singleTableSubclass, RuleContext context) {
        ColumnSpec column = attribute.column();
        String name = attribute.name();
        if (Boolean.TRUE.equals(column.nullable()) && attribute.type().isPrimitive()) {
            context.report(column.ref("nullable"),
                    "column of '" + name + "' is declared nullable = true but its type " + attribute.type().name()
                            + " cannot hold NULL, so loading a row with NULL there fails",
                    "declare it " + boxed(attribute.type().name()) + " " + name + " if NULL means something, "
                            + "else write nullable = false");
            return;
        }
        if (Boolean.TRUE.equals(column.nullable()) && attribute.notNull() && !singleTableSubclass) {
            context.report(column.ref("nullable"),
                    "'" + name + "' is @NotNull (or @Basic(optional = false)) but its column is declared "
                            + "nullable = true: Hibernate's DDL makes it NOT NULL, a migration written from the "
                            + "@Column does not",
                    "write nullable = false (or drop @NotNull if NULL is allowed)");
            return;
        }
        SourceRef getter = attribute.facts().optionalGetter();
        if (getter == null || attribute.type().isPrimitive()) {
            return;
        }
        String getterName = getter.element().getSimpleName() + "()";
        if (Boolean.FALSE.equals(column.nullable())) {
            context.report(column.ref("nullable"), notNullBehindOptional(name, "nullable = false", getterName),
                    "write nullable = true if it can be missing; else return its value from " + getterName
                            + " instead of an Optional");
        } else if (attribute.notNull() && !singleTableSubclass) {
            context.report(attribute.ref(), notNullBehindOptional(name, "@NotNull", getterName),
                    "drop @NotNull if it can be missing; else return its value from " + getterName
                            + " instead of an Optional");
        }
    }

    private static String notNullBehindOptional(String name, String stated, String getter) {
        return "'" + name + "' is mapped NOT NULL (" + stated + ") but " + getter + " returns an Optional, so the "
                + "code treats it as optional while the database refuses it missing";
    }

    private static void checkToOne(AttributeModel attribute, boolean singleTableSubclass, RuleContext context) {
        AssociationSpec association = attribute.association();
        String annotation = RuleSupport.annotationName(attribute.kind());
        String name = attribute.name();
        if (Boolean.FALSE.equals(association.optional())) {
            for (ColumnSpec joinColumn : attribute.joinColumns()) {
                if (Boolean.TRUE.equals(joinColumn.nullable())) {
                    context.report(joinColumn.ref("nullable"),
                            "'" + name + "' is " + annotation + "(optional = false) but its @JoinColumn says "
                                    + "nullable = true: Hibernate makes the column NOT NULL anyway, a migration "
                                    + "written from the @JoinColumn does not",
                            "write nullable = false (or optional = true if the association may be missing)");
                    return;
                }
            }
        }
        boolean joinColumnRequired = attribute.joinColumns().stream()
                .anyMatch(c -> Boolean.FALSE.equals(c.nullable()));
        if (Boolean.TRUE.equals(association.optional()) && !singleTableSubclass
                && (joinColumnRequired || attribute.notNull())) {
            context.report(association.ref("optional"),
                    "'" + name + "' is " + annotation + "(optional = true) but "
                            + (joinColumnRequired ? "its @JoinColumn says nullable = false" : "it is @NotNull")
                            + ", so the mapping says both that it may be missing and that it may not",
                    "write optional = false (or drop " + (joinColumnRequired ? "nullable = false" : "@NotNull")
                            + " if it may be missing)");
            return;
        }
        SourceRef getter = attribute.facts().optionalGetter();
        if (getter == null) {
            return;
        }
        String getterName = getter.element().getSimpleName() + "()";
        if (Boolean.FALSE.equals(association.optional())) {
            context.report(association.ref("optional"), notNullBehindOptional(name, "optional = false", getterName),
                    "write optional = true if it can be missing; else return the " + RuleSupport.simpleName(
                            association.target()) + " from " + getterName + " instead of an Optional");
        } else if (joinColumnRequired) {
            ColumnSpec required = attribute.joinColumns().stream()
                    .filter(c -> Boolean.FALSE.equals(c.nullable())).findFirst().orElseThrow();
            context.report(required.ref("nullable"), notNullBehindOptional(name, "nullable = false", getterName),
                    "write nullable = true if it can be missing; else return the " + RuleSupport.simpleName(
                            association.target()) + " from " + getterName + " instead of an Optional");
        }
    }

    private static String boxed(String primitive) {
        return switch (primitive) {
            case "int" -> "Integer";
            case "char" -> "Character";
            default -> Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
        };
    }
}
