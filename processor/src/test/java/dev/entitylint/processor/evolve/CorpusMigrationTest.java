package dev.entitylint.processor.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import dev.entitylint.processor.testing.CompiledSources;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first migration of an empty directory, written from the processor's test corpus (every
 * entity, inheritance strategy, embeddable, join and collection table in it), applies with Flyway
 * to PostgreSQL, and Hibernate ORM 7 boots on the result with {@code hbm2ddl.auto=validate}.
 */
class CorpusMigrationTest {

    static {
        java.util.logging.Logger.getLogger("org.hibernate").setLevel(java.util.logging.Level.SEVERE);
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"snake_case", "jpa"})
    void theFirstMigrationOfTheCorpusAppliesAndHibernateValidatesIt(String naming, @TempDir Path dir) throws Exception {
        List<String> names = new ArrayList<>();
        CompiledSources compiled = CompiledSources.compile(List.of("-Aentitylint.naming=" + naming,
                "-Aentitylint.migrations=" + dir, "-Aentitylint.migrations.write=create_schema",
                "-Aentitylint.rules=all:off"), corpus(names));
        List<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("U1__create_schema.sql", "V1__create_schema.schema.json", "V1__create_schema.sql"), files);
        keep(naming, dir);
        MigrationDatabase database = new MigrationDatabase("corpus_" + naming);
        assertEquals(1, database.migrate(dir).migrationsExecuted);
        List<Class<?>> entities = new ArrayList<>();
        for (String name : names) {
            Class<?> type = compiled.load(name);
            if (type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                entities.add(type);
            }
        }
        assertTrue(entities.size() > 30, entities::toString);
        try (EntityManagerFactory factory = database.validate(compiled.loader(), entities, naming.equals("snake_case"))) {
            assertTrue(factory.isOpen());
        }
    }

    /** Keeps the generated files under target/migrations/ for reading (docs/schema-evolution.md quotes them). */
    private static void keep(String naming, Path dir) throws IOException {
        Path kept = Path.of("target", "migrations", "corpus-" + naming);
        Files.createDirectories(kept);
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.toList()) {
                Files.copy(file, kept.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static JavaFileObject[] corpus(List<String> names) {
        try {
            Path root = Path.of(CorpusMigrationTest.class.getClassLoader().getResource("corpus").toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(p -> p.toString().endsWith(".java")).sorted().map(p -> {
                    String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.java$", "");
                    names.add(name);
                    try {
                        return JavaFileObjects.forSourceString(name, Files.readString(p));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toArray(JavaFileObject[]::new);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
