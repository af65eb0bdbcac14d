package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.SourceRef;
import dev.entitylint.processor.model.TableModel;
import java.util.function.Supplier;

/** Names written in the mapping are lower snake_case, the way the database folds them. */
public final class NamingConventionRule implements Rule {

    @Override
    public String id() {
        return "naming-convention";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "an explicit table, column, index or constraint name that is not lower snake_case";
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

    /** {@code [a-z][a-z0-9]*(_[a-z0-9]+)*}, without a regex: every column of every entity passes here. */
    static boolean isSnakeCase(String name) {
        if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z' || name.charAt(name.length() - 1) == '_') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!plain && !(c == '_' && name.charAt(i - 1) != '_')) {
                return false;
            }
        }
        return true;
    }

    private static void check(String what, String written, Supplier<SourceRef> where, String annotation,
            RuleContext context) {
        if (written == null || written.isBlank()) {
            return;
        }
        String name = Names.unquote(written.trim());
        if (name.isBlank() || isSnakeCase(name)) {
            // A blank quoted name is broken input, not a naming choice: the provider rejects it.
            return;
        }
        String better = RuleSupport.snakeCase(name).replaceAll("^_+|_+$", "");
        context.report(where.get(),
                what + " name '" + written + "' is not lower snake_case, so it reads differently in SQL than in "
                        + "the mapping and, quoted or on a case-sensitive database, must be spelt exactly so forever",
                "write " + annotation + "(name = \"" + better + "\")");
    }
}
