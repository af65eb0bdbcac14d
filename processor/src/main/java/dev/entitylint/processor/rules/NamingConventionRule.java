package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.NamingConvention;
import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.NameCase;
import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.SourceRef;
import dev.entitylint.processor.model.SqlIdentifiers;
import dev.entitylint.processor.model.TableModel;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Names written in the mapping follow one case convention, lower snake case unless
 * {@code -Aentitylint.namingConvention} names another. Each name is judged alone (never by counting
 * the compilation's names), so a file compiled alone gets the same findings.
 */
@RuleInfo(
        id = "naming-convention",
        severity = Severity.WARNING,
        summary = "an explicit table, column, index or constraint name that does not follow the naming convention (lower snake case by default)")
public final class NamingConventionRule implements Rule {

    /** The case explicit names follow ({@code -Aentitylint.namingConvention}). */
    private final NamingConvention namingConvention;

    /** Made for each compilation, with the options it reads. */
    NamingConventionRule(NamingConvention namingConvention) {
        this.namingConvention = namingConvention;
    }

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            check("column", attribute.column().name(), () -> attribute.column().ref("name"), "@Column", context);
            for (ColumnSpec joinColumn : attribute.joinColumns()) {
                check("join column", joinColumn.name(), () -> joinColumn.ref("name"), "@JoinColumn", context);
                check("foreign key", joinColumn.foreignKeyName(), () -> joinColumn.ref("foreignKey"), "@ForeignKey",
                        context);
            }
            AttributeModel.JoinTableSpec joinTable = attribute.joinTable();
            if (joinTable != null) {
                String annotation = attribute.kind() == AttributeKind.ELEMENT_COLLECTION ? "@CollectionTable" : "@JoinTable";
                check("table", joinTable.name(), joinTable::source, annotation, context);
                for (ColumnSpec column : joinTable.allJoinColumns()) {
                    check("join column", column.name(), () -> column.ref("name"), "@JoinColumn", context);
                }
            }
            for (AttributeModel.AttributeOverride override : attribute.overrides()) {
                check("column", override.column().name(), () -> override.column().ref("name"),
                        override.column().annotation() == null ? "@Column"
                                : "@" + override.column().annotation().getAnnotationType().asElement().getSimpleName(),
                        context);
            }
        }
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        TableModel table = entity.table();
        if (RuleSupport.ownsTable(entity)) {
            check("table", table.writtenName(), table::nameSource, "@Table", context);
        }
        for (IndexModel index : table.indexes()) {
            if (index.kind() != IndexModel.Kind.UNIQUE_COLUMN && RuleSupport.declaredOn(index, entity)) {
                check(index.kind() == IndexModel.Kind.INDEX ? "index" : "unique constraint", index.name(),
                        () -> index.ref("name"), index.kind() == IndexModel.Kind.INDEX ? "@Index" : "@UniqueConstraint",
                        context);
            }
        }
    }

    private void check(String what, String written, Supplier<SourceRef> where, String annotation,
            RuleContext context) {
        if (written == null || written.isBlank()) {
            return;
        }
        String name = Names.unquote(written.trim());
        NamingConvention convention = namingConvention;
        if (name.isBlank() || convention.accepts(name)) {
            // A blank quoted name is broken input, not a naming choice: the provider rejects it.
            return;
        }
        if (SqlIdentifiers.problem(written) != null) {
            // Not an SQL identifier (a space, a quote, a letter outside ASCII): sql-identifier says so,
            // with a name to write instead; the case convention applies to that name.
            return;
        }
        String better = convention.cased(NameCase.snake(name));
        String fix = "write " + annotation + "(name = \"" + better + "\")";
        NamingConvention other = Arrays.stream(NamingConvention.values())
                .filter(c -> c != convention && c.accepts(name))
                .findFirst()
                .orElse(null);
        if (other != null) {
            // Consistently the other case: most likely the project's own convention, not a mistake.
            context.report(where.get(),
                    what + " name '" + written + "' is " + other.description() + ", not " + convention.description()
                            + " (-A" + Options.NAMING_CONVENTION + "=" + convention.optionValue()
                            + (convention == NamingConvention.LOWER_SNAKE_CASE ? ", the default" : "") + ")",
                    fix + ", or, if your project names everything in " + other.description() + ", set -A"
                            + Options.NAMING_CONVENTION + "=" + other.optionValue() + " once");
            return;
        }
        context.report(where.get(),
                what + " name '" + written + "' is not " + convention.description() + ", so it reads differently in "
                        + "SQL than in the mapping and, quoted or on a case-sensitive database, must be spelt exactly "
                        + "so forever",
                fix);
    }
}
