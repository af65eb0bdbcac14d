package dev.entitylint.processor.generate;

import static com.google.testing.compile.Compiler.javac;
import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.testing.CompiledSources;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated repository in a real Spring context: an entity compiled with Spring on the class
 * path, an {@code AnnotationConfigApplicationContext} with nothing but a data source (H2), the
 * entity manager factory (Hibernate) and the transaction manager, and the package scanned as
 * Spring Boot scans it. The repository is found by type and called with no transaction around
 * the calls: {@code save}, {@code delete} and {@code restore} (inherited) and the generated finder
 * work only if Spring's {@code @Transactional} applies to them, reads in read-only transactions.
 *
 * <p>Spring is not on the test class path (every compilation of the tests would then generate
 * Spring repositories): the scenario is Java source compiled beside the entity against the jars
 * Maven copies, and runs in a class loader that has them.
 */
class SpringRepositoryContextTest {

    static final List<JavaFileObject> SOURCES = List.of(source("com.acme.shop.Purchase", """
            package com.acme.shop;

            import dev.entitylint.GenerateRepository;
            import jakarta.persistence.*;
            import java.time.Instant;
            import java.util.List;
            import java.util.concurrent.CopyOnWriteArrayList;
            import org.springframework.transaction.support.TransactionSynchronizationManager;

            @Entity
            @GenerateRepository
            @Table(name = "purchase", indexes = @Index(name = "ix_purchase_customer_placed_at",
                    columnList = "customer, placed_at"))
            public class Purchase {
                /** The transaction Hibernate loaded or persisted each purchase in. */
                public static final List<String> SEEN = new CopyOnWriteArrayList<>();

                @Id @GeneratedValue private Long id;
                @Column(name = "customer", nullable = false, length = 40) private String customer;
                @Column(name = "placed_at", nullable = false) private Instant placedAt;
                @Column(name = "deleted_at") private Instant deletedAt;

                protected Purchase() {
                }

                public Purchase(String customer, Instant placedAt) {
                    this.customer = customer;
                    this.placedAt = placedAt;
                }

                public Long getId() {
                    return id;
                }

                public Instant getPlacedAt() {
                    return placedAt;
                }

                public Instant getDeletedAt() {
                    return deletedAt;
                }

                @PostLoad
                @PrePersist
                void seen() {
                    SEEN.add(!TransactionSynchronizationManager.isActualTransactionActive() ? "no transaction"
                            : TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? "read-only" : "read-write");
                }
            }
            """), source("com.acme.shop.Note", """
            package com.acme.shop;

            import dev.entitylint.GenerateRepository;
            import jakarta.persistence.*;
            import java.time.Instant;

            /** Bound to the current tenant; deletion stamps the current user. */
            @Entity
            @GenerateRepository
            @Table(name = "note", indexes = @Index(name = "ix_note_tenant_id_title", columnList = "tenant_id, title"))
            public class Note {
                @Id @GeneratedValue private Long id;
                @Column(name = "tenant_id", nullable = false, updatable = false, length = 20) private String tenantId;
                @Column(name = "title", nullable = false, length = 40) private String title;
                @Column(name = "deleted_at") private Instant deletedAt;
                @Column(name = "deleted_by", length = 40) private String deletedBy;

                protected Note() {
                }

                public Note(String title) {
                    this.title = title;
                }

                public Long getId() {
                    return id;
                }

                public String getTenantId() {
                    return tenantId;
                }

                public String getDeletedBy() {
                    return deletedBy;
                }
            }
            """), source("com.acme.app.Tenancy", """
            package com.acme.app;

            import dev.entitylint.CurrentTenant;
            import dev.entitylint.CurrentUser;
            import org.springframework.context.annotation.Bean;
            import org.springframework.context.annotation.Configuration;

            /** The application's tenant and user, as beans (a request's, in a web application). */
            @Configuration
            public class Tenancy {
                public static final ThreadLocal<String> TENANT = ThreadLocal.withInitial(() -> "t1");

                @Bean
                public CurrentTenant<String> currentTenant() {
                    return TENANT::get;
                }

                @Bean
                public CurrentUser<String> currentUser() {
                    return () -> "alice";
                }
            }
            """), source("com.acme.app.Persistence", """
            package com.acme.app;

            import jakarta.persistence.EntityManagerFactory;
            import java.util.Map;
            import javax.sql.DataSource;
            import org.h2.jdbcx.JdbcDataSource;
            import org.springframework.context.annotation.Bean;
            import org.springframework.context.annotation.Configuration;
            import org.springframework.orm.jpa.JpaTransactionManager;
            import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
            import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
            import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
            import org.springframework.transaction.annotation.EnableTransactionManagement;

            /** What Spring Boot's JPA auto-configuration gives an application; nothing for the repositories. */
            @Configuration
            @EnableTransactionManagement
            public class Persistence {
                @Bean
                public DataSource dataSource() {
                    JdbcDataSource dataSource = new JdbcDataSource();
                    dataSource.setURL("jdbc:h2:mem:spring" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
                    return dataSource;
                }

                @Bean
                public LocalContainerEntityManagerFactoryBean entityManagerFactory(DataSource dataSource) {
                    LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
                    factory.setDataSource(dataSource);
                    factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
                    factory.setManagedTypes(PersistenceManagedTypes.of("com.acme.shop.Purchase", "com.acme.shop.Note"));
                    factory.setJpaPropertyMap(Map.of("hibernate.hbm2ddl.auto", "create-drop",
                            "jakarta.persistence.validation.mode", "none"));
                    return factory;
                }

                @Bean
                public JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
                    return new JpaTransactionManager(entityManagerFactory);
                }
            }
            """), source("com.acme.app.Scenario", """
            package com.acme.app;

            import com.acme.shop.Note;
            import com.acme.shop.NoteRepository;
            import com.acme.shop.Purchase;
            import com.acme.shop.PurchaseRepository;
            import java.time.Clock;
            import java.time.Instant;
            import java.time.ZoneOffset;
            import java.util.List;
            import java.util.function.Supplier;
            import org.springframework.aop.support.AopUtils;
            import org.springframework.context.annotation.AnnotationConfigApplicationContext;
            import org.springframework.data.domain.Page;
            import org.springframework.data.domain.PageRequest;
            import org.springframework.data.domain.ScrollPosition;
            import org.springframework.data.domain.Sort;
            import org.springframework.data.domain.Window;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.annotation.PersistenceExceptionTranslationPostProcessor;

            /** Runs in the test; throws AssertionError at the first surprise. */
            public class Scenario implements Supplier<String> {
                static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
                static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

                static void check(boolean ok, Object what) {
                    if (!ok) {
                        throw new AssertionError(String.valueOf(what));
                    }
                }

                static AnnotationConfigApplicationContext start(boolean clock) {
                    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
                    context.setClassLoader(Scenario.class.getClassLoader());
                    context.register(Persistence.class, Tenancy.class);
                    if (clock) {
                        context.registerBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC));
                        // What Spring Boot adds for @Repository beans.
                        context.registerBean(PersistenceExceptionTranslationPostProcessor.class);
                    }
                    context.scan("com.acme.shop");
                    context.refresh();
                    return context;
                }

                @Override
                public String get() {
                    StringBuilder log = new StringBuilder();
                    try (AnnotationConfigApplicationContext context = start(false)) {
                        PurchaseRepository purchases = context.getBean(PurchaseRepository.class);
                        check(purchases == context.getBean("com.acme.shop.PurchaseRepository"), "bean name");
                        check(AopUtils.isCglibProxy(purchases), "a transactional proxy: " + purchases.getClass());

                        // Inherited writes, no transaction around them.
                        Purchase a = purchases.save(new Purchase("ann", T0));
                        Purchase b = purchases.save(new Purchase("ann", T0.plusSeconds(60)));
                        Purchase c = purchases.save(new Purchase("bob", T0));
                        log.append("save: ").append(Purchase.SEEN).append('\\n');
                        Purchase.SEEN.clear();

                        // Inherited and generated reads, each in a read-only transaction.
                        check(purchases.findById(a.getId()).isPresent(), "findById");
                        check(purchases.count() == 3, "count");
                        check(purchases.findByCustomer("ann", 0, 10).items().size() == 2, "finder");
                        log.append("reads: ").append(Purchase.SEEN).append('\\n');

                        // Spring Data: Pageable and Page, in the finder's order.
                        Page<Purchase> page = purchases.findByCustomer("ann", PageRequest.of(0, 1));
                        check(page.getTotalElements() == 2 && page.getContent().get(0).getId().equals(a.getId())
                                && page.hasNext(), page);
                        Page<Purchase> sorted = purchases.findByCustomer("ann", PageRequest.of(1, 1, Sort.by("placedAt")));
                        check(sorted.getContent().get(0).getId().equals(b.getId()) && !sorted.hasNext(), sorted);
                        try {
                            purchases.findByCustomer("ann", PageRequest.of(0, 1, Sort.by("customer")));
                            check(false, "a sort the finder cannot honour was accepted");
                        } catch (IllegalArgumentException expected) {
                            log.append("sort: ").append(expected.getMessage()).append('\\n');
                        }
                        check(purchases.findAll(PageRequest.of(0, 10)).getTotalElements() == 3, "findAll(Pageable)");

                        // Spring Data: ScrollPosition and Window, keyset.
                        Window<Purchase> first = purchases.findByCustomer("ann", ScrollPosition.keyset(), 1);
                        check(first.size() == 1 && first.hasNext() && first.getContent().get(0).getId().equals(a.getId()),
                                first);
                        Window<Purchase> second = purchases.findByCustomer("ann", first.positionAt(0), 1);
                        check(second.size() == 1 && !second.hasNext() && second.getContent().get(0).getId().equals(b.getId()),
                                second);
                        log.append("window: ").append(first.positionAt(0)).append('\\n');

                        // Inherited soft delete and restore, then the generated purge.
                        purchases.delete(a);
                        check(purchases.findById(a.getId()).isEmpty(), "deleted");
                        Purchase deleted = purchases.findByIdIncludingDeleted(a.getId()).orElseThrow();
                        check(deleted.getDeletedAt() != null, "deletion time");
                        check(purchases.findDeleted(PageRequest.of(0, 10)).getTotalElements() == 1, "findDeleted(Pageable)");
                        purchases.restore(deleted);
                        check(purchases.findById(a.getId()).isPresent(), "restored");
                        purchases.deleteById(c.getId());
                        check(purchases.count() == 2, "deleteById");
                        check(purchases.purgeDeletedBefore(Instant.now().plusSeconds(60)) == 1, "purge");
                        check(purchases.countDeleted() == 0, "purged");

                        // The tenant and the user are beans the constructor takes.
                        NoteRepository notes = context.getBean(NoteRepository.class);
                        Tenancy.TENANT.set("t1");
                        Note note = notes.save(new Note("one"));
                        check("t1".equals(note.getTenantId()), "tenant set on save");
                        Tenancy.TENANT.set("t2");
                        check(notes.findById(note.getId()).isEmpty() && notes.count() == 0, "another tenant's note");
                        Tenancy.TENANT.set("t1");
                        notes.delete(note);
                        Note gone = notes.findByIdIncludingDeleted(note.getId()).orElseThrow();
                        check("alice".equals(gone.getDeletedBy()), "deleted by " + gone.getDeletedBy());
                    }
                    // The application's Clock bean stamps deletions.
                    try (AnnotationConfigApplicationContext context = start(true)) {
                        PurchaseRepository purchases = context.getBean(PurchaseRepository.class);
                        Purchase d = purchases.save(new Purchase("dan", T0));
                        purchases.delete(d);
                        Instant at = purchases.findByIdIncludingDeleted(d.getId()).orElseThrow().getDeletedAt();
                        check(NOW.equals(at), "deleted at " + at);
                        // With Spring's exception translation, a refused argument arrives translated.
                        try {
                            purchases.findByCustomer("dan", PageRequest.of(0, 1, Sort.by("customer")));
                            check(false, "a sort the finder cannot honour was accepted");
                        } catch (InvalidDataAccessApiUsageException expected) {
                            check(expected.getCause() instanceof IllegalArgumentException, expected);
                            log.append("translated: ").append(expected.getClass().getSimpleName()).append('\\n');
                        }
                    }
                    return log.toString();
                }
            }
            """));

