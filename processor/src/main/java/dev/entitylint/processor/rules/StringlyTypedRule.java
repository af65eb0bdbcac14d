package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.NameCase;
import dev.entitylint.processor.model.Names;
import java.util.List;
import java.util.Set;

/** A timestamp, date or yes/no flag is stored in its own type, not in a {@code String}. */
@RuleInfo(
        id = "stringly-typed",
        severity = Severity.WARNING,
        summary = "a String attribute named like a timestamp, date or boolean flag (createdAt, birth_date, isActive)")
public final class StringlyTypedRule implements Rule {

    /** The audit columns ({@code -Aentitylint.auditFields.created}/{@code .updated}): audit-fields judges their type. */
    private final java.util.List<String> auditColumns;

    /** Made for each compilation, with the options it reads. */
    StringlyTypedRule(String createdColumn, String updatedColumn) {
        this.auditColumns = java.util.List.of(createdColumn, updatedColumn);
    }

    /** Last words that name a point in time or a date. */
    private static final Set<String> TIME_WORDS = Set.of("date", "time", "timestamp", "datetime");
    /** First words that make a name a yes/no question. */
    private static final Set<String> FLAG_PREFIXES = Set.of("is", "has", "can", "should");
    /** Whole names that are yes/no flags. */
    private static final Set<String> FLAG_NAMES = Set.of("enabled", "disabled", "active", "inactive", "deleted",
            "visible", "hidden", "locked", "verified", "archived", "published", "activated", "approved", "blocked");

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            if (attribute.kind() != AttributeKind.BASIC || attribute.id() || attribute.version()
                    || !attribute.type().isString()) {
                continue;
            }
            String written = attribute.column().name();
            String kind = kind(attribute.name());
            if (kind == null && written != null) {
                kind = kind(written);
            }
            if (kind == null) {
                continue;
            }
            String physical = context.model().naming().physical(written != null ? written : attribute.name());
            if (auditColumns.stream().anyMatch(c -> Names.same(c, physical))) {
                continue; // audit-fields reports an audit column of the wrong type
            }
            String name = attribute.name();
            switch (kind) {
                case "date" -> context.report(attribute.ref(),
                        "'" + name + "' holds a date in a String, so the database cannot compare, sort or "
                                + "validate it and every reader parses its own format",
                        "declare it java.time.LocalDate " + name + " (the column becomes DATE)");
                case "time" -> context.report(attribute.ref(),
                        "'" + name + "' holds a point in time in a String, so the database cannot compare, sort "
                                + "or validate it and every reader parses its own format",
                        "declare it java.time.Instant " + name + " (or OffsetDateTime; a time of day alone is "
                                + "LocalTime)");
                default -> context.report(attribute.ref(),
                        "'" + name + "' is a yes/no flag kept in a String, so any text is accepted and every "
                                + "reader compares its own spelling of true",
                        "declare it boolean " + name + " (a column of 'Y'/'N' maps to a Boolean with "
                                + "@Convert(converter = YesNoConverter.class))");
            }
        }
    }

    /** {@code "date"}, {@code "time"}, {@code "flag"} or {@code null} for a name. */
    static String kind(String name) {
        List<String> words = NameCase.words(name);
        if (words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        if (last.equals("date") || last.equals("dob")) {
            return "date";
        }
        if (TIME_WORDS.contains(last)) {
            return "time";
        }
        if (words.size() >= 2 && (last.equals("at") || last.equals("on"))
                && words.get(words.size() - 2).endsWith("ed")) {
            return "time"; // createdAt, modified_on
        }
        if (words.size() >= 2 && FLAG_PREFIXES.contains(words.get(0))) {
            return "flag";
        }
        if (words.size() == 1 && FLAG_NAMES.contains(last)) {
            return "flag";
        }
        return null;
    }
}
