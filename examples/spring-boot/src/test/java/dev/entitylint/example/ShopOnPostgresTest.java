package dev.entitylint.example;

import dev.entitylint.processor.testing.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shop on a real PostgreSQL server, in a schema of its own: {@link PostgresServer} starts a
 * throw-away server (or uses {@code ENTITYLINT_TEST_PG_URL}), and Flyway creates the tables there.
 */
class ShopOnPostgresTest extends ShopTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.Endpoint endpoint = PostgresServer.get().newSchema("shop");
        registry.add("spring.datasource.url", endpoint::url);
        registry.add("spring.datasource.username", endpoint::user);
        registry.add("spring.datasource.password", endpoint::password);
    }
}
