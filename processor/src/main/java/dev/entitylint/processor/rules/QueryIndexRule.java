package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.finding.SourceFix;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.PhysicalSchema;
import dev.entitylint.processor.model.QueryModel;
import dev.entitylint.processor.model.RepositoryModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Every query the compilation declares (Spring Data derived methods, {@code @Query} and
 * {@code @NamedQuery} JPQL, Jakarta Data {@code @Find}) has an index behind its filter: one that
 * leads with the columns it compares for equality, in any order, then the column of its range or
 * its sort. Only queries read whole are judged. Off by default, a warning under the strict profile:
 * on real code about half its findings are lookups in small configuration tables, which need no
 * index and which entitylint cannot tell from large ones.
 */
@RuleInfo(
        id = "query-index",
        severity = Severity.OFF,
        summary = "a repository query whose filter columns lead no index, unique constraint or primary key of its table")
public final class QueryIndexRule implements Rule {

    static final String TENANT_ID = "org.hibernate.annotations.TenantId";

    private final String tenantColumn;
    private final String softDeleteColumn;
    private final ProposedNames names;

    /** Made for each compilation, with the options it reads. */
    QueryIndexRule(String tenantColumn, String softDeleteColumn, ProposedNames names) {
        this.tenantColumn = tenantColumn;
        this.softDeleteColumn = softDeleteColumn;
        this.names = names;
    }

    @Override
    public void checkQueries(RepositoryModel repository, RuleContext context) {
        for (QueryModel query : repository.queries()) {
            if (!query.resolved()) {
                continue;
            }
            Optional<EntityModel> entity = context.model().entityOf(query);
            Optional<PhysicalSchema.Table> table = entity.flatMap(e -> context.model().tableOf(e));
            if (table.isEmpty()) {
                continue;
            }
            check(query, entity.get(), table.get(), context);
        }
    }

    private void check(QueryModel query, EntityModel entity, PhysicalSchema.Table table, RuleContext context) {
        String tenant = tenantColumn(entity, table);
        List<String> optional = optionalColumns(entity, table, tenant);
        Set<String> reported = new HashSet<>();
        for (QueryColumns asked : QueryColumns.of(query, entity, table)) {
            if (asked.equality().isEmpty() && !asked.nextIsRange()) {
                continue; // no filter: reading the table is the query
            }
            if (asked.next() == null && asked.onlyFlags()) {
                continue; // a flag or status alone: an index on a handful of values rarely beats a scan
            }
            if (asked.next() == null && isForeignKey(asked.equality(), table)) {
                continue; // the foreign key's own index is fk-index's to ask for
            }
            if (served(asked, table, optional, context)) {
                continue;
            }
            List<String> wanted = asked.wanted(tenant);
            if (!reported.add(String.join(",", wanted))) {
                continue;
            }
            String index = "@Index(name = " + SourceFix.literal(names.index(table.name(), wanted))
                    + ", columnList = " + SourceFix.literal(String.join(", ", wanted)) + ")";
            TypeElement owner = RuleSupport.owningType(table.source() == null ? null : table.source().element());
            String ownerName = owner == null ? entity.simpleName() : owner.getSimpleName().toString();
            context.report(query.source(),
                    describe(query) + " reads table '" + table.name() + "' by " + filter(asked)
                            + ", and no index, unique constraint or primary key leads with "
                            + (asked.equality().size() <= 1 ? "it" : "any of them")
                            + " (nor does one a migration creates), so each call scans the table",
                    "add " + index + " to @Table(indexes = ...) of " + ownerName);
        }
    }

    private boolean served(QueryColumns asked, PhysicalSchema.Table table, List<String> optional,
            RuleContext context) {
        if (asked.servedBy(table.primaryKey(), true, optional) || asked.pinnedBy(table.primaryKey(), optional)) {
            return true;
        }
        for (PhysicalSchema.Index index : table.indexes()) {
            if (asked.servedBy(index.columns(), index.unique(), optional)
                    || (index.unique() && asked.pinnedBy(index.columns(), optional))) {
                return true;
            }
        }
        for (PhysicalSchema.Index index : table.uniqueConstraints()) {
            if (asked.servedBy(index.columns(), true, optional) || asked.pinnedBy(index.columns(), optional)) {
                return true;
            }
        }
        for (List<String> index : context.migrations().on(table.name())) {
            if (asked.servedBy(index, false, optional)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isForeignKey(List<String> columns, PhysicalSchema.Table table) {
        return table.foreignKeys().stream().anyMatch(fk -> Names.sameSet(fk.columns(), columns));
    }

    /** The tenant column of the table: the {@code @TenantId} attribute's, or the configured one. */
    private String tenantColumn(EntityModel entity, PhysicalSchema.Table table) {
        for (ColumnModel column : entity.table().columns()) {
            AttributeModel attribute = column.attribute();
            if (attribute != null && attribute.hasAnnotation(TENANT_ID)) {
                return column.name();
            }
        }
        if (tenantColumn != null && table.column(tenantColumn).isPresent()) {
            return table.column(tenantColumn).get().name();
        }
        return null;
    }

    /** Columns the application adds to every query by itself: the tenant and the soft-delete mark. */
    private List<String> optionalColumns(EntityModel entity, PhysicalSchema.Table table, String tenant) {
        List<String> optional = new ArrayList<>();
        if (tenant != null) {
            optional.add(tenant);
        }
        if (softDeleteColumn != null) {
            table.column(softDeleteColumn).ifPresent(c -> optional.add(c.name()));
        }
        if (entity.hibernateSoftDelete() != null) {
            optional.add(entity.hibernateSoftDelete().column());
        }
        return optional;
    }

    static String describe(QueryModel query) {
        return switch (query.kind()) {
            case DERIVED -> "query method " + query.method();
            case QUERY -> "the @Query of " + query.method();
            case JAKARTA_FIND -> "@Find method " + query.method();
            case NAMED_QUERY -> "@NamedQuery \"" + abbreviated(query.text()) + "\"";
        };
    }

    private static String abbreviated(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }

    private static String filter(QueryColumns asked) {
        String text = asked.equality().isEmpty() ? "" : columns(asked.equality());
        if (asked.next() != null) {
            text += (text.isEmpty() ? "" : " then ") + (asked.nextIsRange() ? "a range of " : "the order of ")
                    + asked.next();
        }
        return text;
    }

    private static String columns(List<String> columns) {
        return columns.size() == 1 ? columns.get(0) : "(" + String.join(", ", columns) + ")";
    }
}
