package dev.entitylint.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.compilers.Corpus;
import dev.entitylint.processor.testing.FilerRecorder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Without reports Gradle runs entitylint as an isolating processor: every generated file must name exactly one
 * originating element (the entity it was generated from), and the same sources must always give
 * the same generated files and the same diagnostics, byte for byte.
 *
 * <p>The corpus asks for repositories with {@code @GenerateRepository} on its package; while no
 * generator is wired in, no file is generated and the per-file checks hold trivially. They start
 * to bite as soon as generation lands.
 */
class IncrementalBuildTest {

    private static List<JavaFileObject> corpusWithRepositories() {
        List<JavaFileObject> sources = new ArrayList<>(Corpus.load("clean-model"));
        sources.add(source("com.shop.package-info", "@dev.entitylint.GenerateRepository\npackage com.shop;\n"));
        sources.addAll(Corpus.load("findings-corpus"));
        sources.add(source("com.corpus.package-info", "@dev.entitylint.GenerateRepository\npackage com.corpus;\n"));
        return sources;
    }

    @Test
    void declaresItselfToGradleAsDynamicAndIsolatingWithoutReports() throws IOException {
        try (InputStream in = EntityLintProcessor.class.getResourceAsStream(
                "/META-INF/gradle/incremental.annotation.processors")) {
            assertTrue(in != null, "META-INF/gradle/incremental.annotation.processors is missing");
            String declaration = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals(EntityLintProcessor.class.getName() + ",dynamic", declaration);
        }
        // Dynamic: the processor says which at run time; without reports it is isolating.
        assertTrue(new EntityLintProcessor().getSupportedOptions()
                .contains("org.gradle.annotation.processing.isolating"));
    }

    @Test
    void everyGeneratedFileHasExactlyOneOriginatingElement() {
        FilerRecorder recorder = new FilerRecorder(new EntityLintProcessor());
        Compilation compilation = javac().withProcessors(recorder).compile(corpusWithRepositories());
        assertTrue(compilation.errors().stream().allMatch(d -> d.getMessage(Locale.ROOT).startsWith("[")),
                () -> "only entitylint's findings: " + compilation.errors());
        for (FilerRecorder.Created call : recorder.created()) {
            assertEquals(1, call.originatingElements().size(),
                    () -> call.method() + " " + call.name() + " names " + call.originatingElements());
            Element origin = call.originatingElements().get(0);
            assertTrue(origin instanceof TypeElement,
                    () -> call.name() + " originates from " + origin + ", which Gradle cannot map to a source file");
        }
        long sources = recorder.created().stream().filter(c -> c.method().equals("createSourceFile")).count();
        if (sources > 0) {
            // Once repositories are generated: one per entity asked for, no more.
            assertEquals(sources, recorder.created().stream().map(FilerRecorder.Created::name).distinct().count(),
                    "a file created twice");
        }
    }

    @Test
    void twoCompilationsOfTheSameSourcesGiveIdenticalOutput() {
        // Findings as warnings: compile-testing hands out generated files of successful compilations only.
        String warnings = "-Aentitylint.rules=all:warning";
        Compilation first = javac().withProcessors(new EntityLintProcessor()).withOptions(warnings)
                .compile(corpusWithRepositories());
        Compilation second = javac().withProcessors(new EntityLintProcessor()).withOptions(warnings)
                .compile(corpusWithRepositories());
        assertTrue(first.warnings().stream().anyMatch(d -> d.getMessage(Locale.ROOT).startsWith("[fk-index]")),
                "the findings are part of what is compared");
        Map<String, byte[]> firstFiles = generated(first);
        Map<String, byte[]> secondFiles = generated(second);
        assertEquals(firstFiles.keySet(), secondFiles.keySet());
        for (String name : firstFiles.keySet()) {
            assertArrayEquals(firstFiles.get(name), secondFiles.get(name), name + " differs between two builds");
        }
        assertEquals(diagnostics(first), diagnostics(second), "diagnostics differ between two builds");
    }

    /** Generated sources and resources by name (class files are javac's business). */
    private static Map<String, byte[]> generated(Compilation compilation) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getName().endsWith(".class")) {
                continue;
            }
            try (InputStream in = file.openInputStream()) {
                files.put(file.getName(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static List<String> diagnostics(Compilation compilation) {
        return compilation.diagnostics().stream()
                .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
                        + d.getLineNumber() + ":" + d.getColumnNumber() + " " + d.getMessage(Locale.ROOT))
                .toList();
    }
}
