package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class NaturalKeyRuleTest {

    /** Off by default: the harness runs it as a warning, as the strict profile does. */
    private final Lint lint = Lint.only("natural-key");

    @Test
    void reportsNaturalKeysWithoutAUniqueConstraint() {
        lint.check(source("com.acme.Member", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "members")
                class Member {
                    @Id Long id;
                    // expect: warning natural-key "'email' is a natural key by its name, but nothing makes email unique in 'members', so two rows can claim the same value and lookups by it return either — add @UniqueConstraint(name = "uq_members_email", columnNames = {"email"}) to @Table(uniqueConstraints); if duplicates are meant, say why with @Allow(value = "natural-key", reason = "...")"
                    @Column(length = 120) String email;
                    // expect: natural-key "nothing makes user_name unique"
                    @Column(length = 40) String userName;
                    @Column(length = 40) String displayName;
                }
                """));
    }

    /** A unique column, constraint or index, also one that scopes the key (store_id, sku), is enough. */
    @Test
    void uniqueKeysAreQuiet() {
        lint.check(source("com.acme.Product", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "products",
                    uniqueConstraints = @UniqueConstraint(name = "uq_products_store_id_sku", columnNames = {"store_id", "sku"}),
                    indexes = @Index(name = "uq_products_slug", columnList = "slug", unique = true))
                class Product {
                    @Id Long id;
                    @Column(name = "store_id") Long storeId;
                    @Column(length = 40) String sku;
                    @Column(length = 80) String slug;
                    @Column(length = 13, unique = true) String isbn;
                    @dev.entitylint.Allow(value = "natural-key", reason = "several suppliers may quote one EAN")
                    @Column(length = 13) String ean;
                }
                """));
    }

    @Test
    void theProposedConstraintLeadsWithTheTenantColumn() {
        Lint.only("natural-key", "-Aentitylint.tenantColumn=tenant_id").check(source("com.acme.Member", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "members")
                class Member {
                    @Id Long id;
                    @Column(name = "tenant_id", nullable = false) String tenantId;
                    // expect: natural-key "nothing makes email unique per tenant_id in 'members', so two rows can claim the same value and lookups by it return either — add @UniqueConstraint(name = "uq_members_tenant_id_email", columnNames = {"tenant_id", "email"})"
                    @Column(length = 120) String email;
                }
                """));
    }

    /** On a soft-deletable table the key is unique among live rows: soft-delete-unique's partial index. */
    @Test
    void aSoftDeletableTableGetsAPartialUniqueIndex() {
        lint.check(source("com.acme.Member", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                @Table(name = "members")
                class Member {
                    @Id Long id;
                    // expect: natural-key "enforce it among live rows with a partial unique index in the migration, CREATE UNIQUE INDEX uq_members_login ON members (login) WHERE deleted_at IS NULL"
                    @Column(length = 40) String login;
                    @Column(name = "deleted_at") Instant deletedAt;
                }
                """));
    }

    @Test
    void theNamesAreConfigurable() {
        Lint.only("natural-key", "-Aentitylint.naturalKey.pattern=code|vat_?number").check(source("com.acme.Company", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "companies")
                class Company {
                    @Id Long id;
                    @Column(length = 120) String email;
                    // expect: natural-key "'vatNumber' is a natural key"
                    @Column(length = 20) String vatNumber;
                }
                """));
    }
}
