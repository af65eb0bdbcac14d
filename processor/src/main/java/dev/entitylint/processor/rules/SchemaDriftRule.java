package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.evolve.SchemaChange;
import dev.entitylint.processor.evolve.SchemaEvolution;
import dev.entitylint.processor.finding.Finding;
import dev.entitylint.processor.model.SourceRef;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * The schema the entities map has changed since the latest committed snapshot and no migration
 * covers it yet. One finding per compilation, after the last round, over the whole schema
 * (entities not compiled now are read from their class files); it points at no source line.
 */
@RuleInfo(
        id = "schema-drift",
        severity = Severity.WARNING,
        summary = "the entities changed the schema since the latest snapshot and no migration covers it yet",
        needsOption = Options.MIGRATIONS)
public final class SchemaDriftRule implements Rule {

    /** The id, for the processor, which reports the finding once per compilation. */
    public static final String ID = "schema-drift";

    /** How many changes the finding lists by name. */
    static final int LISTED = 12;

    /**
     * The finding for a compilation, if its schema drifted: the changes since the latest snapshot;
     * or, with no snapshot yet, the entities' tables when the directory exists.
     */
    public static Optional<Finding> finding(SchemaEvolution evolution) {
        if (evolution.problem() != null || evolution.current() == null) {
            return Optional.empty();
        }
        String write = "-A" + Options.MIGRATIONS_WRITE + "=<description>";
        List<SchemaChange> changes = evolution.changes();
        if (evolution.previous() == null) {
            if (!evolution.directory().exists() || evolution.current().tables().isEmpty()) {
                return Optional.empty();
            }
            BigInteger highest = evolution.directory().highestVersion();
            if (highest.signum() == 0) {
                int tables = evolution.current().tables().size();
                return Optional.of(finding("no schema snapshot in " + evolution.directory().directory()
                        + " yet: the " + tables + (tables == 1 ? " table" : " tables")
                        + " the entities map have no migration", "write V1, which creates them, with " + write));
            }
            return Optional.of(finding("no schema snapshot in " + evolution.directory().directory()
                    + " yet, so changes to the schema cannot be followed", "if the migrations up to V" + highest
                    + " create the schema the entities map, record it with " + Options.MIGRATIONS_WRITE
                    + "=baseline (it writes the snapshot V" + highest + "__baseline.schema.json and no migration)"));
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder listed = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED, changes.size()); i++) {
            listed.append(i == 0 ? "" : "; ").append(changes.get(i).describe());
        }
        if (changes.size() > LISTED) {
            listed.append("; and ").append(changes.size() - LISTED).append(" more");
        }
        String version = "V" + evolution.directory().latestVersion();
        return Optional.of(finding(changes.size() + (changes.size() == 1 ? " change" : " changes") + " since "
                + version + (changes.size() == 1 ? " has" : " have") + " no migration (" + listed + ")",
                "write one with " + write + ", review it and commit it with its snapshot"));
    }

    private static Finding finding(String problem, String fix) {
        return new Finding(ID, SourceRef.of(null), problem, fix, List.of());
    }
}
