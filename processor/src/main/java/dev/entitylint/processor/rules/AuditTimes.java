package dev.entitylint.processor.rules;

import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.LifecycleCallback;
import dev.entitylint.processor.model.TypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of an entity's columns keep the time its rows were created and last changed, recognised by
 * what fills them (Spring Data's and Hibernate's annotations, a {@code @PrePersist}/{@code @PreUpdate}
 * callback) and, for times the application sets itself, by a name that says so. Shared by the
 * rules about audit timestamps; it reads the model only.
 */
final class AuditTimes {

    static final String CREATED_DATE = "org.springframework.data.annotation.CreatedDate";
    static final String LAST_MODIFIED_DATE = "org.springframework.data.annotation.LastModifiedDate";
    static final String CREATION_TIMESTAMP = "org.hibernate.annotations.CreationTimestamp";
    static final String UPDATE_TIMESTAMP = "org.hibernate.annotations.UpdateTimestamp";
    static final String CURRENT_TIMESTAMP = "org.hibernate.annotations.CurrentTimestamp";

    private static final String SUFFIX = "(at|on|date|time|timestamp|datetime|ts|dt|when|stamp)?";
    private static final Pattern CREATED_NAME = Pattern.compile(
            "(gmt)?(created|creation|create|inserted|insert|added)" + SUFFIX
                    + "|(date|time|datetime|timestamp)(created|creation|inserted|added)");
    private static final Pattern UPDATED_NAME = Pattern.compile(
            "(gmt)?(last)?(updated|update|modified|modification|modify|changed|change|edited)" + SUFFIX
                    + "|(date|time|datetime|timestamp)(last)?(updated|modified|changed)|lastupdated?");
    /** Types a time can be kept in: timestamps, dates, the legacy classes, epoch numbers. */
    private static final Set<String> TIME_TYPES = Set.of(
            "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.LocalDateTime",
            "java.time.LocalDate", "java.util.Date", "java.util.Calendar", "java.sql.Timestamp", "java.sql.Date");
    /** What a time named so may also be kept in: milliseconds since the epoch. */
    private static final Set<String> EPOCH_TYPES = Set.of("long", "java.lang.Long");

    /** A column of the entity's table and what it keeps. */
    record AuditColumn(ColumnModel column, boolean created, boolean updated, boolean filled) {
    }

    private AuditTimes() {
    }

    /**
     * The entity's columns that keep a creation or modification time, in table order.
     *
     * @param createdName the configured name of the creation column
     * @param updatedName the configured name of the modification column
     */
    static List<AuditColumn> of(EntityModel entity, String createdName, String updatedName) {
        List<AuditColumn> found = new ArrayList<>();
        for (ColumnModel column : entity.table().columns()) {
            AttributeModel attribute = column.attribute();
            if (attribute == null || column.foreignKey() || column.primaryKey() || attribute.version()) {
                continue;
            }
            boolean onInsert = fillsOnInsert(attribute);
            boolean onUpdate = fillsOnUpdate(attribute);
            boolean timeType = isTimeType(column.type());
            boolean namedType = timeType || isEpochType(column.type());
            boolean configuredCreated = column.name().equalsIgnoreCase(createdName);
            boolean configuredUpdated = column.name().equalsIgnoreCase(updatedName);
            if (!namedType && !onInsert && !onUpdate && !configuredCreated && !configuredUpdated) {
                continue; // most columns: neither a time nor filled as one, so nothing below can match
            }
            boolean assignedOnInsert = false;
            boolean assignedOnUpdate = false;
            if (timeType && !entity.callbacks().isEmpty()) {
                String top = column.attributePath() == null ? attribute.name()
                        : column.attributePath().split("\\.", 2)[0];
                for (LifecycleCallback callback : entity.callbacks()) {
                    // Only the entity's own callbacks are read: an inherited one may be a class file or
                    // source depending on how the build compiles, and the result must not depend on that.
                    boolean read = callback.bodyKnown() && !callback.listener()
                            && callback.declaringType().equals(entity.type().element());
                    boolean assigns = !read || callback.assigned().contains(top);
                    assignedOnInsert |= assigns && callback.prePersist();
                    assignedOnUpdate |= assigns && callback.preUpdate();
                }
            }
            // A callback that runs on insert may keep the first time (if (createdAt == null) ...), so
            // it counts for creation even when it runs on update too.
            boolean filled = onInsert || onUpdate || assignedOnInsert || assignedOnUpdate;
            onInsert |= assignedOnInsert;
            onUpdate |= assignedOnUpdate;
            String key = namedType ? normalized(column.name()) : "";
            boolean createdByName = configuredCreated || (namedType && CREATED_NAME.matcher(key).matches());
            boolean updatedByName = configuredUpdated || (namedType && UPDATED_NAME.matcher(key).matches());
            boolean created = onInsert || createdByName;
            boolean updated = onUpdate || updatedByName;
            if (created || updated) {
                found.add(new AuditColumn(column, created, updated, filled));
            }
        }
        return found;
    }

    /** Whether an annotation on the attribute fills it when its row is inserted, and only then. */
    static boolean fillsOnInsert(AttributeModel attribute) {
        if (attribute.hasAnnotation(CREATED_DATE) || attribute.hasAnnotation(CREATION_TIMESTAMP)) {
            return true;
        }
        return attribute.hasAnnotation(CURRENT_TIMESTAMP) && !currentTimestampOnUpdate(attribute)
                && currentTimestampOnInsert(attribute);
    }

    /** Whether an annotation on the attribute fills it whenever its row is updated. */
    static boolean fillsOnUpdate(AttributeModel attribute) {
        return attribute.hasAnnotation(LAST_MODIFIED_DATE) || attribute.hasAnnotation(UPDATE_TIMESTAMP)
                || (attribute.hasAnnotation(CURRENT_TIMESTAMP) && currentTimestampOnUpdate(attribute));
    }

    private static boolean currentTimestampOnInsert(AttributeModel attribute) {
        List<String> events = attribute.currentTimestampEvents();
        return events == null || events.contains("INSERT") || events.contains("ALWAYS")
                || events.contains("INSERT_OR_UPDATE");
    }

    private static boolean currentTimestampOnUpdate(AttributeModel attribute) {
        List<String> events = attribute.currentTimestampEvents();
        return events == null || events.contains("UPDATE") || events.contains("ALWAYS")
                || events.contains("INSERT_OR_UPDATE");
    }

    /** Whether a column of this name and type keeps a creation time by its name alone. */
    static boolean namedCreated(String columnName, TypeInfo type) {
        return namedType(type) && CREATED_NAME.matcher(normalized(columnName)).matches();
    }

    /** Whether a column of this name and type keeps a modification time by its name alone. */
    static boolean namedUpdated(String columnName, TypeInfo type) {
        return namedType(type) && UPDATED_NAME.matcher(normalized(columnName)).matches();
    }

    private static boolean namedType(TypeInfo type) {
        return isTimeType(type) || isEpochType(type);
    }

    /** A number that may hold epoch milliseconds or seconds ({@code long createdTime}). */
    static boolean isEpochType(TypeInfo type) {
        return type != null && !type.isError() && EPOCH_TYPES.contains(type.name());
    }

    static boolean isTimeType(TypeInfo type) {
        return type != null && !type.isError() && TIME_TYPES.contains(type.name());
    }

    private static String normalized(String columnName) {
        return columnName.toLowerCase(Locale.ROOT).replace("_", "").replace("\"", "").replace("`", "");
    }
}
