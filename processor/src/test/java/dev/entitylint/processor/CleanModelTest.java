package dev.entitylint.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.entitylint.processor.testing.Lint;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A realistic shop model that follows every convention: relations, a mapped superclass chain,
 * embeddables with overrides, single-table inheritance, an {@code @IdClass} join entity. Every
 * rule at its default severity must find nothing: false positives cost users more than misses.
 */
class CleanModelTest {

    static List<JavaFileObject> cleanModel() throws IOException, URISyntaxException {
        Path root = Path.of(CleanModelTest.class.getResource("/clean-model/com/shop").toURI());
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .sorted()
                    .map(f -> {
                        try {
                            return JavaFileObjects.forResource(f.toUri().toURL());
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
    }

    @Test
    void reportsNothingOnACleanModel() throws Exception {
        List<JavaFileObject> sources = cleanModel();
        Compilation compilation = Lint.allRules().check(sources.toArray(JavaFileObject[]::new));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void reportsNothingUnderJpaNamingEither() throws Exception {
        // Under Hibernate's own naming, implicit names keep their camel case; only the rules
        // that depend on names may speak, and they must speak about real problems only.
        Compilation compilation = Lint.allRules("-Aentitylint.naming=jpa", "-Aentitylint.rules=audit-fields:off,fk-index:off")
                .check(cleanModel().toArray(JavaFileObject[]::new));
        assertThat(compilation).succeededWithoutWarnings();
    }
}
