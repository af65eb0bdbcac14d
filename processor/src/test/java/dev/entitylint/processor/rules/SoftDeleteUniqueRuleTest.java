package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class SoftDeleteUniqueRuleTest {

    private final Lint lint = Lint.only("soft-delete-unique");

    @Test
    void reportsUniquenessThatCountsDeletedRows() {
        lint.check(source("com.acme.Account", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                @Table(name = "users", uniqueConstraints = {
                    // expect: warning soft-delete-unique "'uq_users_email' (email) of soft-deletable table 'users' also counts deleted rows, so no new live row can take a deleted row's (email)"
                    @UniqueConstraint(name = "uq_users_email", columnNames = "email"),
                    // expect: soft-delete-unique "includes deleted_at, but NULLs never equal each other, so two live rows with the same (handle) are both accepted"
                    @UniqueConstraint(name = "uq_users_handle", columnNames = {"handle", "deleted_at"})
                })
                class Account {
                    @Id Long id;
                    @Column(length = 320) String email;
                    @Column(length = 40) String handle;
                    // expect: soft-delete-unique "CREATE UNIQUE INDEX uq_users_phone ON users (phone) WHERE deleted_at IS NULL, and remove unique = true from the mapping"
                    @Column(length = 32, unique = true) String phone;
                    Instant deletedAt;
                }
                """));
    }

    @Test
    void hibernateSoftDeleteGetsItsOwnPredicate() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;
                import org.hibernate.annotations.SoftDelete;

                @Entity
                @SoftDelete
                @Table(uniqueConstraints =
                    // expect: soft-delete-unique "CREATE UNIQUE INDEX uq_customer_email ON customer (email) WHERE deleted = false"
                    @UniqueConstraint(name = "uq_customer_email", columnNames = "email"))
                class Customer {
                    @Id Long id;
                    @Column(length = 320) String email;
                }
                """));
    }

    @Test
    void acceptsTablesWithoutSoftDeleteAndPrimaryKeys() {
        lint.check(source("com.acme.Country", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(uniqueConstraints = @UniqueConstraint(name = "uq_country_code", columnNames = "code"))
                class Country {
                    @Id Long id;
                    @Column(length = 2, unique = true) String iso;
                    @Column(length = 3) String code;
                }
                """), source("com.acme.Account", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                @Table(indexes = @Index(name = "ix_account_email", columnList = "email"))
                class Account {
                    @Id Long id;
                    @Column(length = 320) String email;
                    Instant deletedAt;
                }
                """));
    }

    @Test
    void suppressedWithAReason() {
        lint.check(source("com.acme.Account", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                class Account {
                    @Id Long id;
                    @Allow(value = "soft-delete-unique", reason = "a username stays reserved after deletion on purpose")
                    @Column(length = 40, unique = true) String username;
                    Instant deletedAt;
                }
                """));
    }

    @Test
    void inheritedSoftDeleteColumnAndUniqueColumn() {
        lint.check(source("com.acme.Deletable", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @MappedSuperclass
                abstract class Deletable {
                    @Id Long id;
                    @Column(length = 40, unique = true) String slug;
                    Instant deletedAt;
                }
                """), source("com.acme.Shop", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: soft-delete-unique "unique column (slug) of soft-deletable table 'shop'"
                class Shop extends Deletable {
                }
                """), source("com.acme.Brand", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: soft-delete-unique "unique column (slug) of soft-deletable table 'brand'"
                class Brand extends Deletable {
                }
                """));
    }

    @Test
    void speaksOfTheTablesOwnColumnsNotOfADomain() {
        lint.check(source("com.acme.Code", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                @Table(name = "sku_codes")
                class Code {
                    @Id Long id;
                    // expect: soft-delete-unique "unique column (code) of soft-deletable table 'sku_codes' also counts deleted rows, so no new live row can take a deleted row's (code) — enforce"
                    @Column(length = 20, unique = true) String code;
                    Instant deletedAt;
                }
                """));
    }

    /** A project whose soft-delete column is a flag: live rows are where the flag is false, not NULL. */
    @Test
    void aConfiguredFlagGetsAPartialIndexOverItsLiveRows() {
        Lint.only("soft-delete-unique", "-Aentitylint.softDelete.column=is_deleted").check(source("com.acme.Voucher", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "vouchers")
                public class Voucher {
                    @Id Long id;
                    // expect: soft-delete-unique "CREATE UNIQUE INDEX uq_vouchers_code ON vouchers (code) WHERE is_deleted = false"
                    @Column(length = 20, unique = true) String code;
                    @Column(name = "is_deleted") boolean deleted;
                }
                """));
    }
}
