package dev.entitylint.processor.generate;

import dev.entitylint.processor.testing.Database;

/** The generated repositories on a real PostgreSQL server (see {@code PostgresServer}). */
class PostgresRepositoryTest extends RepositoryBehaviourTest {

    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
