package dev.entitylint.processor.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.ValidationMode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/** The databases the repository behaviour tests run on, each bootstrapped with Hibernate ORM. */
public enum Database {
    H2,
    POSTGRESQL;

    private static final AtomicInteger UNITS = new AtomicInteger();

    /**
     * A Hibernate persistence unit over a fresh database (H2) or schema (PostgreSQL) with the given
     * entity classes, tables created from their mappings. Column and table names are snake_case,
     * as entitylint's default naming assumes.
     */
    public Jpa start(ClassLoader loader, List<Class<?>> entities) {
        return start(loader, entities, java.util.Map.of());
    }

    /** {@link #start(ClassLoader, List)} with further Hibernate settings (a tenant identifier resolver). */
    public Jpa start(ClassLoader loader, List<Class<?>> entities, java.util.Map<String, Object> settings) {
        String unit = "entitylint_" + name().toLowerCase(java.util.Locale.ROOT) + "_" + UNITS.incrementAndGet();
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(unit)
                .managedClasses(entities)
                .schemaToolingAction(Action.CREATE_DROP)
                .validationMode(ValidationMode.NONE)
                .property("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")
                .property("hibernate.classLoaders", List.of(loader))
                .property("hibernate.connection.pool_size", 2)
                .property("hibernate.hbm2ddl.halt_on_error", true);
        settings.forEach(configuration::property);
        if (this == H2) {
            configuration.jdbcUrl("jdbc:h2:mem:" + unit + ";DB_CLOSE_DELAY=-1").jdbcCredentials("sa", "");
        } else {
            PostgresServer.Endpoint endpoint = PostgresServer.get().newSchema(unit);
            configuration.jdbcUrl(endpoint.url()).jdbcCredentials(endpoint.user(), endpoint.password());
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return new Jpa(configuration.createEntityManagerFactory());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A running persistence unit. */
    public static final class Jpa implements AutoCloseable {
        private final EntityManagerFactory factory;

        Jpa(EntityManagerFactory factory) {
            this.factory = factory;
        }

        public EntityManagerFactory factory() {
            return factory;
        }

        /** Runs {@code work} in a new entity manager and transaction, committed when it returns. */
        public <T> T inTransaction(Function<EntityManager, T> work) {
            EntityManager em = factory.createEntityManager();
            EntityTransaction tx = em.getTransaction();
            try {
                tx.begin();
                T result = work.apply(em);
                tx.commit();
                return result;
            } finally {
                if (tx.isActive()) {
                    tx.rollback();
                }
                em.close();
            }
        }

        public void run(Consumer<EntityManager> work) {
            inTransaction(em -> {
                work.accept(em);
                return null;
            });
        }

        @Override
        public void close() {
            factory.close();
        }
    }
}
