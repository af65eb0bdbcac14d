package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.Names;

/** Every nullable column is nullable on purpose. */
@RuleInfo(
        id = "nullable-column",
        severity = Severity.OFF,
        summary = "a column left nullable without a reason (off by default; a warning under strict)")
public final class NullableColumnRule implements Rule {

    private static final String FORMULA = "org.hibernate.annotations.Formula";

    /** The soft-delete column ({@code -Aentitylint.softDelete.column}). */
    private final String softDeleteColumn;

    /** Made for each compilation, with the options it reads. */
    NullableColumnRule(String softDeleteColumn) {
        this.softDeleteColumn = softDeleteColumn;
    }

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            if (attribute.id() || attribute.version() || attribute.notNull() || attribute.mapsId()
                    || (attribute.type().isPrimitive() && !attribute.column().present())
                    || attribute.type().isError()
                    || attribute.hasAnnotation(FORMULA)) {
                continue;
            }
            if (attribute.kind() == AttributeKind.BASIC) {
                checkBasic(attribute, context);
            } else if (attribute.kind().isToOne() && attribute.association() != null
                    && attribute.association().owning() && !attribute.association().joinTable()) {
                checkToOne(attribute, context);
            }
        }
    }

    private void checkBasic(AttributeModel attribute, RuleContext context) {
        ColumnSpec column = attribute.column();
        if (column.nullable() != null) {
            return;
        }
        String physical = context.model().naming().physical(column.name() != null ? column.name() : attribute.name());
        if (Names.same(physical, softDeleteColumn)) {
            return;
        }
        String problem = attribute.type().isPrimitive()
                ? "column of '" + attribute.name() + "' accepts NULL: an explicit @Column leaves even a primitive's "
                        + "column nullable, and a NULL there cannot be loaded into the " + attribute.type().name()
                : "column of '" + attribute.name() + "' accepts NULL by default and nothing says it should, so "
                        + "every reader and every query has to handle a missing value";
        context.report(column.present() ? column.ref() : attribute.ref(), problem,
                column.present()
                        ? "add nullable = false to its @Column (or @NotNull); if NULL means something, write "
                                + "nullable = true"
                        : "write @Column(nullable = false) (or @NotNull); if NULL means something, write "
                                + "@Column(nullable = true)");
    }

    private static void checkToOne(AttributeModel attribute, RuleContext context) {
        if (attribute.association().optional() != null
                || attribute.joinColumns().stream().anyMatch(c -> c.nullable() != null)) {
            return;
        }
        String annotation = RuleSupport.annotationName(attribute.kind());
        context.report(attribute.association().ref(),
                "foreign key of '" + attribute.name() + "' accepts NULL by default and nothing says the "
                        + "association is optional",
                "write " + annotation + "(optional = false) (or @JoinColumn(nullable = false)); if it is optional, "
                        + "write " + annotation + "(optional = true)");
    }
}
