package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Environment;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.LifecycleCallback;
import dev.entitylint.processor.model.NameCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every entity records when its rows were created and last changed. A time counts by what fills it
 * (Spring Data's {@code @CreatedDate}/{@code @LastModifiedDate}, Hibernate's
 * {@code @CreationTimestamp}/{@code @UpdateTimestamp}/{@code @CurrentTimestamp}, a
 * {@code @PrePersist}/{@code @PreUpdate} callback) or by a name that says so, under any column name:
 * which name it has is {@code audit-column-name}'s concern.
 */
@RuleInfo(
        id = "audit-fields",
        severity = Severity.ERROR,
        summary = "an entity that keeps no time of creation or of last change (created_at, updated_at or any "
                + "attribute filled on insert and update)")
public final class AuditFieldsRule implements Rule {

    /** The creation-time column ({@code -Aentitylint.auditFields.created}). */
    private final String createdColumn;
    /** The last-change column ({@code -Aentitylint.auditFields.updated}). */
    private final String updatedColumn;

    /** Made for each compilation, with the options it reads. */
    AuditFieldsRule(String createdColumn, String updatedColumn) {
        this.createdColumn = createdColumn;
        this.updatedColumn = updatedColumn;
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        if (!entity.isHierarchyRoot()) {
            return;
        }
        String created = createdColumn;
        String updated = updatedColumn;
        for (String column : List.of(created, updated)) {
            Optional<ColumnModel> found = entity.column(column);
            // Any type that holds a point in time will do here (Date with @Temporal, an epoch long);
            // which of them carry a time zone is timestamp-tz's concern.
            if (found.isPresent() && found.get().type() != null && !found.get().type().isError()
                    && !AuditTimes.isTimeType(found.get().type()) && !AuditTimes.isEpochType(found.get().type())) {
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
        if (!entity.complete()) {
            return;
        }
        List<AuditTimes.AuditColumn> times = AuditTimes.of(entity, created, updated);
        boolean needCreated = times.stream().noneMatch(AuditTimes.AuditColumn::created);
        boolean needUpdated = times.stream().noneMatch(AuditTimes.AuditColumn::updated);
        if (!needCreated && !needUpdated) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (needCreated) {
            missing.add(created);
        }
        if (needUpdated) {
            missing.add(updated);
        }
        String problem = "entity " + entity.simpleName() + " has no " + String.join(" and ", missing)
                + (missing.size() == 1 ? " column, nor another time filled on " : " columns, nor other times filled on ")
                + (needCreated && needUpdated ? "insert and update" : needCreated ? "insert" : "update")
                + ", so nobody can tell when its rows were "
                + (needCreated && needUpdated ? "created or changed" : needCreated ? "created" : "last changed");
        context.report(entity.ref(), problem, fix(entity, context.environment(), needCreated, needUpdated,
                created, updated));
    }

    /**
     * The attributes to add with what fills them, as one snippet to paste into the class, then its
     * imports: Hibernate's annotations when Hibernate is on the class path, else Spring Data's
     * (which need its auditing listener switched on), else callbacks, which every provider runs.
     */
    static String fix(EntityModel entity, Environment environment, boolean needCreated, boolean needUpdated,
            String created, String updated) {
        String createdField = NameCase.camel(created);
        String updatedField = NameCase.camel(updated);
        String jpa = entity.type().legacyJpa() ? "javax.persistence." : "jakarta.persistence.";
        List<String> code = new ArrayList<>();
        List<String> imports = new ArrayList<>();
        imports.add(jpa + "Column");
        imports.add("java.time.Instant");
        String tail = ", or inherit them from a @MappedSuperclass";
        if (environment.hibernateAnnotations() || !environment.springData()) {
            String createdFiller = "";
            String updatedFiller = "";
            if (environment.hibernateAnnotations()) {
                createdFiller = "@CreationTimestamp ";
                updatedFiller = "@UpdateTimestamp ";
                if (needCreated) {
                    imports.add("org.hibernate.annotations.CreationTimestamp");
                }
                if (needUpdated) {
                    imports.add("org.hibernate.annotations.UpdateTimestamp");
                }
            }
            if (needCreated) {
                code.add(createdFiller + column(created, true) + " private Instant " + createdField + ";");
            }
            if (needUpdated) {
                code.add(updatedFiller + column(updated, false) + " private Instant " + updatedField + ";");
            }
            if (!environment.hibernateAnnotations()) {
                tail = callbacks(entity, needCreated, needUpdated, createdField, updatedField, jpa, code, imports)
                        + tail;
            }
        } else {
            if (needCreated) {
                code.add("@CreatedDate " + column(created, true) + " private Instant " + createdField + ";");
                imports.add("org.springframework.data.annotation.CreatedDate");
            }
            if (needUpdated) {
                code.add("@LastModifiedDate " + column(updated, false) + " private Instant " + updatedField + ";");
                imports.add("org.springframework.data.annotation.LastModifiedDate");
            }
            tail = "; Spring Data fills them only with @EntityListeners(AuditingEntityListener.class) on the class "
                    + "and @EnableJpaAuditing on a @Configuration class" + tail;
        }
        return "add " + String.join(" ", code) + " (imports: " + String.join(", ", imports) + ")" + tail;
    }

    /**
     * Adds the callbacks that fill the new attributes to {@code code}; where the class already has a
     * callback for an event (JPA allows one per class), returns what to assign in it instead.
     */
    private static String callbacks(EntityModel entity, boolean needCreated, boolean needUpdated,
            String createdField, String updatedField, String jpa, List<String> code, List<String> imports) {
        String onInsert = needCreated && needUpdated
                ? createdField + " = Instant.now(); " + updatedField + " = " + createdField + ";"
                : needCreated ? createdField + " = Instant.now();" : updatedField + " = Instant.now();";
        String onUpdate = needUpdated ? updatedField + " = Instant.now();" : null;
        LifecycleCallback ownPersist = own(entity, true);
        LifecycleCallback ownUpdate = own(entity, false);
        List<String> instead = new ArrayList<>();
        if (ownPersist == null && ownUpdate == null && !needCreated) {
            code.add("@PrePersist @PreUpdate void " + updatedField + "OnWrite() { " + onUpdate + " }");
            imports.add(jpa + "PrePersist");
            imports.add(jpa + "PreUpdate");
            return "";
        }
        if (ownPersist == null) {
            code.add("@PrePersist void " + (needCreated ? createdField : updatedField) + "OnInsert() { " + onInsert
                    + " }");
            imports.add(jpa + "PrePersist");
        } else {
            instead.add("assign " + onInsert + " in its @PrePersist method " + ownPersist.method() + "()");
        }
        if (onUpdate != null) {
            if (ownUpdate == null) {
                code.add("@PreUpdate void " + updatedField + "OnUpdate() { " + onUpdate + " }");
                imports.add(jpa + "PreUpdate");
            } else {
                instead.add("assign " + onUpdate + " in its @PreUpdate method " + ownUpdate.method() + "()");
            }
        }
        return instead.isEmpty() ? "" : ", and " + String.join(" and ", instead);
    }

    private static LifecycleCallback own(EntityModel entity, boolean prePersist) {
        return entity.callbacks().stream()
                .filter(c -> !c.listener() && c.declaringType().equals(entity.type().element()))
                .filter(c -> prePersist ? c.prePersist() : c.preUpdate())
                .findFirst().orElse(null);
    }

    private static String column(String column, boolean created) {
        return "@Column(name = \"" + column + "\", nullable = false" + (created ? ", updatable = false" : "") + ")";
    }
}
