package dev.entitylint.processor.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ValidationMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * Boots Hibernate ORM from the test class path on a fresh in-memory H2 database with compiled
 * entity classes and lets it create their tables, as an application does at start-up, so a test
 * can assert what Hibernate really does with a mapping: starts, or fails with which message.
 */
public final class HibernateBoot {

    private static final AtomicInteger UNITS = new AtomicInteger();

    private HibernateBoot() {
    }

    /**
     * @param snakeCase {@code true} for Spring Boot's {@code CamelCaseToUnderscoresNamingStrategy},
     *     {@code false} for Hibernate's own default (names as written)
     * @param settings further Hibernate settings ({@code hibernate.hbm2ddl.halt_on_error} is left
     *     at Hibernate's default, {@code false}, unless given here)
     */
    public static EntityManagerFactory start(CompiledSources compiled, List<String> entityClasses, boolean snakeCase,
            Map<String, Object> settings) {
        String unit = "boot_" + UNITS.incrementAndGet();
        List<Class<?>> classes = entityClasses.stream().<Class<?>>map(compiled::load).toList();
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(unit)
                .managedClasses(classes)
                .schemaToolingAction(Action.CREATE_DROP)
                .validationMode(ValidationMode.NONE)
                .property("hibernate.classLoaders", List.of(compiled.loader()))
                .property("hibernate.connection.pool_size", 2)
                .jdbcUrl("jdbc:h2:mem:" + unit.toLowerCase(Locale.ROOT) + ";DB_CLOSE_DELAY=-1")
                .jdbcCredentials("sa", "");
        if (snakeCase) {
            configuration.property("hibernate.physical_naming_strategy",
                    "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
        }
        settings.forEach(configuration::property);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(compiled.loader());
        try {
            return configuration.createEntityManagerFactory();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The messages of a failure and of its causes, one per line, to assert on. */
    public static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
