package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ForeignKeyModel;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.SourceRef;
import dev.entitylint.processor.model.TableModel;
import java.nio.charset.StandardCharsets;

/** Names fit the database's identifier limit (63 bytes in PostgreSQL). */
@RuleInfo(
        id = "identifier-length",
        severity = Severity.ERROR,
        breaksAtRunTime = true,
        summary = "a table, column, index or constraint name longer than the database allows")
public final class IdentifierLengthRule implements Rule {

    /** The longest name the database accepts, in bytes ({@code -Aentitylint.identifierLength}). */
    private final int identifierLength;
    /** Where that limit comes from: a database name or the option. */
    private final String identifierLengthSource;

    /** Made for each compilation, with the options it reads. */
    IdentifierLengthRule(int identifierLength, String identifierLengthSource) {
        this.identifierLength = identifierLength;
        this.identifierLengthSource = identifierLengthSource;
    }

    /** The written names of the tables an attribute creates ({@code @JoinTable}, {@code @CollectionTable}). */
    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            AttributeModel.JoinTableSpec joinTable = attribute.joinTable();
            if (joinTable == null) {
                continue;
            }
            String annotation = attribute.kind() == AttributeKind.ELEMENT_COLLECTION ? "@CollectionTable" : "@JoinTable";
            if (joinTable.name() != null) {
                check("table name", physical(joinTable.name(), context), joinTable.source(),
                        annotation + "(name = ...)", context);
            }
            for (ColumnSpec column : joinTable.allJoinColumns()) {
                if (column.name() != null) {
                    check("column name", physical(column.name(), context), column.ref("name"),
                            "@JoinColumn(name = ...)", context);
                }
            }
        }
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        TableModel table = entity.table();
        int limit = identifierLength;
        if (RuleSupport.ownsTable(entity)) {
            check("table name", table.name(), table.nameSource(), "@Table(name = ...)", context);
        }
        for (ColumnModel column : table.columns()) {
            if (fits(column.name(), limit)) {
                continue; // most columns: skip finding where the name is written
            }
            check("column name", column.name(), RuleSupport.nameRef(column),
                    (column.foreignKey() && !column.primaryKey() ? "@JoinColumn" : "@Column") + "(name = ...)",
                    context);
        }
        for (IndexModel index : table.indexes()) {
            if (index.hasExplicitName() && RuleSupport.declaredOn(index, entity)) {
                String annotation = index.kind() == IndexModel.Kind.INDEX ? "@Index" : "@UniqueConstraint";
                check(annotation + " name", index.name(), index.ref("name"), annotation + "(name = ...)", context);
            }
        }
        for (ForeignKeyModel foreignKey : table.foreignKeys()) {
            if (foreignKey.name() == null) {
                continue;
            }
            SourceRef where = foreignKey.source();
            for (ColumnSpec joinColumn : foreignKey.attribute().joinColumns()) {
                if (foreignKey.name().equals(joinColumn.foreignKeyName())) {
                    where = joinColumn.ref("foreignKey");
                }
            }
            check("foreign key name", foreignKey.name(), where, "@ForeignKey(name = ...)", context);
        }
    }

    /** The name the database sees: quoted names as written, others through the naming strategy. */
    private static String physical(String written, RuleContext context) {
        return Names.isQuoted(written) ? Names.unquote(written) : context.model().naming().physical(written);
    }

    /** Whether the name's UTF-8 form is at most {@code limit} bytes (a char takes at most 3). */
    private static boolean fits(String name, int limit) {
        return name.length() * 3 <= limit || name.getBytes(StandardCharsets.UTF_8).length <= limit;
    }

    private void check(String what, String name, SourceRef where, String annotation, RuleContext context) {
        int limit = identifierLength;
        if (fits(name, limit)) {
            return;
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        String source = identifierLengthSource;
        String consequence = source.equals("postgresql")
                ? "PostgreSQL silently truncates it, and two names that differ only after byte " + limit + " collide"
                : "the database rejects it";
        context.report(where,
                what + " '" + name + "' is " + bytes + " bytes, longer than the " + limit + " that " + source
                        + " allows, so " + consequence,
                "write a name of at most " + limit + " bytes in " + annotation
                        + " (or set -Aentitylint.identifierLength for another database)");
    }
}
