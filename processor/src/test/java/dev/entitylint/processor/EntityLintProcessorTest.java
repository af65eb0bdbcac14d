package dev.entitylint.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.rules.Rule;
import dev.entitylint.processor.rules.RuleContext;
import dev.entitylint.processor.rules.RuleInfo;
import dev.entitylint.processor.rules.RuleRegistry;
import dev.entitylint.processor.rules.StringLengthRule;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class EntityLintProcessorTest {

    private static final JavaFileObject TWO_ENTITIES = source("com.acme.Shelf", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            public class Shelf {
                @Id Long id;
                String label;
            }

            @Entity
            class Box {
                @Id Long id;
                String label;
            }
            """);

    /** A rule with a bug: it throws on one entity. */
    @RuleInfo(id = "exploding", severity = Severity.ERROR, summary = "fails on Shelf")
    static final class ExplodingRule implements Rule {
        @Override
        public void checkEntity(EntityModel entity, RuleContext context) {
            if (entity.simpleName().equals("Shelf")) {
                throw new IllegalStateException("boom");
            }
        }
    }

    @Test
    void aFailingRuleBecomesOneDiagnosticAndTheOthersStillRun() {
        Processor processor = new EntityLintProcessor(new RuleRegistry(List.of(
                RuleRegistry.rule(new ExplodingRule()), RuleRegistry.rule(new StringLengthRule()))));
        Compilation compilation = javac().withProcessors(processor).compile(TWO_ENTITIES);
        List<Diagnostic<? extends JavaFileObject>> internal = compilation.diagnostics().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith("[internal]"))
                .toList();
        assertEquals(1, internal.size(), () -> compilation.diagnostics().toString());
        String message = internal.get(0).getMessage(Locale.ROOT);
        assertTrue(message.contains("rule 'exploding' failed on com.acme.Shelf"), message);
        assertTrue(message.contains("IllegalStateException: boom"), message);
        assertEquals(Diagnostic.Kind.WARNING, internal.get(0).getKind());
        assertEquals(6, internal.get(0).getLineNumber());
        assertEquals(2, compilation.errors().size(), "string-length still ran on both entities");
    }

    @Test
    void optionsAreDeclaredAndNothingIsClaimed() {
        EntityLintProcessor processor = new EntityLintProcessor();
        assertTrue(processor.getSupportedOptions().contains("entitylint.rules"));
        assertTrue(processor.getSupportedOptions().contains("entitylint.naming"));
        assertEquals(SourceVersion.latestSupported(), processor.getSupportedSourceVersion());
        assertTrue(processor.getSupportedAnnotationTypes().contains("jakarta.persistence.Entity"));
        assertTrue(processor.getSupportedAnnotationTypes().contains("jakarta.persistence.MappedSuperclass"));
        assertTrue(processor.getSupportedAnnotationTypes().contains("jakarta.persistence.Embeddable"));
    }

    @Test
    void otherProcessorsStillSeeTheAnnotations() {
        RecordingProcessor recorder = new RecordingProcessor();
        Compilation compilation = javac().withProcessors(new EntityLintProcessor(), recorder)
                .withOptions("-Aentitylint.rules=all:off")
                .compile(TWO_ENTITIES);
        assertThat(compilation).succeeded();
        assertEquals(List.of("com.acme.Box", "com.acme.Shelf"), recorder.seen());
    }

    @Test
    void everyFindingOfTheCompilationIsReportedInOnePass() {
        Compilation compilation = javac().withProcessors(new EntityLintProcessor())
                .withOptions("-Aentitylint.rules=all:off,string-length:error,money-type:warning")
                .compile(source("com.acme.A", """
                        package com.acme;

                        import jakarta.persistence.*;

                        @Entity
                        public class A {
                            @Id Long id;
                            String a;
                            String b;
                            double price;
                        }
                        """));
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadErrorContaining("[string-length] String column 'a'").inFile(compilation.sourceFiles().get(0)).onLine(8);
        assertThat(compilation).hadErrorContaining("[string-length] String column 'b'").inFile(compilation.sourceFiles().get(0)).onLine(9);
        assertThat(compilation).hadWarningContaining("[money-type] money attribute 'price' is double").inFile(compilation.sourceFiles().get(0)).onLine(10);
    }
}
