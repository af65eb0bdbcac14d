package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.processor.testing.Lint;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spring Data resolves a derived method's properties at start-up; entitylint at compile time, the same way. */
class QueryPropertyRuleTest {

    private final Lint lint = Lint.only("query-property").withQueryLibraries();

    @Test
    void aMisspeltPropertyIsReportedWithTheClosestName() {
        lint.check(QueryIndexRuleTest.owner(), QueryIndexRuleTest.address(), source("com.acme.OwnerRepository", """
                package com.acme;

                import java.time.Instant;
                import java.util.Collection;
                import java.util.List;
                import org.springframework.data.jpa.repository.JpaRepository;
                import org.springframework.data.jpa.repository.Query;

                public interface OwnerRepository extends JpaRepository<Owner, Long> {
                    // expect: query-property "names property 'emial', which Owner does not have, so Spring Data refuses to start"
                    List<Owner> findByEmial(String email);
                    // expect: query-property "did you mean 'lastName'? write findByCityOrderByLastNameDesc"
                    List<Owner> findByCityOrderByLastNamDesc(String city);
                    // expect: query-property "names property 'zipCod', which Address (on the path from Owner) does not have"
                    List<Owner> findByAddressZipCod(String zip);
                    // expect: query-property "name a property of Owner"
                    long countByNothingLikeThisAndCity(String x, String city);

                    List<Owner> findByAddressZipCode(String zip);
                    List<Owner> findByAddress_ZipCode(String zip);
                    List<Owner> findTop3DistinctByLastNameIgnoreCaseAndCityAllIgnoreCase(String a, String b);
                    List<Owner> findFirstByCreatedAtBetweenOrderByCreatedAtDesc(Instant a, Instant b);
                    List<Owner> findByIdInAndStatusNot(Collection<Long> ids, Owner.Status status);
                    List<Owner> findByReferrerLastNameStartingWith(String prefix);
                    List<Owner> readByReferrer_Address_StreetIsNotNull();
                    List<Owner> streamAllByActiveFalse();
                    void deleteByCreatedAtBefore(Instant before);
                    List<Owner> findByDisplayName(String name);
                    List<Owner> findByNickname(String name);
                    void deleteById(Long id);
                    boolean existsById(Long id);

                    @Query("select o from Owner o where o.lastName = :x")
                    List<Owner> findByWhateverTheQuerySays(String x);

                    default List<Owner> findByNoSuchThing(String x) {
                        return List.of();
                    }

                    List<Owner> customLookup(String x);
                }
                """), source("com.acme.Named", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @NamedQuery(name = "Named.findByMadeUp", query = "select n from Named n where n.id = :id")
                public class Named {
                    @Id Long id;
                }
                """), source("com.acme.Relation", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Relation {
                    @EmbeddedId RelationKey key;
                }
                """), source("com.acme.RelationKey", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                public record RelationKey(Long fromId, Long toId) {
                }
                """), source("com.acme.RelationRepository", """
                package com.acme;

                import java.util.Optional;
                import org.springframework.data.jpa.repository.JpaRepository;

                public interface RelationRepository extends JpaRepository<Relation, RelationKey> {
                    void deleteById(RelationKey id);
                    Optional<Relation> findById(RelationKey id);
                    // expect: query-property "names property 'id', which Relation does not have"
                    Optional<Relation> findById(RelationKey id, String extra);
                }
                """), source("com.acme.NamedRepository", """
                package com.acme;

                import org.springframework.data.repository.Repository;

                public interface NamedRepository extends Repository<Named, Long> {
                    Named findByMadeUp(Long id);
                }
                """));
    }

    @Test
    void jakartaDataByNamesAnAttribute() {
        lint.check(source("com.acme.Book", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Book {
                    @Id Long id;
                    @Column(length = 200) String title;
                }
                """), source("com.acme.Library", """
                package com.acme;

                import jakarta.data.repository.By;
                import jakarta.data.repository.CrudRepository;
                import jakarta.data.repository.Find;
                import jakarta.data.repository.Repository;
                import java.util.List;

                @Repository
                public interface Library extends CrudRepository<Book, Long> {
                    // expect: query-property "@By("titel") of byTitle names property 'titel', which Book does not have"
                    @Find
                    List<Book> byTitle(@By("titel") String title);

                    @Find
                    List<Book> byId(@By(By.ID) Long id);

                    @Find
                    List<Book> byTitleOk(String title);
                }
                """));
    }

    /**
     * Gradle recompiles a changed repository alone, its entity read from a class file: the findings
     * must be those of the full build, for both query checks (as warnings, so the first build
     * writes the class files the second reads).
     */
    @Test
    void aRepositoryCompiledAloneAgainstTheEntitysClassFileGetsTheSameFindings(@TempDir Path classes)
            throws Exception {
        JavaFileObject repository = source("com.acme.OwnerRepository", """
                package com.acme;

                import java.util.List;
                import org.springframework.data.repository.CrudRepository;

                public interface OwnerRepository extends CrudRepository<Owner, Long> {
                    List<Owner> findByLastName(String lastName);
                    List<Owner> findByTelephone(String telephone);
                    List<Owner> findByAddressZipCod(String zip);
                }
                """);
        List<String> rules = List.of("-Aentitylint.rules=all:off,query-index:warning,query-property:warning");
        List<String> full = compile(classes, rules, QueryIndexRuleTest.owner(), QueryIndexRuleTest.address(),
                repository);
        List<String> alone = compile(classes, rules, repository);
        List<String> fromRepository = full.stream().filter(d -> d.startsWith("OwnerRepository")).toList();
        assertEquals(fromRepository, alone);
        assertTrue(alone.stream().anyMatch(d -> d.contains("[query-index] query method findByTelephone")), alone::toString);
        assertTrue(alone.stream().anyMatch(d -> d.contains("[query-property] query method findByAddressZipCod")),
                alone::toString);
    }

    /** Compiles with the processor into {@code classes} (also on the class path); the diagnostics, sorted. */
    static List<String> compile(Path classes, List<String> options, JavaFileObject... sources) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = java.nio.file.Files.createTempDirectory(classes, "out");
        List<String> all = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
                System.getProperty("java.class.path") + File.pathSeparator + classes + File.pathSeparator
                        + String.join(File.pathSeparator, Lint.queryLibraries().stream().map(File::toString).toList()),
                "-implicit:none"));
        all.addAll(options);
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, all, null, List.of(sources));
            task.setProcessors(List.of(new dev.entitylint.processor.EntityLintProcessor()));
            task.call();
        }
        copy(out, classes);
        List<String> found = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() != Diagnostic.Kind.NOTE || diagnostic.getMessage(Locale.ROOT).startsWith("[")) {
                String file = diagnostic.getSource() == null ? "-" : Path.of(diagnostic.getSource().toUri()
                        .getPath()).getFileName().toString();
                found.add(file + ":" + diagnostic.getLineNumber() + " " + diagnostic.getMessage(Locale.ROOT));
            }
        }
        found.sort(null);
        return found;
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(from)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                java.nio.file.Files.createDirectories(target.getParent());
                java.nio.file.Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
