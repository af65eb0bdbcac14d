package dev.entitylint.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * After the model is built nothing asks the compiler about the schema again: the rules, the
 * repository planner and the generator read the model's records, and touch javac's elements only
 * as source references (to place a finding, name an originating element, read a suppression).
 * Read from the sources: a call that reads annotation values or types from javac in those
 * packages fails here, with the place.
 */
class ModelBoundaryTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/entitylint/processor");

    /** The packages that run after the model is built. */
    private static final List<String> AFTER_THE_MODEL = List.of("rules", "plan", "generate", "finding");

    /** What reads annotation values, annotations or types from the compiler. */
    private static final List<String> COMPILER_READS = List.of(
            "getElementValues(", "getAnnotationMirrors(", "TypeMirror", "asType()",
            "getTypeElement(", "javax.lang.model.util.", "getEnclosedElements(");

    @Test
    void rulesPlannerAndGeneratorReadTheModelNotTheCompiler() throws IOException {
        List<String> reads = new ArrayList<>();
        for (String pkg : AFTER_THE_MODEL) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                            continue;
                        }
                        for (String read : COMPILER_READS) {
                            if (line.contains(read)) {
                                reads.add(SOURCES.relativize(file) + ":" + (i + 1) + " " + read);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), reads, "code after the model reads the compiler; make it a fact of the model "
                + "(model/ModelBuilder) instead:\n" + String.join("\n", reads));
    }

    @Test
    void theScanSeesThePackagesItGuards() {
        for (String pkg : AFTER_THE_MODEL) {
            assertTrue(Files.isDirectory(SOURCES.resolve(pkg)), "no package " + pkg + " under " + SOURCES);
        }
    }
}
