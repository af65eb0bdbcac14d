package dev.entitylint.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.compilers.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
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

    /** One call of the Filer: what was created and from which elements. */
    record FilerCall(String method, String name, List<Element> originatingElements) {
    }

    /** Hands the processor an environment whose Filer records every call. */
    static final class FilerRecordingProcessor implements Processor {
        private final Processor delegate;
        final List<FilerCall> calls = new ArrayList<>();

        FilerRecordingProcessor(Processor delegate) {
            this.delegate = delegate;
        }

        @Override
        public void init(ProcessingEnvironment env) {
            Filer filer = env.getFiler();
            Filer recording = (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
                    (proxy, method, args) -> {
                        if (method.getName().startsWith("create")) {
                            record(method.getName(), args);
                        }
                        return invoke(method, filer, args);
                    });
            InvocationHandler environment = (proxy, method, args) ->
                    method.getName().equals("getFiler") ? recording : invoke(method, env, args);
            delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(ProcessingEnvironment.class.getClassLoader(),
                    new Class<?>[] {ProcessingEnvironment.class}, environment));
        }

        private void record(String method, Object[] args) {
            List<Element> originating = new ArrayList<>();
            String name;
            if (method.equals("createResource")) {
                // createResource(location, moduleAndPkg, relativeName, Element... originatingElements)
                name = args[1] + "/" + args[2];
                originating.addAll(Arrays.asList((Element[]) args[3]));
            } else {
                // createSourceFile / createClassFile(name, Element... originatingElements)
                name = String.valueOf(args[0]);
                originating.addAll(Arrays.asList((Element[]) args[1]));
            }
            calls.add(new FilerCall(method, name, originating));
        }

        private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return delegate.process(annotations, round);
        }

        @Override
        public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
                ExecutableElement member, String userText) {
            return delegate.getCompletions(element, annotation, member, userText);
        }
    }

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
        FilerRecordingProcessor recorder = new FilerRecordingProcessor(new EntityLintProcessor());
        Compilation compilation = javac().withProcessors(recorder).compile(corpusWithRepositories());
        assertTrue(compilation.errors().stream().allMatch(d -> d.getMessage(Locale.ROOT).startsWith("[")),
                () -> "only entitylint's findings: " + compilation.errors());
        for (FilerCall call : recorder.calls) {
            assertEquals(1, call.originatingElements().size(),
                    () -> call.method() + " " + call.name() + " names " + call.originatingElements());
            Element origin = call.originatingElements().get(0);
            assertTrue(origin instanceof TypeElement,
                    () -> call.name() + " originates from " + origin + ", which Gradle cannot map to a source file");
        }
        long sources = recorder.calls.stream().filter(c -> c.method().equals("createSourceFile")).count();
        if (sources > 0) {
            // Once repositories are generated: one per entity asked for, no more.
            assertEquals(sources, recorder.calls.stream().map(FilerCall::name).distinct().count(),
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
