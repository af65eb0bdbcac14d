package dev.entitylint.processor.generate;

import dev.entitylint.processor.testing.Database;

/** The generated repositories on H2, embedded. */
class H2RepositoryTest extends RepositoryBehaviourTest {

    @Override
    Database database() {
        return Database.H2;
    }
}
