package dev.entitylint.processor.generate;

import dev.entitylint.processor.testing.Database;

/** Tenants, aggregates and keyset pages on H2, embedded. */
class H2TenantAggregateTest extends TenantAggregateBehaviourTest {

    @Override
    Database database() {
        return Database.H2;
    }
}
