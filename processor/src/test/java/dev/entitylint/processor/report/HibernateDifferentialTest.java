package dev.entitylint.processor.report;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.entitylint.processor.EntityLintProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves the schema model against Hibernate ORM itself: the corpus under
 * {@code src/test/resources/corpus} is compiled with the processor and
 * {@code -Aentitylint.report=schema}, the compiled classes are booted by Hibernate with the
 * matching naming strategy, and both sides must describe exactly the same tables, columns
 * (name, nullability, length, precision, scale), primary keys, foreign keys and explicitly named
 * indexes and unique constraints.
 *
 * <p>Provider-specific choices (see docs/reports.md): lengths are compared for string columns
 * (Hibernate's explicit length, or its default of 255); precision and scale where either side
 * states them; names of foreign keys, indexes and unique constraints only where written, since
 * Hibernate invents hashed names for the rest.
 */
class HibernateDifferentialTest {

    /** Hibernate's and the validator's INFO lines say nothing about the comparison (kept: JUL holds loggers weakly). */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    static {
        HIBERNATE_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"snake_case", "jpa"})
    void entitylintDescribesTheSchemaHibernateCreates(String naming) throws Exception {
        Compilation compilation = compileCorpus(naming);
        CompiledClassLoader loader = new CompiledClassLoader(compilation, getClass().getClassLoader());
        SchemaLines hibernate = HibernateSchema.of(loader, loader.entityClassNames(), naming.equals("snake_case"));
        String json = report(compilation, "schema.json");
        keep(naming, "schema.json", json);
        keep(naming, "schema.md", report(compilation, "schema.md"));
        keep(naming, "findings.sarif", report(compilation, "findings.sarif"));
        SchemaLines entitylint = SchemaLines.ofReport(json);
        assertTrue(hibernate.lines().size() > 120, "the corpus should give Hibernate a sizeable schema:\n" + hibernate);
        String diff = SchemaLines.diff(hibernate, entitylint);
        if (!diff.isEmpty()) {
            fail("entitylint's schema.json (naming " + naming + ") differs from the schema Hibernate ORM builds:\n"
                    + diff);
        }
        assertEquals(hibernate.lines(), entitylint.lines());
        System.out.println("differential (" + naming + "): " + hibernate.lines().size() + " facts agree");
    }

    /** Keeps the reports under target/differential/ for reading (docs/reports.md quotes them). */
    private static void keep(String naming, String name, String content) throws IOException {
        Path dir = Path.of("target", "differential", naming);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), content);
    }

    static String report(Compilation compilation, String name) {
        Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "META-INF/entitylint/" + name);
        assertTrue(file.isPresent(), "no META-INF/entitylint/" + name + " in " + compilation.generatedFiles());
        try {
            return file.get().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Compilation compileCorpus(String naming) {
        List<JavaFileObject> sources = corpus();
        return javac().withProcessors(new EntityLintProcessor())
                .withOptions("-Aentitylint.naming=" + naming, "-Aentitylint.report=schema,docs,sarif",
                        "-Aentitylint.rules=all:off")
                .compile(sources);
    }

    static List<JavaFileObject> corpus() {
        try {
            URL root = HibernateDifferentialTest.class.getClassLoader().getResource("corpus");
            Path dir = Path.of(root.toURI());
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(p -> p.toString().endsWith(".java")).sorted().map(p -> {
                    try {
                        String name = dir.relativize(p).toString().replace('/', '.').replaceAll("\\.java$", "");
                        return JavaFileObjects.forSourceString(name, Files.readString(p));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the classes a compilation produced, so Hibernate can boot them. */
    static final class CompiledClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes = new HashMap<>();

        CompiledClassLoader(Compilation compilation, ClassLoader parent) throws IOException {
            super(parent);
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() == JavaFileObject.Kind.CLASS) {
                    String path = file.toUri().getPath();
                    String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length())
                            .replaceAll("\\.class$", "").replace('/', '.');
                    try (InputStream in = file.openInputStream()) {
                        classes.put(name, in.readAllBytes());
                    }
                }
            }
        }

        List<String> entityClassNames() throws ClassNotFoundException {
            List<String> entities = new ArrayList<>();
            for (String name : classes.keySet().stream().sorted().toList()) {
                if (loadClass(name).isAnnotationPresent(jakarta.persistence.Entity.class)) {
                    entities.add(name);
                }
            }
            return entities;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
