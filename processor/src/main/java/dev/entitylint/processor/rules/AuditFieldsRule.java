package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every entity records when its rows were created and last updated, as timestamps. */
public final class AuditFieldsRule implements Rule {

    @Override
    public String id() {
        return "audit-fields";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "an entity without both audit columns (created_at, updated_at) of a timestamp type";
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        if (!entity.isHierarchyRoot()) {
            return;
        }
        String created = context.options().createdColumn();
        String updated = context.options().updatedColumn();
        List<String> missing = new ArrayList<>();
        List<String> declarations = new ArrayList<>();
        for (String column : List.of(created, updated)) {
            Optional<ColumnModel> found = entity.column(column);
            if (found.isEmpty()) {
                missing.add(column);
                declarations.add(declaration(column, column.equals(created)));
            } else if (found.get().type() != null && !found.get().type().isError()
                    && !found.get().type().isTimestamp()) {
                ColumnModel wrong = found.get();
                context.report(wrong.attribute().ref(),
                        "audit column '" + wrong.name() + "' is " + wrong.type().simpleName()
                                + ", not a timestamp, so it cannot say when a row changed",
                        "declare '" + wrong.attribute().name() + "' as Instant (or OffsetDateTime, ZonedDateTime, "
                                + "LocalDateTime)");
            }
        }
        // An entity with unresolved types (being typed, or generated later) may have the columns in
        // the part javac cannot read yet: only a complete entity can be said to lack them.
        if (!missing.isEmpty() && entity.complete()) {
            context.report(entity.ref(),
                    "entity " + entity.simpleName() + " has no " + String.join(" and ", missing)
                            + (missing.size() == 1 ? " column" : " columns")
                            + ", so nobody can tell when its rows were created or changed",
                    "add " + String.join(" and ", declarations) + " (or inherit them from a @MappedSuperclass)");
        }
    }

    private static String declaration(String column, boolean created) {
        String field = camelCase(column);
        return "@Column(name = \"" + column + "\", nullable = false" + (created ? ", updatable = false" : "")
                + ") private Instant " + field + ";";
    }

    static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = name.length() > 0;
            } else {
                name.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
                upper = false;
            }
        }
        return name.toString();
    }
}
