package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Provider;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.SourceRef;
import dev.entitylint.processor.model.SqlIdentifiers;
import dev.entitylint.processor.model.TableModel;
import dev.entitylint.processor.finding.SourceFix;

/**
 * A name written in the mapping is an SQL identifier: letters, digits, {@code _} and {@code $},
 * starting with a letter or {@code _}, unless it is quoted the JPA way ({@code "\"order item\""}) or
 * Hibernate's ({@code `order item`}). Names with letters outside ASCII are a note. Each written
 * name is judged where it is written, once.
 */
@RuleInfo(
        id = "sql-identifier",
        severity = Severity.ERROR,
        breaksAtRunTime = true,
        summary = "a table, column, index or constraint name that is not an SQL identifier (a space, a quote, ';', "
                + "a leading digit...) unless quoted; a note for letters outside ASCII")
public final class SqlIdentifierRule implements Rule {

    /** The names an attribute writes: its columns, join columns, foreign keys, order column and tables. */
    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            column("column", attribute.column(), "@Column", context);
            for (ColumnSpec joinColumn : attribute.joinColumns()) {
                joinColumn(joinColumn, context);
            }
            for (AttributeModel.AttributeOverride override : attribute.overrides()) {
                column("column", override.column(), "@Column", context);
            }
            column("order column", attribute.orderColumn(), "@OrderColumn", context);
            AttributeModel.JoinTableSpec joinTable = attribute.joinTable();
            if (joinTable != null) {
                boolean collection = attribute.kind() == AttributeKind.ELEMENT_COLLECTION;
                String annotation = collection ? "@CollectionTable" : "@JoinTable";
                check(collection ? "collection table" : "join table", joinTable.name(), named(joinTable.source(), "name"),
                        annotation, "name", context);
                for (ColumnSpec column : joinTable.allJoinColumns()) {
                    joinColumn(column, context);
                }
                check("foreign key", joinTable.foreignKeyName(), named(joinTable.source(), "foreignKey"), "@ForeignKey",
                        "name", context);
                check("foreign key", joinTable.inverseForeignKeyName(), named(joinTable.source(), "inverseForeignKey"),
                        "@ForeignKey", "name", context);
            }
        }
    }

    private static void joinColumn(ColumnSpec column, RuleContext context) {
        column("join column", column, "@JoinColumn", context);
        check("foreign key", column.foreignKeyName(), column.ref("foreignKey"), "@ForeignKey", "name", context);
    }

    private static void column(String what, ColumnSpec column, String annotation, RuleContext context) {
        if (column.present()) {
            String written = column.annotation() == null ? annotation
                    : "@" + column.annotation().getAnnotationType().asElement().getSimpleName();
            check(what, column.name(), column.ref("name"), written, "name", context);
        }
    }

    /** The names an entity writes for its table: the table, secondary tables, indexes and constraints. */
    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        TableModel table = entity.table();
        if (RuleSupport.ownsTable(entity)) {
            if (table.explicitName()) {
                check("table", table.writtenName(), table.nameSource(), "@Table", "name", context);
            } else if (!entity.entityName().equals(entity.simpleName())) {
                // The table takes the entity name: @Entity(name = "...") is where it is written.
                check("table", entity.entityName(), entity.entityNameSource(), "@Entity", "name", context);
            }
        }
        for (EntityModel.SecondaryTable secondary : entity.secondaryTables()) {
            if (!RuleSupport.writtenElsewhere(secondary.source(), entity)) {
                check("secondary table", secondary.name(), named(secondary.source(), "name"), "@SecondaryTable", "name",
                        context);
                for (String column : secondary.pkJoinColumns()) {
                    check("primary key join column", column, named(secondary.source(), "pkJoinColumns"),
                            "@PrimaryKeyJoinColumn", "name", context);
                }
                check("foreign key", secondary.foreignKeyName(), named(secondary.source(), "foreignKey"), "@ForeignKey",
                        "name", context);
            }
        }
        EntityModel.Discriminator discriminator = entity.discriminator();
        if (discriminator != null && discriminator.explicit() && !RuleSupport.writtenElsewhere(discriminator.source(), entity)) {
            check("discriminator column", discriminator.name(), named(discriminator.source(), "name"),
                    "@DiscriminatorColumn", "name", context);
        }
        EntityModel.HibernateSoftDelete softDelete = entity.hibernateSoftDelete();
        if (softDelete != null && softDelete.writtenColumn() != null
                && !RuleSupport.writtenElsewhere(softDelete.source(), entity)) {
            check("soft-delete column", softDelete.writtenColumn(), softDelete.source().member("columnName"),
                    "@SoftDelete", "columnName", context);
        }
        for (IndexModel index : table.indexes()) {
            if (index.kind() == IndexModel.Kind.UNIQUE_COLUMN || !RuleSupport.declaredOn(index, entity)) {
                continue;
            }
            boolean plainIndex = index.kind() == IndexModel.Kind.INDEX;
            String annotation = plainIndex ? "@Index" : "@UniqueConstraint";
            check(plainIndex ? "index" : "unique constraint", index.name(), index.ref("name"), annotation, "name",
                    context);
            String member = RuleSupport.columnsMember(index);
            for (String column : index.writtenColumns()) {
                check("column", column, index.ref(member), annotation, member, context);
            }
        }
    }

    /** {@code where} narrowed to the value of its annotation's {@code member}, when written. */
    private static SourceRef named(SourceRef where, String member) {
        return where.member(member);
    }

    private static void check(String what, String written, SourceRef where, String annotation, String member,
            RuleContext context) {
        SqlIdentifiers.Problem problem = SqlIdentifiers.problem(written);
        if (problem == null) {
            return;
        }
        String name = written.trim();
        String shown = "'" + SqlIdentifiers.shown(name) + "'";
        String bare = SqlIdentifiers.bare(name);
        String plain = SqlIdentifiers.plain(bare);
        String write = annotation + "(" + member + " = " + SourceFix.literal(plain) + ")";
        if (problem.kind() == SqlIdentifiers.Kind.NON_ASCII) {
            context.note(where,
                    what + " name " + shown + " " + problem.what() + ": PostgreSQL and H2 accept it unquoted but fold "
                            + "its case differently (PostgreSQL leaves letters outside ASCII as written, H2 "
                            + "upper-cases them, 'ß' becoming 'SS'), so spellings that differ in their case name one "
                            + "column on H2 and two on PostgreSQL",
                    "write " + write + ", or quote it to keep it exactly: " + annotation + "(" + member + " = "
                            + SourceFix.literal("\"" + bare + "\"") + ")");
            return;
        }
        if (problem.quoted()) {
            context.report(where,
                    what + " name " + shown + " " + problem.what() + ", so the SQL written with it breaks or names "
                            + "something else",
                    "write " + write + (bare.isBlank() ? ", or leave " + member + " out for the default name" : ""));
            return;
        }
        context.report(where,
                what + " name " + shown + " " + problem.what() + ", so " + consequence(context.environment().provider()),
                "write a plain name: " + write + " (or, to keep the name, quote it: " + annotation + "(" + member
                        + " = " + SourceFix.literal("\"" + bare + "\"") + "))");
    }

    /**
     * What the provider does with a name that is not an SQL identifier. Hibernate 7 quotes it on
     * its own ({@code Identifier.toIdentifier}), which makes it a case-sensitive name that SQL
     * written by hand must quote too; providers that write it as it is break the SQL.
     */
    private static String consequence(Provider provider) {
        return switch (provider) {
            case HIBERNATE -> "Hibernate 7 quotes it on its own, which makes it a case-sensitive name every migration "
                    + "and native query must quote exactly so (older Hibernate versions write it unquoted, and the "
                    + "database rejects the SQL or reads it as something else)";
            case UNKNOWN -> "SQL that writes it unquoted breaks or means something else, and a provider that quotes "
                    + "it on its own (Hibernate 7) makes it a case-sensitive name every migration must quote exactly so";
            default -> provider.displayName() + " writes it into SQL unquoted, and the database rejects the statement "
                    + "or reads it as something else";
        };
    }
}
