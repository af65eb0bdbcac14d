package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Environment;
import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Provider;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.NameCase;
import dev.entitylint.processor.model.SourceRef;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Aggregate roots keep deleted rows, marked by a nullable timestamp (NULL means live) that
 * something leaves out of queries. An entity that lives only inside another (the parent's
 * {@code mappedBy} association cascades removal to it, or removes orphans) is deleted with its
 * parent, which is soft-deleted: it needs no column of its own.
 */
@RuleInfo(
        id = "soft-delete",
        severity = Severity.ERROR,
        summary = "an aggregate root without a nullable timestamp soft-delete column (deleted_at)")
public final class SoftDeleteRule implements Rule {

    /** Column names that mark a row deleted by a flag, without underscores, lower case. */
    private static final Set<String> FLAG_NAMES = Set.of(
            "deleted", "isdeleted", "removed", "isremoved", "deleteflag", "deletedflag", "delflag", "isdel",
            "softdeleted", "issoftdeleted", "trashed", "istrashed");

    /** The soft-delete column ({@code -Aentitylint.softDelete.column}). */
    private final String softDeleteColumn;
    /** Which entities must have it ({@code -Aentitylint.softDelete}). */
    private final Options.SoftDeleteMode softDeleteMode;

    /** Made for each compilation, with the options it reads. */
    SoftDeleteRule(String softDeleteColumn, Options.SoftDeleteMode softDeleteMode) {
        this.softDeleteColumn = softDeleteColumn;
        this.softDeleteMode = softDeleteMode;
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        if (!entity.isHierarchyRoot() || entity.hibernateSoftDelete() != null) {
            return;
        }
        String columnName = softDeleteColumn;
        Optional<ColumnModel> found = entity.column(columnName);
        if (found.isEmpty()) {
            Optional<ColumnModel> flag = entity.table().columns().stream()
                    .filter(c -> c.attribute() != null && !c.foreignKey() && isFlag(c))
                    .findFirst();
            if (flag.isPresent()) {
                flag(entity, flag.get(), columnName, context);
                return;
            }
            // Only a complete entity can be said to lack it (see audit-fields).
            Options.SoftDeleteMode mode = softDeleteMode;
            if (entity.complete() && (mode == Options.SoftDeleteMode.ALL
                    || (mode == Options.SoftDeleteMode.REQUIRED && !Aggregates.partOfAnAggregate(entity, context)))) {
                context.report(entity.ref(),
                        "entity " + entity.simpleName() + " has no " + columnName
                                + " soft-delete column, so deleting one of its rows destroys it for good",
                        proposal(entity, context.environment(), columnName)
                                + ", or, if its rows are meant to be removed, @Allow(value = \"soft-delete\", "
                                + "reason = \"...\")");
            }
            return;
        }
        ColumnModel column = found.get();
        AttributeModel attribute = column.attribute();
        if (attribute != null && flagType(column) && !namesATime(column.name())) {
            // The configured column is a flag (a project whose convention is is_deleted): soft delete all the same.
            // One named for a time (deleted_at) but typed boolean is a mistake, reported below.
            flag(entity, column, "deleted_at", context);
        } else if (column.type() != null && !column.type().isError() && !column.type().isTimestamp()) {
            context.report(attribute.ref(),
                    "soft-delete column '" + column.name() + "' is " + column.type().simpleName()
                            + ", but it must record when the row was deleted",
                    "declare '" + attribute.name() + "' as Instant (or OffsetDateTime, ZonedDateTime, LocalDateTime), "
                            + "NULL meaning live");
        } else if (!column.nullable()) {
            boolean writtenNotNull = Boolean.FALSE.equals(attribute.column().nullable());
            context.report(writtenNotNull ? attribute.column().ref("nullable") : attribute.ref(),
                    "soft-delete column '" + column.name() + "' is NOT NULL, but NULL is how a live row is marked",
                    writtenNotNull
                            ? "remove nullable = false from its @Column"
                            : "remove the not-null constraint from '" + attribute.name() + "'");
        } else {
            unfiltered(entity, column, context);
        }
    }

