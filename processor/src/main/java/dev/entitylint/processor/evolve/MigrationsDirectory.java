package dev.entitylint.processor.evolve;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a migrations directory ({@code -Aentitylint.migrations}) holds for schema evolution: the
 * committed snapshots ({@code V<n>__<description>.schema.json}, beside the migrations: Flyway reads
 * only {@code .sql} files there and ignores them) and the highest Flyway version of any migration,
 * generated or written by hand. Read once per compilation.
 *
 * @param directory the directory
 * @param exists whether it exists
 * @param latest the latest snapshot's file, or {@code null} when there is none
 * @param latestVersion the latest snapshot's version ({@code 7}), or {@code null}
 * @param highestVersion the highest major version of any versioned migration or snapshot, 0 when none
 */
public record MigrationsDirectory(Path directory, boolean exists, Path latest, BigInteger latestVersion,
        BigInteger highestVersion) {

    /** The suffix of snapshot files. */
    public static final String SNAPSHOT_SUFFIX = ".schema.json";
    private static final Pattern SNAPSHOT = Pattern.compile("V(\\d+)__.*" + Pattern.quote(SNAPSHOT_SUFFIX));
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)(?:[._]\\d+)*__.*");

    /** Lists the directory (not its subdirectories: generated files go to its top). */
    public static MigrationsDirectory read(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return new MigrationsDirectory(directory, false, null, null, BigInteger.ZERO);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        Path latest = null;
        BigInteger latestVersion = null;
        BigInteger highest = BigInteger.ZERO;
        for (Path file : files) {
            String name = file.getFileName().toString();
            Matcher versioned = VERSIONED.matcher(name);
            if (versioned.matches()) {
                BigInteger version = new BigInteger(versioned.group(1));
                highest = highest.max(version);
            }
            Matcher snapshot = SNAPSHOT.matcher(name);
            if (snapshot.matches() && file.getParent().equals(directory)) {
                BigInteger version = new BigInteger(snapshot.group(1));
                if (latestVersion == null || version.compareTo(latestVersion) > 0) {
                    latestVersion = version;
                    latest = file;
                }
            }
        }
        return new MigrationsDirectory(directory, true, latest, latestVersion, highest);
    }
}
