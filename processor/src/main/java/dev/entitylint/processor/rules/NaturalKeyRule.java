package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.InheritanceStrategy;
import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.PhysicalSchema;
import dev.entitylint.processor.model.SoftDeleteStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An attribute that is a natural key by its name ({@code email}, {@code sku}) is unique in the database. */
@RuleInfo(
        id = "natural-key",
        severity = Severity.OFF,
        summary = "a natural key by name (email, username, slug, sku, ...) without a unique constraint "
                + "(off by default; a warning under strict)")
public final class NaturalKeyRule implements Rule {

    /** The names of natural keys ({@code -Aentitylint.naturalKey.pattern}). */
    private final Pattern naturalKeys;
    /** The tenant column ({@code -Aentitylint.tenantColumn}), or {@code null}. */
    private final String tenantColumn;
    /** The soft-delete column ({@code -Aentitylint.softDelete.column}). */
    private final String softDeleteColumn;
    /** The names it proposes. */
    private final ProposedNames names;

    /** Made for each compilation, with the options it reads. */
    NaturalKeyRule(Pattern naturalKeys, String tenantColumn, String softDeleteColumn, ProposedNames names) {
        this.naturalKeys = naturalKeys;
        this.tenantColumn = tenantColumn;
        this.softDeleteColumn = softDeleteColumn;
        this.names = names;
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        PhysicalSchema.Table physical = context.model().tableOf(entity).orElse(null);
        String table = entity.table().name();
        for (ColumnModel column : entity.table().columns()) {
            AttributeModel attribute = column.attribute();
            if (attribute == null || attribute.kind() != AttributeKind.BASIC || column.primaryKey()
                    || column.foreignKey() || column.attributePath().contains(".")
                    || !attribute.type().isString()
                    || !(naturalKeys.matcher(attribute.name()).matches()
                            || naturalKeys.matcher(column.name()).matches())) {
                continue;
            }
            if (RuleSupport.inheritedFromEntity(attribute, entity, context)) {
                continue; // reported on the entity superclass that declares it
            }
            if (unique(entity, physical, column.name()) || context.migrations().leads(table, List.of(column.name()))) {
                continue;
            }
            List<String> key = new ArrayList<>();
            String tenant = tenantColumn == null || physical == null ? null
                    : physical.column(tenantColumn).map(PhysicalSchema.Column::name).orElse(null);
            if (tenant != null) {
                if (context.migrations().leads(table, List.of(tenant, column.name()))) {
                    continue;
                }
                key.add(tenant);
            }
            key.add(column.name());
            String name = names.unique(table, key);
            String live = liveRows(entity, physical);
            String problem = "'" + attribute.name() + "' is a natural key by its name, but nothing makes "
                    + column.name() + " unique" + (tenant != null ? " per " + tenant : "") + " in '" + table
                    + "', so two rows can claim the same value and lookups by it return either";
            String allow = "; if duplicates are meant, say why with @Allow(value = \"natural-key\", reason = \"...\")";
            String fix = live != null
                    ? "enforce it among live rows with a partial unique index in the migration, CREATE UNIQUE INDEX "
                            + name + " ON " + table + " (" + String.join(", ", key) + ") WHERE " + live + allow
                    : "add @UniqueConstraint(name = \"" + name + "\", columnNames = {" + RuleSupport.quoted(key)
                            + "}) to @Table(uniqueConstraints)" + allow;
            RuleSupport.reportForTable(context, entity, column.source(), problem, fix);
        }
    }

    /** Whether a unique constraint, unique index or unique column of the table includes the column. */
    private static boolean unique(EntityModel entity, PhysicalSchema.Table physical, String column) {
        for (IndexModel index : entity.table().indexes()) {
            if (index.unique() && index.columns().stream().anyMatch(c -> Names.same(Names.withoutOrder(c), column))) {
                return true;
            }
        }
        if (physical != null) {
            List<PhysicalSchema.Index> all = new ArrayList<>(physical.uniqueConstraints());
            all.addAll(physical.indexes());
            for (PhysicalSchema.Index index : all) {
                if (index.unique() && index.columns().stream().anyMatch(c -> Names.same(Names.withoutOrder(c), column))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The condition that selects live rows on a soft-deletable table, as {@code soft-delete-unique}
     * works it out (so the two rules advise the same partial index), or {@code null}.
     */
    private String liveRows(EntityModel entity, PhysicalSchema.Table physical) {
        PhysicalSchema.Column marker = physical == null ? null : physical.column(softDeleteColumn).orElse(null);
        if (marker != null) {
            String column = Names.key(softDeleteColumn);
            boolean flag = marker.isBoolean() || marker.isIntegral();
            return column + (!flag ? " IS NULL" : marker.isBoolean() ? " = false" : " = 0");
        }
        if (entity.hibernateSoftDelete() != null
                && (entity.isHierarchyRoot() || entity.inheritance() == InheritanceStrategy.SINGLE_TABLE)) {
            String column = entity.hibernateSoftDelete().column();
            SoftDeleteStrategy strategy = entity.hibernateSoftDelete().strategy();
            return strategy == SoftDeleteStrategy.TIMESTAMP ? column + " IS NULL"
                    : column + (strategy == SoftDeleteStrategy.ACTIVE ? " = true" : " = false");
        }
        return null;
    }
}
