package dev.entitylint.processor.compilers;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Test sources kept as resources: one directory of {@code .java} files per corpus. */
public final class Corpus {

    private Corpus() {
    }

    /** Every {@code .java} file under {@code /<resourceDir>}, in a stable order. */
    public static List<JavaFileObject> load(String resourceDir) {
        try {
            Path root = Path.of(Corpus.class.getResource("/" + resourceDir).toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".java"))
                        .sorted()
                        .map(f -> {
                            try {
                                return JavaFileObjects.forResource(f.toUri().toURL());
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        })
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
