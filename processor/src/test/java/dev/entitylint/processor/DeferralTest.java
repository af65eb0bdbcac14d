package dev.entitylint.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.compilers.Findings;
import dev.entitylint.processor.hostile.Hostile;
import dev.entitylint.processor.testing.Expectations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An entity that uses types another processor generates in a later round is deferred until they
 * exist (as AutoValue does), then checked with them: no finding blames the types that were not
 * there yet, and the real findings are still reported.
 */
class DeferralTest {

    /** Writes a trigger class in round 1 and, only in round 2, the types the entity uses. */
    static final class LateGenerator extends AbstractProcessor {
        private int round;
        final List<Integer> generatedInRounds = new ArrayList<>();

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
            round++;
            if (round == 1) {
                write("com.gen.Trigger", "package com.gen;\npublic class Trigger { }\n");
            } else if (round == 2) {
                write("com.gen.Deletion", """
                        package com.gen;

                        import jakarta.persistence.*;
                        import java.time.Instant;

                        @Embeddable
                        public class Deletion {
                            @Column(name = "deleted_at") Instant deletedAt;
                        }
                        """);
                write("com.gen.Supplier", """
                        package com.gen;

                        import jakarta.persistence.*;
                        import java.time.Instant;

                        @Entity
                        public class Supplier {
                            @Id @Column(length = 20) String code;
                            @Column(name = "created_at") Instant createdAt;
                            @Column(name = "updated_at") Instant updatedAt;
                            @Embedded Deletion deletion;
                        }
                        """);
            }
            return false;
        }

        private void write(String name, String code) {
            try {
                JavaFileObject file = processingEnv.getFiler().createSourceFile(name);
                try (Writer writer = file.openWriter()) {
                    writer.write(code);
                }
                generatedInRounds.add(round);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final JavaFileObject ORDER = source("com.shop.PurchaseOrder", """
            package com.shop;

            import com.gen.Deletion;
            import com.gen.Supplier;
            import jakarta.persistence.*;
            import java.time.Instant;

            @Entity
            public class PurchaseOrder {
                @Id Long id;
                @Column(name = "created_at") Instant createdAt;
                @Column(name = "updated_at") Instant updatedAt;
                // The soft-delete column comes with an embeddable generated in round 2.
                @Embedded Deletion deletion;

                // The key type comes from an entity generated in round 2: code is a String.
                @ManyToOne
                // expect: fk-index
                Supplier supplier;

                // expect: string-length
                String note;
            }
            """);

    @Test
    void waitsForGeneratedTypesThenReportsWhatIsReallyWrong() {
        LateGenerator generator = new LateGenerator();
        Compilation compilation = javac().withProcessors(new EntityLintProcessor(), generator).compile(ORDER);
        assertEquals(List.of(1, 2, 2), generator.generatedInRounds);
        List<String> findings = Hostile.healthy("javac", compilation.diagnostics());
        assertEquals(Expectations.errorsAndWarnings(List.of(ORDER), List.of()), findings, () -> Findings.describe(compilation.diagnostics()));
        assertTrue(compilation.diagnostics().stream()
                .anyMatch(d -> d.getMessage(null).contains("'supplier_code'")),
                () -> "the foreign key is named after the generated entity's key: "
                        + Findings.describe(compilation.diagnostics()));
    }

    @Test
    void withoutTheGeneratorTheMissingTypesAreJavacsToReport() {
        // Nobody generates them: javac reports the missing types; entitylint blames nothing on them.
        Compilation compilation = javac().withProcessors(new EntityLintProcessor()).compile(ORDER);
        List<String> findings = Hostile.healthy("javac", compilation.diagnostics());
        assertEquals(List.of("PurchaseOrder.java:22 error string-length"), findings,
                () -> Findings.describe(compilation.diagnostics()));
    }
}
