package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class TenantColumnRuleTest {

    private final Lint lint = Lint.only("tenant-column", "-Aentitylint.tenantColumn=tenant_id");

    @Test
    void reportsEntityWithoutTheTenantColumn() {
        lint.check(source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: error tenant-column "entity Invoice has no tenant_id column (nor a @TenantId attribute), so its rows belong to no tenant and nothing keeps one tenant from reading another's — add @TenantId @Column(name = "
                class Invoice {
                    @Id Long id;
                }
                """));
    }

    @Test
    void reportsIndexesThatDoNotLeadWithIt() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Customer {
                    @Id Long id;
                    @Column(length = 36) String tenantId;
                }
                """), source("com.acme.Account", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes = {
                    // expect: tenant-column "'ix_account_status' (status) of table 'account' does not lead with tenant_id, so each tenant's queries read through every other tenant's entries — write columnList = "
                    @Index(name = "ix_account_status", columnList = "status"),
                    @Index(name = "ix_account_tenant_status", columnList = "tenant_id, status"),
                    @Index(name = "ix_account_customer_id", columnList = "customer_id")
                }, uniqueConstraints =
                    // expect: tenant-column "'uq_account_email' (email) of table 'account' does not lead with tenant_id, so one tenant's value blocks every other tenant from using it"
                    @UniqueConstraint(name = "uq_account_email", columnNames = "email"))
                class Account {
                    @Id Long id;
                    @Column(length = 36) String tenantId;
                    @Column(length = 20) String status;
                    @Column(length = 320) String email;
                    // expect: tenant-column "replace unique = true with @UniqueConstraint(name = "
                    @Column(length = 20, unique = true) String handle;
                    @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                }
                """));
    }

    @Test
    void acceptsHibernateTenantIdAndInheritedColumns() {
        lint.check(source("com.acme.TenantScoped", """
                package com.acme;

                import jakarta.persistence.*;
                import org.hibernate.annotations.TenantId;

                @MappedSuperclass
                abstract class TenantScoped {
                    @Id Long id;
                    @TenantId @Column(name = "org_id", length = 36) String organisation;
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes = @Index(name = "ix_invoice_org_number", columnList = "org_id, number"))
                class Invoice extends TenantScoped {
                    long number;
                }
                """), source("com.acme.Payment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                class Payment {
                    @Id Long id;
                    @Column(length = 36) String tenantId;
                }
                """), source("com.acme.CardPayment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class CardPayment extends Payment {
                    @Column(length = 4) String last4;
                }
                """));
    }

    @Test
    void sharedTablesSayWhy() {
        lint.check(source("com.acme.Country", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "tenant-column", reason = "reference data shared by every tenant")
                class Country {
                    @Id Long id;
                }
                """));
    }

    @Test
    void offWithoutTheOption() {
        Lint.allRules("-Aentitylint.rules=all:off").check(source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Invoice {
                    @Id Long id;
                }
                """));
        var errors = Lint.allRules("-Aentitylint.rules=all:off,tenant-column:error").compile(source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Invoice {
                    @Id Long id;
                }
                """)).errors().stream().map(d -> d.getMessage(java.util.Locale.ROOT)).toList();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("[config] -Aentitylint.rules turns "
                + "tenant-column on, but -Aentitylint.tenantColumn is not set, so it would check nothing — add "
                + "-Aentitylint.tenantColumn=<your tenant column>, for example tenant_id"), errors);
    }

    @Test
    void theProposedAttributeIsTheConfiguredColumnInCamelCase() {
        Lint.only("tenant-column", "-Aentitylint.tenantColumn=tenantKey").check(source("com.acme.Shelf", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: tenant-column "add @TenantId @Column(name = \"tenantKey\", nullable = false, updatable = false) private String tenantKey;"
                class Shelf {
                    @Id Long id;
                }
                """));
    }
}
