package dev.entitylint.processor.compilers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.testing.Lint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eclipse users see entitylint through the Eclipse compiler (ecj), which has its own annotation
 * processing and its own idea of where an element is: the same corpus must give the same
 * findings, at the same lines, as under javac.
 */
class EclipseCompilerTest {

    static Ecj.Result ecj(List<JavaFileObject> sources, String... options) {
        return Ecj.compile(sources, List.of(options), new EntityLintProcessor());
    }

    @Test
    void findsWhatJavacFindsAtTheSameLines() {
        List<JavaFileObject> corpus = Corpus.load("findings-corpus");
        // javac first, against the // expect: comments, so the comparison is with a known-good answer.
        Compilation javac = Lint.allRules().check(corpus.toArray(JavaFileObject[]::new));
        List<String> expected = Findings.of(javac);
        assertFalse(expected.isEmpty());

        Ecj.Result ecj = ecj(corpus);
        assertEquals(expected, ecj.findings(), () -> "ecj reported:" + ecj.output());
    }

    /**
     * A team whose members build with javac and edit in Eclipse shares one baseline: the file
     * javac writes accepts every finding under ecj, and ecj rewrites it byte for byte.
     */
    @Test
    void sharesTheBaselineWithJavac(@TempDir Path dir) throws IOException {
        List<JavaFileObject> corpus = Corpus.load("findings-corpus");
        Path javacBaseline = dir.resolve("javac-baseline.txt");
        Compilation javac = Lint.allRules("-Aentitylint.baseline=" + javacBaseline, "-Aentitylint.baseline.write=true")
                .compile(corpus.toArray(JavaFileObject[]::new));
        assertEquals(Compilation.Status.SUCCESS, javac.status(), () -> javac.diagnostics().toString());
        assertTrue(Files.readAllLines(javacBaseline).size() > 10, () -> read(javacBaseline));

        Ecj.Result accepted = ecj(corpus, "-Aentitylint.baseline=" + javacBaseline);
        assertEquals(List.of(), accepted.findings(), accepted::output);
        assertTrue(accepted.output().contains("[baseline] " + javacBaseline + " accepted "), accepted::output);

        Path ecjBaseline = dir.resolve("ecj-baseline.txt");
        Ecj.Result written = ecj(corpus, "-Aentitylint.baseline=" + ecjBaseline, "-Aentitylint.baseline.write=true");
        assertEquals(List.of(), written.findings(), written::output);
        assertEquals(read(javacBaseline), read(ecjBaseline));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void findsNothingOnTheCleanModelEither() {
        Ecj.Result ecj = ecj(Corpus.load("clean-model"));
        assertEquals(List.of(), ecj.findings(), () -> ecj.output());
    }

    @Test
    void honoursOptionsUnderEcj() {
        List<JavaFileObject> corpus = Corpus.load("findings-corpus");
        String rules = "-Aentitylint.rules=all:off,fk-index:warning";
        List<String> javac = Findings.of(Lint.allRules(rules).compile(corpus.toArray(JavaFileObject[]::new)));
        Ecj.Result ecj = ecj(corpus, rules);
        assertEquals(javac, ecj.findings(), () -> ecj.output());
        assertEquals(2, javac.size(), javac::toString);
    }
}