    @Test
    void theGeneratedRepositoryIsATransactionalBeanOfAPlainSpringContext(@TempDir Path classes) throws Exception {
        List<File> jars = new ArrayList<>(RepositoryFrameworkTest.spring());
        jars.addAll(RepositoryFrameworkTest.jars("target/spring-runtime"));
        List<File> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(entry));
        }
        classPath.addAll(jars);
        Compilation compilation = javac().withProcessors(new EntityLintProcessor())
                .withOptions("-Aentitylint.rules=all:off,repository:error", "-Aentitylint.tenantColumn=tenant_id")
                .withClasspath(classPath)
                .compile(SOURCES);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), CompiledSources.describe(compilation));
        writeClasses(compilation, classes);
        // The generated source, for docs/repositories.md.
        Path generated = Path.of("target/spring-repository/PurchaseRepository.java");
        Files.createDirectories(generated.getParent());
        Files.writeString(generated, compilation.generatedSourceFile("com.acme.shop.PurchaseRepository").orElseThrow()
                .getCharContent(true));

        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        urls.add(dev.entitylint.EntityRepository.class.getProtectionDomain().getCodeSource().getLocation());
        for (File jar : jars) {
            urls.add(url(jar));
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (SpringLoader loader = new SpringLoader(urls.toArray(URL[]::new), getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            @SuppressWarnings("unchecked")
            Supplier<String> scenario = (Supplier<String>) loader.loadClass("com.acme.app.Scenario")
                    .getConstructor().newInstance();
            String log = scenario.get();
            assertEquals("""
                    save: [read-write, read-write, read-write]
                    reads: [read-only, read-only, read-only]
                    sort: pageable's sort customer: ASC is not this method's order (placedAt, id, ascending): pass an \
                    unsorted Pageable (PageRequest.of(page, size)) or the start of that order; another order needs \
                    an index and a finder of its own
                    window: KeysetScrollPosition [FORWARD, {placedAt=2026-01-01T00:00:00Z, id=1}]
                    translated: InvalidDataAccessApiUsageException
                    """, log);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static void writeClasses(Compilation compilation, Path directory) {
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String path = file.toUri().getPath();
            Path target = directory.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
            try (InputStream in = file.openInputStream()) {
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static URL url(File file) {
        try {
            return file.toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Spring's jars and the compiled classes over the test class path. entitylint's Spring base
     * classes are on the test class path too, where Spring's {@code @Transactional} is not: they
     * are loaded here instead, so their annotations resolve.
     */
    static final class SpringLoader extends ChildFirstLoader {
        SpringLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent, "dev.entitylint.spring.");
        }
    }

    /** Loads the classes whose names start with one of the prefixes itself, the others from its parent first. */
    static class ChildFirstLoader extends URLClassLoader {
        private final List<String> prefixes;

        ChildFirstLoader(URL[] urls, ClassLoader parent, String... prefixes) {
            super(urls, parent);
            this.prefixes = List.of(prefixes);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (prefixes.stream().noneMatch(name::startsWith)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
