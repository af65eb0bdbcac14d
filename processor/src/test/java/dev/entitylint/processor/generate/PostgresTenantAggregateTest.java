package dev.entitylint.processor.generate;

import dev.entitylint.processor.testing.Database;

/** Tenants, aggregates and keyset pages on a real PostgreSQL server (see {@code PostgresServer}). */
class PostgresTenantAggregateTest extends TenantAggregateBehaviourTest {

    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
