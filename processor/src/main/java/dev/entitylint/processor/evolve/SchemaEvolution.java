package dev.entitylint.processor.evolve;

import dev.entitylint.processor.config.ConstraintNames;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.EvolutionFacts;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.ModelBuilder;
import dev.entitylint.processor.model.NamingStrategy;
import dev.entitylint.processor.model.PhysicalSchema;
import dev.entitylint.processor.model.PhysicalSchemaBuilder;
import dev.entitylint.processor.model.References;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Schema evolution for one compilation ({@code -Aentitylint.migrations}): the migrations
 * directory and its latest snapshot, read once, and after each round the whole current schema
 * and its changes since that snapshot. The whole schema, not the round's: entities a round does
 * not compile (an incremental build recompiles only some) are read from their class files, by the
 * entity class names the snapshot records, so a table is never judged dropped while its entity
 * still exists.
 */
public final class SchemaEvolution {

    private final MigrationsDirectory directory;
    /** The latest snapshot, or {@code null} when there is none (or it is unreadable: see {@link #problem}). */
    private final Snapshot previous;
    private final String problem;
    private final ConstraintNames names;
    private final NamingStrategy naming;
    /** Entities compiled by earlier rounds of this compilation. */
    private final Map<String, EntityModel> compiled = new LinkedHashMap<>();
    private boolean unownedDelivered;
    private Snapshot current;
    private List<SchemaChange> changes = List.of();

    private SchemaEvolution(MigrationsDirectory directory, Snapshot previous, String problem, ConstraintNames names,
            NamingStrategy naming) {
        this.directory = directory;
        this.previous = previous;
        this.problem = problem;
        this.names = names;
        this.naming = naming;
    }

    /**
     * Reads the directory and its latest snapshot. An unreadable directory is an
     * {@link IOException}; a malformed snapshot is not: {@link #problem()} says what is wrong with
     * which file, and no change is reported against it.
     */
    public static SchemaEvolution open(Path directory, ConstraintNames names, NamingStrategy naming)
            throws IOException {
        MigrationsDirectory read = MigrationsDirectory.read(directory);
        if (read.latest() == null) {
            return new SchemaEvolution(read, null, null, names, naming);
        }
        try {
            return new SchemaEvolution(read, Snapshot.read(read.latest()), null, names, naming);
        } catch (Snapshot.Unreadable e) {
            return new SchemaEvolution(read, null, e.getMessage(), names, naming);
        }
    }

    public MigrationsDirectory directory() {
        return directory;
    }

    /** What is wrong with the latest snapshot, or {@code null}. */
    public String problem() {
        return problem;
    }

    /** The latest committed snapshot, or {@code null} when there is none or it is unreadable. */
    public Snapshot previous() {
        return previous;
    }

    /** The whole current schema as of the latest round that compiled entities, or {@code null} before. */
    public Snapshot current() {
        return current;
    }

    /** Every change since the latest snapshot (since an empty schema when there is none), as of the latest round. */
    public List<SchemaChange> changes() {
        return changes;
    }

    /**
     * The files {@code -Aentitylint.migrations.write} writes for the changes since the latest
     * snapshot, by name, in order: the migrations and their undo scripts numbered after the highest
     * version in the directory, then the next snapshot. With no snapshot yet: V1 creating the whole
     * schema; or, when the directory already holds migrations (written by hand), only the snapshot,
     * numbered as the highest of them, as the baseline later changes are compared with. Empty when
     * nothing changed or no entity was compiled.
     */
    public Map<String, String> migration(String description) {
        if (current == null || problem != null) {
            return Map.of();
        }
        if (previous == null && directory.highestVersion().signum() > 0) {
            return Map.of("V" + directory.highestVersion() + "__" + description + MigrationsDirectory.SNAPSHOT_SUFFIX,
                    current.render());
        }
        return MigrationWriter.write(previous, current, changes, directory.highestVersion().add(java.math.BigInteger.ONE),
                description);
    }

    /**
     * Writes {@link #migration} into the directory (made if missing); refuses to replace a file.
     *
     * @return the files written, in order
     */
    public List<Path> writeMigration(String description) throws IOException {
        Map<String, String> files = migration(description);
        for (String name : files.keySet()) {
            if (java.nio.file.Files.exists(directory.directory().resolve(name))) {
                throw new IOException(directory.directory().resolve(name) + " exists already");
            }
        }
        List<Path> written = new ArrayList<>();
        if (!files.isEmpty()) {
            java.nio.file.Files.createDirectories(directory.directory());
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = directory.directory().resolve(file.getKey());
            java.nio.file.Files.writeString(path, file.getValue(), java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE_NEW);
            written.add(path);
        }
        return written;
    }

    /**
     * Works out the whole current schema after a round and returns the changes that belong to
     * the round: those of the entities it compiles, and once per compilation those of no current
     * entity (a table whose entity is gone). Empty when there is no readable snapshot.
     *
     * @param builder the round's model builder, which reads the other entities from class files
     * @param entities the round's entities
     * @param types the round's managed types
     */
    public List<SchemaChange> round(ModelBuilder builder, List<EntityModel> entities, List<ManagedType> types) {
        entities.forEach(e -> compiled.put(e.qualifiedName(), e));
        List<EntityModel> whole = new ArrayList<>(compiled.values());
        if (previous != null) {
            for (String name : previous.entityClasses()) {
                if (!compiled.containsKey(name)) {
                    builder.entity(name).ifPresent(whole::add);
                }
            }
        }
        References references = builder.references(whole, types);
        List<EntityModel> all = new ArrayList<>(references.entities().values());
        PhysicalSchema schema = PhysicalSchemaBuilder.build(all, references, naming);
        EvolutionFacts facts = builder.evolution(all, references);
        current = CurrentSchema.of(schema, all, references, facts, names);
        changes = SchemaDiff.between(previous == null ? Snapshot.empty(naming.optionValue()) : previous, current);
        if (previous == null) {
            return List.of();
        }
        Set<String> round = new HashSet<>();
        entities.forEach(e -> round.add(e.qualifiedName()));
        types.forEach(t -> round.add(t.qualifiedName()));
        Set<String> known = new HashSet<>(references.entities().keySet());
        List<SchemaChange> ofRound = new ArrayList<>();
        for (SchemaChange change : changes) {
            if (change.entity() != null && round.contains(change.entity())) {
                ofRound.add(change);
            } else if ((change.entity() == null || !known.contains(change.entity())) && !unownedDelivered) {
                ofRound.add(change);
            }
        }
        unownedDelivered = true;
        return List.copyOf(ofRound);
    }
}