    /** A mark of deletion that no mapping leaves out of queries: every finder returns deleted rows. */
    private static void unfiltered(EntityModel entity, ColumnModel column, RuleContext context) {
        if (entity.rowsFiltered() || entity.generateRepository() || column.attribute() == null) {
            return;
        }
        context.note(where(entity, column),
                "nothing leaves rows with " + column.name() + " set out of queries (no @SQLRestriction, "
                        + "@SoftDelete or @GenerateRepository), so every query the application does not filter "
                        + "by hand returns deleted rows",
                hibernateTimestamp(context.environment())
                        ? "let Hibernate filter them: @SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = \""
                                + column.name() + "\") on the class in place of the attribute, or "
                                + "@SQLRestriction(\"" + column.name() + (column.type() != null
                                        && column.type().isTimestamp() ? " IS NULL" : " = false") + "\")"
                        : "filter them in the mapping (@SQLRestriction(\"" + column.name() + " IS NULL\") on "
                                + "Hibernate) or use @GenerateRepository, whose finders leave deleted rows out");
    }

    private static String proposal(EntityModel entity, Environment environment, String columnName) {
        if (hibernateTimestamp(environment)) {
            return "add @SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = \"" + columnName
                    + "\") to the class (org.hibernate.annotations; Hibernate then turns remove() into an update "
                    + "of " + columnName + " and leaves deleted rows out of every query)";
        }
        String column = "add @Column(name = \"" + columnName + "\") private Instant "
                + NameCase.camel(columnName) + "; (NULL means live)";
        return entity.generateRepository() ? column + ", which its generated repository already filters"
                : column + " and @GenerateRepository, whose generated repository soft-deletes and leaves deleted "
                        + "rows out of its finders";
    }

    /** A deletion flag is soft delete: a note on its shape (no time), and on a mark nothing filters. */
    private static void flag(EntityModel entity, ColumnModel column, String timeColumn, RuleContext context) {
        context.note(where(entity, column),
                "soft-delete flag '" + column.name() + "' records that a row was deleted, not when, so "
                        + "deleted rows cannot be purged by age or told apart by when they went",
                "keep the time instead: a nullable " + timeColumn + " timestamp (NULL means live)"
                        + (hibernateTimestamp(context.environment())
                                ? ", e.g. @SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = \""
                                        + timeColumn + "\") on the class in place of the flag"
                                : " in place of the flag"));
        unfiltered(entity, column, context);
    }

    /**
     * Where a note about the entity's soft-delete column goes: the attribute when the entity
     * declares it, else the entity (the note is about the entity's queries, and an inherited
     * attribute's class may be compiled apart from it, or alone).
     */
    private static SourceRef where(EntityModel entity, ColumnModel column) {
        return column.attribute().declaringType().equals(entity.type().element())
                ? column.attribute().ref() : entity.ref();
    }

    private static boolean hibernateTimestamp(Environment environment) {
        return environment.hibernateTimestampSoftDelete()
                && (environment.provider() == Provider.HIBERNATE || environment.provider() == Provider.UNKNOWN);
    }

    /** A boolean (or 0/1 number) column whose name says it marks deletion. */
    private static boolean isFlag(ColumnModel column) {
        return flagType(column) && FLAG_NAMES.contains(column.name().toLowerCase(Locale.ROOT).replace("_", ""));
    }

    /** Whether a column's name says it holds a time: {@code deleted_at}, {@code removed_on}, {@code delete_time}. */
    private static boolean namesATime(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("_at") || lower.endsWith("_on") || lower.endsWith("time") || lower.endsWith("date")
                || lower.endsWith("timestamp");
    }

    /** A boolean, or a number used as 0/1. */
    private static boolean flagType(ColumnModel column) {
        return column.type() != null && !column.type().isError()
                && (column.type().isBoolean() || column.type().isIntegral());
    }
}
