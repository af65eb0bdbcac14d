package dev.entitylint.processor.generate;

import static com.google.testing.compile.Compiler.javac;
import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.testing.CompiledSources;
import dev.entitylint.processor.testing.FilerRecorder;
import dev.entitylint.processor.testing.Lint;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The flavour of the generated repositories follows the compile class path (Spring, CDI, plain
 * Java) or {@code -Aentitylint.repositories.framework}; every flavour of every entity shape the
 * corpora have compiles without a warning.
 */
class RepositoryFrameworkTest {

    static final String FRAMEWORK = "-Aentitylint.repositories.framework=";

    /** Spring Framework (context, tx, ...) and Spring Data Commons, as the query checks use them. */
    static List<File> spring() {
        return Lint.queryLibraries();
    }

    /** Spring Framework without Spring Data. */
    static List<File> springWithoutData() {
        return spring().stream().filter(f -> !f.getName().startsWith("spring-data")).collect(Collectors.toList());
    }

    /** The CDI and JTA APIs (and Weld). */
    static List<File> cdi() {
        return jars("target/cdi");
    }

    static List<File> jars(String directory) {
        File[] jars = new File(directory).listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("no jars in " + directory + ": run the tests through Maven "
                    + "(generate-test-resources copies them)");
        }
        Arrays.sort(jars);
        return List.of(jars);
    }

    static final JavaFileObject ORDER = source("com.acme.Order", """
            package com.acme;

            import dev.entitylint.GenerateRepository;
            import jakarta.persistence.*;
            import java.time.Instant;

            @Entity
            @GenerateRepository
            @Table(name = "orders", indexes = @Index(name = "ix_orders_customer_placed_at",
                    columnList = "customer, placed_at"))
            public class Order {
                @Id @GeneratedValue Long id;
                @Column(name = "customer", nullable = false, length = 40) String customer;
                @Column(name = "placed_at", nullable = false) Instant placedAt;
                @Column(name = "deleted_at") Instant deletedAt;
            }
            """);

    static final JavaFileObject LABEL = source("com.acme.Label", """
            package com.acme;

            import dev.entitylint.GenerateRepository;
            import jakarta.persistence.*;

            @Entity
            @GenerateRepository
            public class Label {
                @Id @GeneratedValue Long id;
                @Column(name = "name", nullable = false, length = 40) String name;
            }
            """);

    static Compilation compile(List<File> jars, String... options) {
        return compile(jars, List.of(ORDER, LABEL), options);
    }

    static Compilation compile(List<File> jars, List<JavaFileObject> sources, String... options) {
        List<String> all = new ArrayList<>(List.of("-Aentitylint.rules=all:off,repository:error", "-Xlint:all,-processing"));
        all.addAll(List.of(options));
        var compiler = javac().withProcessors(new EntityLintProcessor()).withOptions(all);
        if (!jars.isEmpty()) {
            List<File> classPath = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                classPath.add(new File(entry));
            }
            classPath.addAll(jars);
            compiler = compiler.withClasspath(classPath);
        }
        return compiler.compile(sources);
    }

    static String generated(Compilation compilation, String name) {
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), CompiledSources.describe(compilation));
        assertEquals(List.of(), compilation.warnings(), CompiledSources.describe(compilation));
        return compilation.generatedSourceFile(name).map(f -> {
            try {
                return f.getCharContent(true).toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElseThrow(() -> new AssertionError("no " + name + ":\n" + CompiledSources.describe(compilation)));
    }

    static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void withSpringOnTheClassPathTheRepositoryIsATransactionalSpringBeanWithOneConstructor() {
        String order = generated(compile(spring()), "com.acme.OrderRepository");
        assertTrue(order.contains("@Repository(\"com.acme.OrderRepository\")\n@Transactional(\n        readOnly = true\n)\n"
                + "public class OrderRepository extends SpringSoftDeleteRepository<Order, Long> {"), order);
        assertTrue(order.contains("import org.springframework.transaction.annotation.Transactional;"), order);
        assertEquals(1, count(order, "public OrderRepository\\("), order);
        assertTrue(order.contains("public OrderRepository(EntityManager entityManager, ObjectProvider<Clock> clock) {\n"
                + "        super(entityManager, Order.class, Long.class, QUERIES, clock.getIfAvailable(Clock::systemUTC), "
                + "Instant.class);"), order);
        assertTrue(order.contains("@Transactional\n    public int purgeDeletedBefore(Instant cutoff)"), order);
        assertFalse(order.contains("protected OrderRepository()"), order);
        // Spring Data's forms beside the offset and cursor forms, for the finder, findAll and findDeleted.
        String flat = order.replaceAll("\\s+", " ");
        for (String method : List.of("findByCustomer(String customer, ", "findAll(", "findDeleted(")) {
            assertTrue(flat.contains("public org.springframework.data.domain.Page<Order> " + method + "Pageable pageable)"),
                    method + "\n" + order);
            assertTrue(flat.contains("public Window<Order> " + method + "ScrollPosition position, int limit)"),
                    method + "\n" + order);
        }
        assertTrue(order.contains("public Page<Order> findByCustomer(String customer, int offset, int limit)"), order);
        assertTrue(order.contains("public KeysetPage<Order> findByCustomer(String customer, Cursor after, int limit)"), order);

        String label = generated(compile(spring()), "com.acme.LabelRepository");
        assertTrue(label.contains("public class LabelRepository extends SpringEntityRepository<Label, Long> {"), label);
        assertTrue(label.contains("public LabelRepository(EntityManager entityManager) {"), label);
        assertEquals(1, count(label, "public LabelRepository\\("), label);
    }

    @Test
    void springWithoutSpringDataHasNoSpringDataForms() {
        String order = generated(compile(springWithoutData()), "com.acme.OrderRepository");
        assertTrue(order.contains("@Repository(\"com.acme.OrderRepository\")"), order);
        assertFalse(order.contains("springframework.data"), order);
        assertFalse(order.contains("Window"), order);
    }

    @Test
    void withCdiOnTheClassPathTheRepositoryIsAnApplicationScopedTransactionalBean() {
        String order = generated(compile(cdi()), "com.acme.OrderRepository");
        assertTrue(order.contains("@ApplicationScoped\n@Transactional\npublic class OrderRepository extends "
                + "SoftDeleteRepository<Order, Long> {"), order);
        assertTrue(order.contains("import jakarta.transaction.Transactional;"), order);
        assertTrue(order.contains("@Inject\n    public OrderRepository(EntityManager entityManager) {"), order);
        assertEquals(1, count(order, "@Inject"), order);
        assertTrue(order.contains("protected OrderRepository() {\n    }"), order);
        String label = generated(compile(cdi()), "com.acme.LabelRepository");
        assertTrue(label.contains("@Inject\n    public LabelRepository(EntityManager entityManager) {"), label);
        assertTrue(label.contains("protected LabelRepository() {"), label);
    }

    @Test
    void springWinsWhenBothAreThereAndTheOptionChoosesOtherwise() {
        List<File> both = new ArrayList<>(spring());
        both.addAll(cdi());
        assertTrue(generated(compile(both), "com.acme.LabelRepository").contains("@Repository("));
        String cdi = generated(compile(both, FRAMEWORK + "cdi"), "com.acme.LabelRepository");
        assertTrue(cdi.contains("@ApplicationScoped") && !cdi.contains("springframework"), cdi);
    }

    @Test
    void noneAndAPlainClassPathGenerateTodaysClass() {
        String plain = generated(compile(List.of()), "com.acme.OrderRepository");
        assertFalse(plain.contains("springframework") || plain.contains("jakarta.enterprise")
                || plain.contains("jakarta.transaction") || plain.contains("@Inject"), plain);
        assertTrue(plain.contains("public class OrderRepository extends SoftDeleteRepository<Order, Long> {"), plain);
        assertTrue(plain.contains("transactions are the caller's"), plain);
        assertEquals(plain, generated(compile(spring(), FRAMEWORK + "none"), "com.acme.OrderRepository"));
        assertEquals(plain, generated(compile(cdi(), FRAMEWORK + "none"), "com.acme.OrderRepository"));
        assertEquals(plain, generated(compile(List.of(), FRAMEWORK + "auto"), "com.acme.OrderRepository"));
    }

    @Test
    void explicitSpringWithoutSpringIsOneErrorAndThePlainRepositoryStillCompiles() {
        JavaFileObject note = source("com.acme.Note", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Note {
                    @Id @GeneratedValue Long id;
                    // expect: string-length
                    String text;
                }
                """);
        Compilation compilation = compile(List.of(), List.of(ORDER, LABEL, note), FRAMEWORK + "spring",
                "-Aentitylint.rules=all:off,repository:error,string-length:warning");
        List<String> errors = messages(compilation, Diagnostic.Kind.ERROR);
        assertEquals(List.of("[config] -Aentitylint.repositories.framework=spring but "
                + "org.springframework.stereotype.Repository and org.springframework.transaction.annotation.Transactional "
                + "is not on the compile class path — add spring-context and spring-tx to the dependencies, or set "
                + "-Aentitylint.repositories.framework=auto; until then repositories are generated for plain Java"), errors);
        // Nothing else lost: the other findings are there, and the repositories (plain Java) compile
        // without an error of their own.
        assertFalse(compilation.diagnostics().stream().anyMatch(d -> d.getSource() != null
                && d.getSource().getName().contains("Repository")), CompiledSources.describe(compilation));
        FilerRecorder recording = new FilerRecorder(new EntityLintProcessor());
        javac().withProcessors(recording).withOptions(FRAMEWORK + "spring").compile(ORDER, LABEL);
        assertEquals(java.util.Set.of("com.acme.OrderRepository", "com.acme.LabelRepository"),
                recording.sourceFiles().keySet());
        List<String> warnings = messages(compilation, Diagnostic.Kind.WARNING);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("[string-length]"), warnings.toString());
    }

    @Test
    void explicitCdiWithOnlySpringNamesTheMissingCdiTypes() {
        Compilation compilation = compile(spring(), FRAMEWORK + "cdi");
        List<String> errors = messages(compilation, Diagnostic.Kind.ERROR);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("jakarta.enterprise.context.ApplicationScoped is not on the compile class path "
                + "— add jakarta.enterprise.cdi-api"), errors.get(0));
    }

    @Test
    void anUnknownFrameworkIsOneErrorWithASuggestion() {
        List<String> errors = messages(compile(spring(), FRAMEWORK + "sprin"), Diagnostic.Kind.ERROR);
        assertEquals(List.of("[config] unknown value 'sprin' for -Aentitylint.repositories.framework — use one of: auto, "
                + "spring, cdi, none; did you mean 'spring'?; until then auto applies (the framework on the class path)"),
                errors);
    }

    /** Every entity shape of both corpora (tenants, aggregates, deleted_by, Hibernate's @SoftDelete) in each flavour. */
    @Test
    void everyCorpusCompilesWithoutWarningsInEveryFlavour() {
        List<File> cdi = cdi();
        for (List<File> jars : List.of(spring(), springWithoutData(), cdi)) {
            for (boolean orders : new boolean[] {false, true}) {
                List<String> options = new ArrayList<>(orders ? Orders.OPTIONS : Shop.OPTIONS);
                options.add("-Xlint:all,-processing");
                List<File> classPath = new ArrayList<>();
                for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                    classPath.add(new File(entry));
                }
                classPath.addAll(jars);
                Compilation compilation = javac().withProcessors(new EntityLintProcessor()).withOptions(options)
                        .withClasspath(classPath)
                        .compile((orders ? Orders.sources() : Shop.sources()).toArray(JavaFileObject[]::new));
                assertEquals(Compilation.Status.SUCCESS, compilation.status(), CompiledSources.describe(compilation));
                assertEquals(List.of(), compilation.warnings(), CompiledSources.describe(compilation));
                String flavour = jars == cdi ? "@ApplicationScoped" : "@Repository(";
                for (String entity : orders ? Orders.ENTITIES : Shop.ENTITIES) {
                    String name = (orders ? Orders.PACKAGE : Shop.PACKAGE) + "." + entity + "Repository";
                    assertTrue(generated(compilation, name).contains(flavour), name);
                }
            }
        }
    }

    /**
     * Spring applies a class's {@code @Transactional} only to the methods the class declares: a
     * method added to the base classes and not declared again in the Spring ones would run
     * without a transaction (SpringRepositoryContextTest shows what that does to {@code save}).
     */
    @Test
    void theSpringBaseClassesDeclareAgainEveryPublicMethodTheyInherit() throws NoSuchMethodException {
        Class<?>[][] pairs = {{dev.entitylint.EntityRepository.class, dev.entitylint.spring.SpringEntityRepository.class},
            {dev.entitylint.SoftDeleteRepository.class, dev.entitylint.spring.SpringSoftDeleteRepository.class}};
        for (Class<?>[] pair : pairs) {
            for (java.lang.reflect.Method method : pair[0].getMethods()) {
                if (method.getDeclaringClass() != Object.class) {
                    assertEquals(pair[1], pair[1].getDeclaredMethod(method.getName(), method.getParameterTypes())
                            .getDeclaringClass(), method.toString());
                }
            }
        }
    }

    static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
        return compilation.diagnostics().stream().filter(d -> d.getKind() == kind)
                .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
    }
}
