package dev.entitylint.processor.hostile;

import static dev.entitylint.processor.testing.Lint.source;
import static dev.entitylint.processor.testing.Reflect.call;
import static dev.entitylint.processor.testing.Reflect.construct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.Page;
import dev.entitylint.processor.testing.CompiledSources;
import dev.entitylint.processor.testing.Database;
import dev.entitylint.processor.testing.Lint;
import dev.entitylint.processor.testing.Reflect;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Names from annotations reach generated repositories: their javadoc, their JPQL and their native
 * SQL. Whatever the names hold ({@code *}{@code /}, {@code @}, HTML, a backslash that reads as a
 * unicode escape, a line break, quotes, letters outside ASCII), the generated code compiles under
 * any source encoding, says what it says in its javadoc only, and its native SQL names the tables
 * and columns Hibernate created.
 */
class HostileNamesTest {

    private static final String PACKAGE = "com.hostile";
    private static final List<String> OPTIONS = List.of("-Aentitylint.rules=all:off,repository:error",
            "-Xdoclint:all,-missing");

    /** Non-ASCII class, attribute and column names; index names that would end or bend a javadoc comment. */
    private static final JavaFileObject GROESSE = source(PACKAGE + ".Größe", """
            package com.hostile;

            import dev.entitylint.GenerateRepository;
            import jakarta.persistence.*;

            @Entity
            @GenerateRepository
            @Table(name = "größe", indexes = {
                    @Index(name = "\\"a */ @Deprecated /** b <b>&amp; {@code x} \\\\u002a\\\\u002f\\nend\\\\\\"",
                            columnList = "名前", unique = true),
                    @Index(name = "\\"skip */ <i>\\"", columnList = "daten")})
            public class Größe {
                @Id @GeneratedValue private Long id;
                @Column(name = "名前", length = 40) private String 名前;
                @Column(name = "daten") private byte[] daten;

                protected Größe() {
                }

                public Größe(String 名前) {
                    this.名前 = 名前;
                }

                public Long getId() {
                    return id;
                }
            }
            """);

    /** Hibernate's soft delete on quoted names, both JPA's and Hibernate's quotes: native SQL must keep them. */
    private static final JavaFileObject AUFTRAG = source(PACKAGE + ".Auftrag", """
            package com.hostile;

            import dev.entitylint.GenerateRepository;
            import jakarta.persistence.*;
            import java.util.LinkedHashSet;
            import java.util.Set;
            import org.hibernate.annotations.SoftDelete;

            @Entity
            @GenerateRepository
            @SoftDelete
            @Table(name = "\\"order */ @x <b>\\"", indexes = @Index(name = "\\"ix order; label\\"", columnList = "`Label`",
                    unique = true))
            public class Auftrag {
                @Id @GeneratedValue @Column(name = "`Id`") private Long id;

                @Column(name = "`Label`", nullable = false, length = 40) private String label;

                @ElementCollection
                @CollectionTable(name = "\\"order tag\\"", joinColumns = @JoinColumn(name = "\\"order id\\""))
                @Column(name = "tag", length = 20)
                private Set<String> tags = new LinkedHashSet<>();

                protected Auftrag() {
                }

                public Auftrag(String label) {
                    this.label = label;
                    this.tags.add(label + "-tag");
                }

                public Long getId() {
                    return id;
                }

                public String getLabel() {
                    return label;
                }
            }
            """);

    /** Hibernate's soft delete on a table name native SQL cannot write as Hibernate does. */
    private static final JavaFileObject LINE = source(PACKAGE + ".Line", """
            package com.hostile;

            import dev.entitylint.GenerateRepository;
            import jakarta.persistence.*;
            import org.hibernate.annotations.SoftDelete;

            @Entity
            @GenerateRepository
            @SoftDelete
            @Table(name = "order line")
            public class Line {
                @Id @GeneratedValue private Long id;
            }
            """);

    private static CompiledSources compiled;

    private static synchronized CompiledSources compiled() {
        if (compiled == null) {
            compiled = CompiledSources.compile(OPTIONS, GROESSE, AUFTRAG, LINE);
        }
        return compiled;
    }

