package dev.entitylint.processor.compilers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.testing.Lint;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

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
