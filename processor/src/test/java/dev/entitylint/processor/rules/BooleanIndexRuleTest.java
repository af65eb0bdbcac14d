package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class BooleanIndexRuleTest {

    private final Lint lint = Lint.only("boolean-index");

    @Test
    void reportsSingleColumnIndexOnABoolean() {
        lint.check(source("com.acme.Account", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes = {
                    // expect: warning boolean-index "index on boolean column 'active' of table 'account' can only split the table in two, so the planner scans instead and every write still pays for the index — remove it, or lead with the selective column"
                    @Index(name = "ix_account_active", columnList = "active"),
                    // expect: boolean-index "index on boolean column 'verified'"
                    @Index(name = "ix_account_verified", columnList = "verified")
                })
                class Account {
                    @Id Long id;
                    boolean active;
                    Boolean verified;
                }
                """));
    }

    @Test
    void acceptsCompositeAndOtherIndexes() {
        lint.check(source("com.acme.Account", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes = {
                    @Index(name = "ix_account_tenant_active", columnList = "tenant_id, active"),
                    @Index(name = "ix_account_email", columnList = "email")
                }, uniqueConstraints = @UniqueConstraint(name = "uq_account_primary", columnNames = {"primary_account"}))
                class Account {
                    @Id Long id;
                    long tenantId;
                    boolean active;
                    boolean primaryAccount;
                    @Column(length = 320) String email;

                    public boolean isActive() { return active; }
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(source("com.acme.Account", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @SuppressWarnings("entitylint:boolean-index")
                @Table(indexes = @Index(name = "ix_account_active", columnList = "active"))
                class Account {
                    @Id Long id;
                    boolean active;
                }
                """));
    }

    @Test
    void booleanInheritedFromMappedSuperclass() {
        lint.check(source("com.acme.Switchable", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Switchable {
                    @Id Long id;
                    boolean enabled;
                }
                """), source("com.acme.Feature", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes =
                    // expect: boolean-index "'enabled' of table 'feature'"
                    @Index(name = "ix_feature_enabled", columnList = "enabled"))
                class Feature extends Switchable {
                }
                """), source("com.acme.Flag", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Flag extends Switchable {
                }
                """));
    }
}
