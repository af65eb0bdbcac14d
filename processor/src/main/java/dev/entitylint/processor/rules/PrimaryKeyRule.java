package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Provider;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ManagedType;
import java.util.List;
import java.util.Map;

/** Every entity has an identifier, of a type that can say "not saved yet". */
@RuleInfo(
        id = "primary-key",
        severity = Severity.ERROR,
        breaksAtRunTime = true,
        summary = "an entity without @Id or @EmbeddedId, own or inherited; a note for a primitive id")
public final class PrimaryKeyRule implements Rule {

    private static final Map<String, String> WRAPPERS = Map.of(
            "long", "Long", "int", "Integer", "short", "Short", "byte", "Byte", "char", "Character");

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        List<AttributeModel> ids = type.declaredAttributes().stream().filter(AttributeModel::id).toList();
        if (ids.size() != 1) {
            return;
        }
        AttributeModel id = ids.get(0);
        String wrapper = WRAPPERS.get(id.type().name());
        if (id.kind() == AttributeKind.BASIC && wrapper != null) {
            context.note(id.ref(),
                    "identifier '" + id.name() + "' is a primitive " + id.type().name() + ", so a new, unsaved "
                            + type.simpleName() + " has id 0, which " + context.environment().provider().displayName()
                            + " and Spring Data must guess means unsaved",
                    "declare it as " + wrapper + " (null until the row is saved)");
        }
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        if (!entity.isHierarchyRoot() || !entity.complete() || !entity.idAttributes().isEmpty()) {
            return;
        }
        context.report(entity.ref(),
                "entity " + entity.simpleName() + " has no @Id or @EmbeddedId, declared or inherited, so "
                        + (context.environment().provider() == Provider.HIBERNATE
                                ? "Hibernate refuses to start (\"Entity '" + entity.qualifiedName()
                                        + "' has no identifier\")"
                                : context.environment().provider().displayName() + " cannot map it: every JPA "
                                        + "entity must have a primary key"),
                "add @Id @GeneratedValue private Long id; (or an @EmbeddedId, or inherit the id from a "
                        + "@MappedSuperclass)");
    }
}
