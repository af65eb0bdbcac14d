package dev.entitylint.processor.evolve;

import dev.entitylint.processor.testing.PostgresServer;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ValidationMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * A PostgreSQL schema of the tests' own server ({@link PostgresServer}) that Flyway migrates from
 * a directory of generated migrations and on which Hibernate ORM 7 boots with
 * {@code hibernate.hbm2ddl.auto=validate}.
 */
final class MigrationDatabase {

    private static final AtomicInteger UNITS = new AtomicInteger();

    final PostgresServer.Endpoint endpoint;
    final String schema;

    MigrationDatabase(String prefix) {
        endpoint = PostgresServer.get().newSchema(prefix);
        schema = endpoint.url().substring(endpoint.url().indexOf("currentSchema=") + "currentSchema=".length());
    }

    /**
     * Flyway over the directory, on this schema; the U scripts are not Flyway's to run (undo is a
     * paid edition's). Flyway's transactional advisory lock is off: with it, a
     * {@code CREATE INDEX CONCURRENTLY} waits for Flyway's own open transaction forever
     * (flyway/flyway#3682), as docs/schema-evolution.md tells users.
     */
    Flyway flyway(Path directory) {
        org.flywaydb.core.api.configuration.FluentConfiguration configuration = Flyway.configure();
        configuration.getPluginRegister()
                .getExact(org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension.class)
                .setTransactionalLock(false);
        return configuration
                .dataSource(endpoint.url(), endpoint.user(), endpoint.password())
                .schemas(schema)
                .defaultSchema(schema)
                .locations("filesystem:" + directory.toAbsolutePath())
                .cleanDisabled(false)
                .load();
    }

    MigrateResult migrate(Path directory) {
        return flyway(directory).migrate();
    }

    /** Boots Hibernate ORM on the schema with {@code hbm2ddl.auto=validate}; throws when the schema does not match. */
    EntityManagerFactory validate(ClassLoader loader, List<Class<?>> entities, boolean snakeCase) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(
                "migrations_" + UNITS.incrementAndGet())
                .managedClasses(entities)
                .schemaToolingAction(Action.VALIDATE)
                .validationMode(ValidationMode.NONE)
                .property("hibernate.classLoaders", List.of(loader))
                .property("hibernate.connection.pool_size", 2)
                .jdbcUrl(endpoint.url())
                .jdbcCredentials(endpoint.user(), endpoint.password());
        if (snakeCase) {
            // Spring Boot 3's snake_case, as entitylint's snake_case naming models it (see HibernateSchema).
            configuration.property("hibernate.physical_naming_strategy",
                    new dev.entitylint.processor.report.HibernateSchema.SpringBootSnakeCase());
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return configuration.createEntityManagerFactory();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(endpoint.url(), endpoint.user(), endpoint.password());
    }

    /** Runs a script's statements over JDBC, outside Flyway (how the tests apply undo scripts). */
    void run(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
