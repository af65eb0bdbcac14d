package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ForeignKeyModel;
import dev.entitylint.processor.model.NameCase;
import dev.entitylint.processor.model.Names;
import java.util.Optional;

/**
 * A scalar {@code customerId} that refers to an entity of the model by its name is mapped as an
 * association, so the database has a foreign key behind it. Off by default (a plain id across an
 * aggregate boundary is a legitimate design); a warning under strict.
 */
@RuleInfo(
        id = "missing-foreign-key",
        severity = Severity.OFF,
        summary = "a scalar customerId / customer_id column named after an entity but not mapped as an association, "
                + "so no foreign key (off by default; a warning under strict)")
public final class MissingForeignKeyRule implements Rule {

    private static final String TENANT_ID = "org.hibernate.annotations.TenantId";

    /** The tenant column ({@code -Aentitylint.tenantColumn}), or {@code null}: a tenant key, not a reference. */
    private final String tenantColumn;

    /** Made for each compilation, with the options it reads. */
    MissingForeignKeyRule(String tenantColumn) {
        this.tenantColumn = tenantColumn;
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        for (ColumnModel column : entity.table().columns()) {
            AttributeModel attribute = column.attribute();
            if (attribute == null || attribute.kind() != AttributeKind.BASIC || attribute.id() || column.primaryKey()
                    || column.foreignKey() || attribute.facts().namedEntity() == null
                    || column.attributePath().contains(".") || attribute.type().isError()
                    || RuleSupport.inheritedFromEntity(attribute, entity, context)
                    || keyOfAssociation(entity, column.name()) || Names.same(column.name(), tenantColumn)
                    || attribute.hasAnnotation(TENANT_ID)) {
                continue;
            }
            Optional<EntityModel> target = context.model().entity(attribute.facts().namedEntity());
            if (target.isEmpty() || target.get().idAttributes().size() != 1
                    || !sameType(attribute.type().name(), target.get().idAttributes().get(0).type().name())) {
                continue;
            }
            String targetName = target.get().simpleName();
            String field = NameCase.camel(targetName.endsWith("Entity") && targetName.length() > 6
                    ? targetName.substring(0, targetName.length() - 6) : targetName);
            RuleSupport.reportForTable(context, entity, column.source(),
                    "'" + attribute.name() + "' holds the id of entity " + targetName + " but is not mapped as an "
                            + "association, so unless a migration creates one there is no foreign key from " + column.name()
                            + " to '" + target.get().table().name() + "' and rows can point at ids that no longer "
                            + "exist",
                    "map it as @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = \"" + column.name() + "\") "
                            + targetName + " " + field + "; if the plain id crosses an aggregate boundary on purpose, "
                            + "@Allow(value = \"missing-foreign-key\", reason = \"...\")");
        }
    }

    /** Whether an association of the table also maps the column (read-only id beside a @ManyToOne). */
    private static boolean keyOfAssociation(EntityModel entity, String column) {
        for (ForeignKeyModel foreignKey : entity.table().foreignKeys()) {
            if (foreignKey.columns().stream().anyMatch(c -> Names.same(c, column))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameType(String a, String b) {
        return boxed(a).equals(boxed(b));
    }

    private static String boxed(String type) {
        return switch (type) {
            case "long" -> "java.lang.Long";
            case "int" -> "java.lang.Integer";
            case "short" -> "java.lang.Short";
            default -> type;
        };
    }
}
