package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.evolve.SchemaChange;
import dev.entitylint.processor.model.SourceRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column whose SQL type changed since the latest schema snapshot in a way stored rows may not
 * survive: shorter, fewer digits before or after the point, or another type family. Widening
 * (longer, more digits on both sides, {@code integer} to {@code bigint}, {@code varchar} to
 * {@code text}) is safe and not reported.
 */
@RuleInfo(
        id = "column-type-change",
        severity = Severity.ERROR,
        breaksAtRunTime = true,
        needsOption = Options.MIGRATIONS,
        summary = "a column type narrowed or changed since the latest schema snapshot (shorter, fewer digits, another type family)")
public final class ColumnTypeChangeRule extends ChangeCheck {

    private static final Pattern NUMBERS = Pattern.compile("\\((\\d+)(?:\\s*,\\s*(\\d+))?\\)");

    /** Types that hold every value of the types ranked below them. */
    private static final Map<String, Integer> INTEGERS = Map.of("smallint", 1, "int2", 1, "integer", 2, "int", 2,
            "int4", 2, "bigint", 3, "int8", 3);

    @Override
    Optional<UnsafeChanges.Concern> concern(SchemaChange change, ChangeSet set) {
        if (!(change instanceof SchemaChange.ColumnTypeChanged changed)) {
            return Optional.empty();
        }
        String before = changed.previous().sqlType();
        String after = changed.column().sqlType();
        if (before == null || after == null || widens(before, after)) {
            return Optional.empty();
        }
        String column = "column '" + changed.column().name() + "' of table '" + changed.table() + "'";
        String familyBefore = ChangeSet.family(before);
        String familyAfter = ChangeSet.family(after);
        SourceRef source = changed.source();
        String problem;
        if (familyBefore.equals(familyAfter) && isCharacter(familyAfter)) {
            problem = column + " gets shorter, " + before + " → " + after
                    + ": the migration fails on (or cuts) every longer value stored";
            source = member(source, "length");
        } else if (familyBefore.equals(familyAfter) && familyAfter.equals("numeric")) {
            Integer[] b = numbers(before);
            Integer[] a = numbers(after);
            if (a[1] != null && b[1] != null && a[1] < b[1]) {
                problem = column + " keeps fewer digits after the point, " + before + " → " + after
                        + ": every stored value is rounded";
                source = member(source, "scale");
            } else {
                problem = column + " keeps fewer digits before the point, " + before + " → " + after
                        + ": the migration fails on every larger value stored";
                source = member(source, "precision");
            }
        } else if ("STRING".equals(changed.column().enumStorage()) && "ORDINAL".equals(changed.previous().enumStorage())
                || "ORDINAL".equals(changed.column().enumStorage()) && "STRING".equals(changed.previous().enumStorage())) {
            problem = column + " changes its enum storage from " + changed.previous().enumStorage() + " (" + before
                    + ") to " + changed.column().enumStorage() + " (" + after + "): stored values do not convert"
                    + " by themselves";
        } else {
            problem = column + " changes type, " + before + " → " + after
                    + ": every stored value must convert, and the deployed version keeps writing the old type";
        }
        String fix = "add a column of the new type, backfill it, switch reads, then drop the old one (see the"
                + " expand/contract sequence); when every stored value is known to convert, " + allow();
        return Optional.of(concern(List.of(change), owner(change, set, changed.current().entity()), source, problem, fix));
    }

    private static SourceRef member(SourceRef source, String member) {
        return source == null ? null : source.member(member);
    }

    private static boolean isCharacter(String family) {
        return family.equals("varchar") || family.equals("character varying") || family.equals("char")
                || family.equals("character");
    }

    /** Whether every value {@code before} holds fits {@code after} unchanged. */
    static boolean widens(String before, String after) {
        String b = ChangeSet.family(before);
        String a = ChangeSet.family(after);
        Integer[] bn = numbers(before);
        Integer[] an = numbers(after);
        if (INTEGERS.containsKey(b) && INTEGERS.containsKey(a)) {
            return INTEGERS.get(a) >= INTEGERS.get(b);
        }
        if (isCharacter(b) && (a.equals("text") || a.equals("varchar") || a.equals("character varying"))) {
            return an[0] == null || bn[0] != null && an[0] >= bn[0];
        }
        if (b.equals("float") && a.equals("float") || b.equals("real") && a.equals("double precision")) {
            return bn[0] == null || an[0] != null && an[0] >= bn[0] || a.equals("double precision");
        }
        if (b.equals("float") && a.equals("double precision")) {
            return true;
        }
        if (b.equals("numeric") && a.equals("numeric")) {
            if (an[0] == null) {
                return true;
            }
            if (bn[0] == null) {
                return false;
            }
            int bScale = bn[1] == null ? 0 : bn[1];
            int aScale = an[1] == null ? 0 : an[1];
            return aScale >= bScale && an[0] - aScale >= bn[0] - bScale;
        }
        return false;
    }

    private static Integer[] numbers(String sqlType) {
        Matcher matcher = NUMBERS.matcher(sqlType.toLowerCase(Locale.ROOT));
        if (!matcher.find()) {
            return new Integer[] {null, null};
        }
        return new Integer[] {Integer.valueOf(matcher.group(1)),
            matcher.group(2) == null ? 0 : Integer.valueOf(matcher.group(2))};
    }
}
