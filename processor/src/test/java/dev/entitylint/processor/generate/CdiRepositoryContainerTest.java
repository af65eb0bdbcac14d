package dev.entitylint.processor.generate;

import static com.google.testing.compile.Compiler.javac;
import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.testing.CompiledSources;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated repository in a real CDI container (Weld SE): compiled with the CDI and JTA APIs on
 * the class path, it is an {@code @ApplicationScoped} bean that Weld builds through its
 * {@code @Inject} constructor from an {@code EntityManager} producer, and an interceptor bound to
 * {@code jakarta.transaction.Transactional} (standing in for the container's transaction
 * interceptor) wraps its methods, the inherited ones included: the soft delete, a JPQL update,
 * needs the transaction the interceptor begins.
 */
class CdiRepositoryContainerTest {

    static final List<JavaFileObject> SOURCES = List.of(source("com.acme.shop.Purchase", """
            package com.acme.shop;

            import dev.entitylint.GenerateRepository;
            import jakarta.persistence.*;
            import java.time.Instant;

            @Entity
            @GenerateRepository
            @Table(name = "purchase", indexes = @Index(name = "ix_purchase_customer_placed_at",
                    columnList = "customer, placed_at"))
            public class Purchase {
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
            }
            """), source("com.acme.app.Resources", """
            package com.acme.app;

            import com.acme.shop.Purchase;
            import jakarta.enterprise.context.Dependent;
            import jakarta.enterprise.inject.Produces;
            import jakarta.persistence.EntityManager;
            import jakarta.persistence.PersistenceConfiguration;

            /** The application's entity manager, as a Jakarta EE container or Quarkus would produce it. */
            @Dependent
            public class Resources {
                static final EntityManager ENTITY_MANAGER = new PersistenceConfiguration("cdi")
                        .managedClass(Purchase.class)
                        .property(PersistenceConfiguration.JDBC_URL, "jdbc:h2:mem:cdi" + System.nanoTime() + ";DB_CLOSE_DELAY=-1")
                        .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create")
                        .validationMode(jakarta.persistence.ValidationMode.NONE)
                        .createEntityManagerFactory()
                        .createEntityManager();

                @Produces
                static EntityManager entityManager() {
                    return ENTITY_MANAGER;
                }
            }
            """), source("com.acme.app.Tx", """
            package com.acme.app;

            import jakarta.annotation.Priority;
            import jakarta.interceptor.AroundInvoke;
            import jakarta.interceptor.Interceptor;
            import jakarta.interceptor.InvocationContext;
            import jakarta.persistence.EntityTransaction;
            import jakarta.transaction.Transactional;
            import java.util.List;
            import java.util.concurrent.CopyOnWriteArrayList;

            /** Begins and commits a resource-local transaction around each call, as the container's would. */
            @Transactional
            @Interceptor
            @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
            public class Tx {
                public static final List<String> CALLS = new CopyOnWriteArrayList<>();

                @AroundInvoke
                public Object around(InvocationContext call) throws Exception {
                    CALLS.add(call.getMethod().getName());
                    EntityTransaction transaction = Resources.ENTITY_MANAGER.getTransaction();
                    boolean begun = !transaction.isActive();
                    if (begun) {
                        transaction.begin();
                    }
                    try {
                        Object result = call.proceed();
                        if (begun) {
                            transaction.commit();
                        }
                        return result;
                    } catch (Exception | Error e) {
                        if (begun && transaction.isActive()) {
                            transaction.rollback();
                        }
                        throw e;
                    }
                }
            }
            """), source("com.acme.app.Scenario", """
            package com.acme.app;

            import com.acme.shop.Purchase;
            import com.acme.shop.PurchaseRepository;
            import java.time.Instant;
            import java.util.function.Supplier;
            import org.jboss.weld.environment.se.Weld;
            import org.jboss.weld.environment.se.WeldContainer;

            public class Scenario implements Supplier<String> {
                static void check(boolean ok, Object what) {
                    if (!ok) {
                        throw new AssertionError(String.valueOf(what));
                    }
                }

                @Override
                public String get() {
                    Weld weld = new Weld("entitylint-test").disableDiscovery()
                            .addBeanClasses(PurchaseRepository.class, Resources.class, Tx.class);
                    try (WeldContainer container = weld.initialize()) {
                        PurchaseRepository purchases = container.select(PurchaseRepository.class).get();
                        check(purchases.getClass() != PurchaseRepository.class, "a client proxy: " + purchases.getClass());
                        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
                        Purchase a = purchases.save(new Purchase("ann", t0));
                        purchases.save(new Purchase("ann", t0.plusSeconds(60)));
                        check(purchases.findById(a.getId()).isPresent(), "findById");
                        check(purchases.findByCustomer("ann", 0, 10).total() == 2, "finder");
                        purchases.delete(a);
                        check(purchases.findById(a.getId()).isEmpty(), "soft-deleted");
                        check(purchases.countDeleted() == 1, "countDeleted");
                        return String.join(", ", Tx.CALLS);
                    }
                }
            }
            """));

    @Test
    void weldBuildsTheGeneratedRepositoryAndTheTransactionalInterceptorWrapsInheritedMethods(@TempDir Path classes)
            throws Exception {
        List<File> jars = RepositoryFrameworkTest.cdi();
        List<File> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(entry));
        }
        classPath.addAll(jars);
        Compilation compilation = javac().withProcessors(new EntityLintProcessor())
                .withOptions("-Aentitylint.rules=all:off,repository:error")
                .withClasspath(classPath)
                .compile(SOURCES);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), CompiledSources.describe(compilation));
        SpringRepositoryContextTest.writeClasses(compilation, classes);
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (File jar : jars) {
            urls.add(SpringRepositoryContextTest.url(jar));
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // The test class path has jakarta.transaction (Hibernate's) without the CDI and interceptor
        // APIs, so its @Transactional would lose its @InterceptorBinding: the APIs come from here.
        try (URLClassLoader loader = new SpringRepositoryContextTest.ChildFirstLoader(urls.toArray(URL[]::new),
                getClass().getClassLoader(), "jakarta.transaction.Transactional", "jakarta.interceptor.",
                "jakarta.enterprise.", "jakarta.inject.", "jakarta.annotation.")) {
            thread.setContextClassLoader(loader);
            @SuppressWarnings("unchecked")
            Supplier<String> scenario = (Supplier<String>) loader.loadClass("com.acme.app.Scenario")
                    .getConstructor().newInstance();
            assertEquals("save, save, findById, findByCustomer, delete, findById, countDeleted", scenario.get());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
