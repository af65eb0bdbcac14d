package dev.entitylint.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.Page;
import dev.entitylint.processor.EntityLintProcessor;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated repositories use only what Jakarta Persistence 3.1 already had, so they compile for
 * users still on Hibernate 6.x / Spring Boot 3.x. The entities and their repositories are compiled
 * against the 3.1 API jar alone (plus entitylint-annotations), with every lint on and warnings as
 * errors.
 */
class GeneratedCodeOnJpa31Test {

    private static final Path JPA_31 = Path.of("target/jpa-3.1/jakarta.persistence-api-3.1.jar");

    @Test
    void repositoriesCompileAgainstJakartaPersistence31WithoutWarnings() throws URISyntaxException {
        assertTrue(Files.isRegularFile(JPA_31), JPA_31.toAbsolutePath()
                + " is missing: the maven-dependency-plugin execution jakarta-persistence-3.1 copies it");
        File annotations = new File(Page.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<JavaFileObject> sources = List.of(
                source("com.legacy.package-info", "@dev.entitylint.GenerateRepository\npackage com.legacy;\n"),
                source("com.legacy.Member", """
                        package com.legacy;

                        import jakarta.persistence.*;
                        import java.time.Instant;
                        import java.util.UUID;

                        @Entity
                        @Table(name = "members",
                               uniqueConstraints = @UniqueConstraint(name = "uq_members_email", columnNames = "email"),
                               indexes = @Index(name = "ix_members_club_id_name", columnList = "club_id, name"))
                        public class Member {
                            @Id @GeneratedValue(strategy = GenerationType.UUID) private UUID id;
                            @Column(nullable = false, length = 320) private String email;
                            @Column(nullable = false, length = 80) private String name;
                            @ManyToOne(fetch = FetchType.LAZY, optional = false) private Club club;
                            @Column(name = "deleted_at") private Instant deletedAt;
                        }
                        """),
                source("com.legacy.Club", """
                        package com.legacy;

                        import jakarta.persistence.*;

                        @Entity
                        @Table(name = "clubs")
                        public class Club {
                            @Id @GeneratedValue private Long id;
                            @Column(nullable = false, length = 80, unique = true) private String name;
                        }
                        """));
        Compilation compilation = javac()
                .withProcessors(new EntityLintProcessor())
                .withClasspath(List.of(JPA_31.toFile(), annotations))
                .withOptions("-Aentitylint.rules=all:off", "-Xlint:all,-processing", "-Werror")
                .compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        List<String> repositories = compilation.generatedSourceFiles().stream()
                .map(JavaFileObject::getName)
                .filter(name -> name.endsWith("Repository.java"))
                .sorted()
                .toList();
        assertEquals(2, repositories.size(), repositories::toString);
    }
}
