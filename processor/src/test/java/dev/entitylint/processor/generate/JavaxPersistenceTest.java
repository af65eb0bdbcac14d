package dev.entitylint.processor.generate;

import static com.google.testing.compile.Compiler.javac;
import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.Page;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.testing.CompiledSources;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Entities written against {@code javax.persistence} (Spring Boot 2, Hibernate 5), compiled against
 * the last API of that namespace alone (jakarta.persistence-api 2.2.3, which still holds
 * {@code javax.persistence}), with no Jakarta Persistence on the class path: every check runs on
 * them as on Jakarta entities, and {@code @GenerateRepository} is refused with one
 * {@code [repository]} error at the entity and no generated file, since generated repositories
 * and entitylint's RepositorySupport use {@code jakarta.persistence}.
 */
class JavaxPersistenceTest {

    private static final Path JPA_22 = Path.of("target/jpa-2.2/javax.persistence-api-2.2.jar");

    private static Compilation compile(List<String> options, JavaFileObject... sources) throws URISyntaxException {
        assertTrue(Files.isRegularFile(JPA_22), JPA_22.toAbsolutePath()
                + " is missing: the maven-dependency-plugin execution javax-persistence-2.2 copies it");
        File annotations = new File(Page.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return javac().withProcessors(new EntityLintProcessor())
                .withClasspath(List.of(JPA_22.toFile(), annotations))
                .withOptions(options)
                .compile(sources);
    }

    private static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
        return compilation.diagnostics().stream().filter(d -> d.getKind() == kind)
                .map(d -> d.getMessage(Locale.ROOT)).toList();
    }

    @Test
    void checksRunOnJavaxEntities() throws URISyntaxException {
        Compilation compilation = compile(List.of("-Aentitylint.rules=all:off,index-column:error,mapped-by:error,"
                + "string-length:warning,enum-string:warning"), source("com.legacy.Customer", """
                package com.legacy;

                import java.util.Set;
                import javax.persistence.*;

                @Entity
                @Table(name = "customer", indexes = @Index(name = "ix_customer_email", columnList = "emial"))
                public class Customer {
                    @Id @GeneratedValue private Long id;
                    private String email;
                    private Status status;
                    @OneToMany(mappedBy = "custmer") private Set<Order> orders;

                    public enum Status { ACTIVE, CLOSED }
                }
                """), source("com.legacy.Order", """
                package com.legacy;

                import javax.persistence.*;

                @Entity
                @Table(name = "orders")
                public class Order {
                    @Id @GeneratedValue private Long id;
                    @ManyToOne(fetch = FetchType.LAZY) private Customer customer;
                }
                """));
        String all = CompiledSources.describe(compilation);
        List<String> errors = messages(compilation, Diagnostic.Kind.ERROR);
        List<String> warnings = messages(compilation, Diagnostic.Kind.WARNING);
        assertEquals(2, errors.size(), all);
        assertTrue(errors.stream().anyMatch(m -> m.startsWith("[index-column]") && m.contains("'emial'")
                && m.contains("did you mean 'email'?")), all);
        assertTrue(errors.stream().anyMatch(m -> m.startsWith("[mapped-by]") && m.contains("'custmer'")), all);
        assertTrue(warnings.stream().anyMatch(m -> m.startsWith("[string-length]")), all);
        assertTrue(warnings.stream().anyMatch(m -> m.startsWith("[enum-string]")), all);
    }

    private static final JavaFileObject[] REPOSITORY_REQUESTS = {
                source("com.legacy.Member", """
                        package com.legacy;

                        import dev.entitylint.GenerateRepository;
                        import javax.persistence.*;

                        @Entity
                        @GenerateRepository
                        @Table(name = "member")
                        public class Member {
                            @Id @GeneratedValue private Long id;
                            @Column(nullable = false, length = 80) private String name;
                        }
                        """),
                source("com.legacy.Keyless", """
                        package com.legacy;

                        import dev.entitylint.GenerateRepository;
                        import javax.persistence.*;

                        @Entity
                        @GenerateRepository
                        public class Keyless {
                            @Column(length = 80) private String name;
                        }
                        """)};

    @Test
    void generateRepositoryOnAJavaxEntityIsOneRepositoryErrorAndNoFile() throws URISyntaxException {
        Compilation compilation = compile(List.of("-Aentitylint.rules=all:off,repository:error"), REPOSITORY_REQUESTS);
        String all = CompiledSources.describe(compilation);
        List<Diagnostic<? extends JavaFileObject>> errors = compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        assertEquals(2, errors.size(), "one error for each entity, nothing else:\n" + all);
        for (Diagnostic<? extends JavaFileObject> error : errors) {
            String message = error.getMessage(Locale.ROOT);
            assertTrue(message.startsWith("[repository] no repository for ")
                    && message.contains("is a javax.persistence entity")
                    && message.contains("jakarta.persistence"), all);
            assertTrue(error.getSource().getName().endsWith(message.contains("Member") ? "Member.java"
                    : "Keyless.java"), all);
        }
        // A failed compilation hides its generated files: the generator does not depend on the
        // rule's level, so with the rule at warning the compilation succeeds and shows them.
        Compilation warned = compile(List.of("-Aentitylint.rules=all:off,repository:warning"), REPOSITORY_REQUESTS);
        assertEquals(2, messages(warned, Diagnostic.Kind.WARNING).size(), CompiledSources.describe(warned));
        assertEquals(List.of(), warned.generatedSourceFiles().stream().map(JavaFileObject::getName).toList(),
                "no generated file");
    }
}
