package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ForeignKeyModel;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.NameCase;
import dev.entitylint.processor.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * In a multi-tenant schema every table carries the tenant column and every index leads with it.
 * Off until {@code -Aentitylint.tenantColumn} names the column; then an error under every profile.
 */
@RuleInfo(
        id = "tenant-column",
        severity = Severity.ERROR,
        followsProfile = false,
        needsOption = Options.TENANT_COLUMN,
        summary = "an entity without the tenant column (or @TenantId), or an index that does not lead with it "
                + "(needs -Aentitylint.tenantColumn)")
public final class TenantColumnRule implements Rule {

    static final String TENANT_ID = "org.hibernate.annotations.TenantId";

    /** The tenant column ({@code -Aentitylint.tenantColumn}), or {@code null}. */
    private final String tenantColumn;
    /** The names it proposes. */
    private final ProposedNames names;

    /** Made for each compilation, with the options it reads. */
    TenantColumnRule(String tenantColumn, ProposedNames names) {
        this.tenantColumn = tenantColumn;
        this.names = names;
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        String configured = tenantColumn;
        if (configured == null) {
            return;
        }
        Optional<String> tenant = tenantColumn(entity, configured, context);
        if (tenant.isEmpty()) {
            if (entity.isHierarchyRoot()) {
                context.report(entity.ref(),
                        "entity " + entity.simpleName() + " has no " + configured + " column (nor a @TenantId "
                                + "attribute), so its rows belong to no tenant and nothing keeps one tenant from "
                                + "reading another's",
                        "add @TenantId @Column(name = \"" + configured + "\", nullable = false, updatable = false) "
                                + "private String " + NameCase.camel(configured) + "; (or inherit it "
                                + "from a @MappedSuperclass); a table shared by all tenants says so with "
                                + "@Allow(value = \"tenant-column\", reason = \"...\")");
            }
            return;
        }
        String column = tenant.get();
        List<String> foreignKeyColumns = new ArrayList<>();
        for (ForeignKeyModel foreignKey : entity.table().foreignKeys()) {
            foreignKeyColumns.add(Names.key(foreignKey.columns().get(0)));
        }
        for (IndexModel index : entity.table().indexes()) {
            if (index.columns().isEmpty() || Names.same(index.columns().get(0), column)
                    || (index.kind() != IndexModel.Kind.UNIQUE_COLUMN && !RuleSupport.declaredOn(index, entity))) {
                continue;
            }
            if (!index.unique() && foreignKeyColumns.contains(Names.key(index.columns().get(0)))) {
                continue; // The index of a foreign key (fk-index) leads with that key.
            }
            List<String> fixed = new ArrayList<>();
            fixed.add(column);
            index.columns().stream().filter(c -> !Names.same(c, column)).forEach(fixed::add);
            String table = entity.table().name();
            String consequence = index.unique()
                    ? " so one tenant's value blocks every other tenant from using it"
                    : " so each tenant's queries read through every other tenant's entries";
            String fix = switch (index.kind()) {
                case INDEX -> "write columnList = \"" + String.join(", ", fixed) + "\"";
                case UNIQUE_CONSTRAINT -> "write columnNames = {" + RuleSupport.quoted(fixed) + "}";
                case UNIQUE_COLUMN -> "replace unique = true with @UniqueConstraint(name = \""
                        + names.unique(table, fixed)
                        + "\", columnNames = {" + RuleSupport.quoted(fixed) + "}) in @Table(uniqueConstraints)";
            };
            boolean contains = index.columns().stream().anyMatch(c -> Names.same(c, column));
            RuleSupport.reportForTable(context, entity, index.kind() == IndexModel.Kind.UNIQUE_COLUMN
                            ? index.source() : index.ref(RuleSupport.columnsMember(index)),
                    RuleSupport.describe(index) + " of table '" + table + "' does not lead with " + column + ","
                            + (index.unique() && !contains ? consequence : " so each tenant's queries read through "
                            + "every other tenant's entries"),
                    fix);
        }
    }

    /** The tenant column of the entity's table: the @TenantId attribute's, or the configured one. */
    private static Optional<String> tenantColumn(EntityModel entity, String configured, RuleContext context) {
        for (AttributeModel attribute : entity.attributes()) {
            if (attribute.hasAnnotation(TENANT_ID)) {
                String logical = attribute.column().name() != null ? attribute.column().name() : attribute.name();
                return Optional.of(Names.key(context.model().naming().physical(Names.unquote(logical))));
            }
        }
        if (context.model().tableOf(entity).flatMap(t -> t.column(configured)).isPresent()) {
            return Optional.of(Names.key(configured));
        }
        return Optional.empty();
    }
}
