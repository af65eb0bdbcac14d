package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ManagedType;
import java.util.Set;

/** A point in time is stored with its offset: Instant or OffsetDateTime. */
@RuleInfo(
        id = "timestamp-tz",
        severity = Severity.WARNING,
        summary = "Date, Calendar, Timestamp or LocalDateTime for a point in time; use Instant or OffsetDateTime")
public final class TimestampTzRule implements Rule {

    private static final Set<String> LEGACY = Set.of(
            "java.util.Date", "java.util.Calendar", "java.util.GregorianCalendar", "java.sql.Timestamp");

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            if (attribute.kind() != AttributeKind.BASIC) {
                continue;
            }
            String typeName = attribute.type().name();
            if (typeName.equals("java.time.LocalDateTime")) {
                context.report(attribute.ref(),
                        "'" + attribute.name() + "' is a LocalDateTime, which has no offset, so the moment it "
                                + "names depends on the time zone of the JVM and database that wrote it",
                        fix(attribute) + "; keep LocalDateTime only for a wall-clock time that is the same in "
                                + "every zone, with @Allow(value = \"timestamp-tz\", reason = \"...\")");
            } else if (LEGACY.contains(typeName)) {
                context.report(attribute.ref(),
                        "'" + attribute.name() + "' is a " + typeName + ", a mutable legacy type whose stored "
                                + "value depends on the JVM time zone (Jakarta Persistence 3.2 deprecates it "
                                + "with @Temporal)",
                        fix(attribute) + " for a point in time; LocalDate for a calendar date, LocalTime for a "
                                + "time of day");
            }
        }
    }

    private static String fix(AttributeModel attribute) {
        return "declare '" + attribute.name() + "' as Instant (or OffsetDateTime)";
    }
}