    @Test
    void generatedSourcesAreAsciiAndTheirJavadocEndsWhereItShould() {
        CompiledSources compiled = compiled();
        for (String name : List.of("GrößeRepository", "AuftragRepository", "LineRepository")) {
            String source = compiled.generatedSource(PACKAGE + "." + name);
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c > 0x7e || (c < 0x20 && c != '\n')) {
                    throw new AssertionError(name + ": character U+" + Integer.toHexString(c) + " at " + i + ":\n"
                            + source);
                }
            }
            Class<?> type = compiled.load(PACKAGE + "." + name);
            assertNull(type.getAnnotation(Deprecated.class), name);
            for (Method method : type.getDeclaredMethods()) {
                assertNull(method.getAnnotation(Deprecated.class), name + "." + method.getName());
            }
        }
        String groesse = compiled.generatedSource(PACKAGE + ".GrößeRepository");
        // The index name, as text: a comment that ended there would make the finder @Deprecated.
        for (String piece : List.of("\"a", "&#42;/", "&#64;Deprecated", "/&#42;&#42;", "&lt;b&gt;&amp;amp;",
                "&#123;&#64;code", "x&#125;", "&#92;u002a&#92;u002f&#92;nend&#92;\"")) {
            assertTrue(groesse.contains(piece), piece + " in\n" + groesse);
        }
        assertTrue(groesse.contains("findBy\\u540d\\u524d("), groesse);
    }

    /** javac reads a generated file in the build's encoding: ASCII reads the same in every one. */
    @Test
    void generatedSourcesCompileAsUsAsciiWithoutWarnings(@TempDir Path dir) throws IOException {
        CompiledSources compiled = compiled();
        Path classes = dir.resolve("classes");
        Path sources = dir.resolve("sources");
        List<File> files = new ArrayList<>();
        for (JavaFileObject file : compiled.compilation().generatedFiles()) {
            String path = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.CLASS && !path.contains("Repository")) {
                Path target = classes.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.write(target, in.readAllBytes());
                }
            } else if (file.getKind() == JavaFileObject.Kind.SOURCE) {
                Path target = sources.resolve(path.substring(path.lastIndexOf('/') + 1));
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getCharContent(true), StandardCharsets.UTF_8);
                files.add(target.toFile());
            }
        }
        assertEquals(3, files.size(), files.toString());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.US_ASCII)) {
            boolean ok = javac.getTask(null, manager, diagnostics,
                    List.of("-encoding", "US-ASCII", "-proc:none", "-Xlint:all", "-Xdoclint:all/protected", "-Werror",
                            "-d", dir.resolve("out").toString(),
                            "-classpath", classes + File.pathSeparator + System.getProperty("java.class.path")),
                    null, manager.getJavaFileObjectsFromFiles(files)).call();
            assertTrue(ok && diagnostics.getDiagnostics().isEmpty(), () -> diagnostics.getDiagnostics().stream()
                    .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
                    .reduce("", (a, b) -> a + "\n" + b));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void quotedNamesKeepTheirQuotesInNativeSql(Database database) {
        CompiledSources compiled = compiled();
        Class<?> auftrag = compiled.load(PACKAGE + ".Auftrag");
        Class<?> repositoryType = compiled.load(PACKAGE + ".AuftragRepository");
        try (Database.Jpa jpa = database.start(compiled.loader(), List.of(auftrag))) {
            Object[] ids = jpa.inTransaction(em -> {
                Object repository = construct(repositoryType, em);
                List<Object> saved = new ArrayList<>();
                for (String label : List.of("a", "b", "c")) {
                    saved.add(call(call(repository, "save", construct(auftrag, label)), "getId"));
                }
                return saved.toArray();
            });
            jpa.run(em -> call(construct(repositoryType, em), "deleteById", ids[0]));
            jpa.run(em -> {
                Object repository = construct(repositoryType, em);
                assertEquals(1L, call(repository, "countDeleted"));
                Page<?> deleted = (Page<?>) call(repository, "findDeleted", 0, 10);
                assertEquals(1L, deleted.total());
                assertEquals(ids[0], call(deleted.items().get(0), "getId"));
                Object row = ((Optional<?>) call(repository, "findByIdIncludingDeleted", ids[0])).orElseThrow();
                call(repository, "restore", row);
                assertEquals(3L, call(repository, "count"));
                assertEquals(0L, call(repository, "countDeleted"));
                assertEquals("b", call(((Optional<?>) call(repository, "findByLabel", "b")).orElseThrow(), "getLabel"));
            });
            jpa.run(em -> call(construct(repositoryType, em), "deleteById", ids[1]));
            jpa.run(em -> {
                Object repository = construct(repositoryType, em);
                assertEquals(1, call(repository, "purgeDeleted"));
                Object c = ((Optional<?>) call(repository, "findById", ids[2])).orElseThrow();
                call(repository, "hardDelete", c);
            });
            long left = jpa.inTransaction(em -> ((Number) em.createNativeQuery(
                    "select count(*) from \"order tag\"").getSingleResult()).longValue());
            assertEquals(1L, left, "only a's tag is left: b's went with its purge, c's with its hard delete");
        }
    }

    @Test
    void aTableNameNativeSqlCannotWriteLeavesOutTheMethodsForDeletedRows() {
        CompiledSources compiled = compiled();
        Class<?> type = compiled.load(PACKAGE + ".LineRepository");
        assertFalse(Reflect.hasMethod(type, "restore"));
        assertFalse(Reflect.hasMethod(type, "purgeDeleted"));
        String source = compiled.generatedSource(PACKAGE + ".LineRepository");
        assertTrue(source.contains("table name 'order line' is not an SQL identifier"), source);
    }

    @Test
    void anEntityNameThatIsNoJpqlIdentifierGetsNoRepository() {
        Lint.only("repository").check(source(PACKAGE + ".Entry", """
                package com.hostile;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity(name = "Order Entry")
                @GenerateRepository
                @Table(name = "order_entry")
                // expect: repository "entity name 'Order Entry' is not a JPQL identifier, so the generated queries (select e from Order Entry e) would not parse — write @Entity(name = "OrderEntry")"
                public class Entry {
                    @Id Long id;
                }
                """));
    }
}
