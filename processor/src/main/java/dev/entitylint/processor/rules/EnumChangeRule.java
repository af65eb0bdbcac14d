package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.evolve.SchemaChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stored enum changed in a way rows already stored do not survive: under {@code ORDINAL} a
 * constant removed, or one that rows hold at another position now; under {@code STRING} a constant
 * removed or renamed. Appending constants is safe and not reported.
 */
@RuleInfo(
        id = "enum-change",
        severity = Severity.ERROR,
        breaksAtRunTime = true,
        needsOption = Options.MIGRATIONS,
        summary = "a stored enum changed unsafely since the latest schema snapshot (ORDINAL constants moved or removed, STRING constants removed or renamed)")
public final class EnumChangeRule extends ChangeCheck {

    @Override
    Optional<UnsafeChanges.Concern> concern(SchemaChange change, ChangeSet set) {
        if (!(change instanceof SchemaChange.EnumChanged changed)) {
            return Optional.empty();
        }
        String enumName = simpleName(changed.column().javaType());
        String column = "'" + changed.table() + "." + changed.column().name() + "'";
        List<String> before = changed.previous().enumConstants();
        List<String> after = changed.column().enumConstants();
        String problem;
        String fix;
        if ("ORDINAL".equals(changed.storage())) {
            if (!changed.ordinalsShifted() && changed.removed().isEmpty()) {
                return Optional.empty();
            }
            List<String> moved = new ArrayList<>();
            for (String constant : before) {
                int now = after.indexOf(constant);
                if (now >= 0 && now != before.indexOf(constant)) {
                    moved.add(constant + " " + before.indexOf(constant) + " → " + now);
                }
            }
            List<String> parts = new ArrayList<>();
            if (!moved.isEmpty()) {
                parts.add("moved " + String.join(", ", moved));
            }
            if (!changed.removed().isEmpty()) {
                parts.add("removed " + String.join(", ", changed.removed()));
            }
            problem = "enum " + enumName + ", stored by position in " + column + ", " + String.join("; ", parts)
                    + ": rows already stored now mean another constant (or none)";
            fix = "restore the order " + before + " and add new constants only at the end, or move to"
                    + " @Enumerated(EnumType.STRING) first; if no stored row holds the affected positions, " + allow();
        } else if ("STRING".equals(changed.storage())) {
            if (changed.removed().isEmpty()) {
                return Optional.empty();
            }
            problem = "enum " + enumName + ", stored by name in " + column + ", no longer has "
                    + String.join(", ", changed.removed()) + ": rows holding " + (changed.removed().size() == 1
                            ? "it" : "them") + " no longer load";
            fix = "keep " + String.join(", ", changed.removed()) + " until a migration rewrites those rows"
                    + " (UPDATE ... SET " + changed.column().name() + " = '<new>' WHERE " + changed.column().name()
                    + " = '" + changed.removed().get(0) + "'), then " + allow();
        } else {
            return Optional.empty();
        }
        return Optional.of(concern(List.of(change), owner(change, set, changed.current().entity()), changed.source(),
                problem, fix));
    }
}
