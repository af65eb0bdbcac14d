package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class MissingForeignKeyRuleTest {

    /** Off by default: the harness runs it as a warning, as the strict profile does. */
    private final Lint lint = Lint.only("missing-foreign-key");

    private static final JavaFileObject CUSTOMER = source("com.acme.Customer", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "customers")
            class Customer {
                @Id Long id;
            }
            """);

    private static final JavaFileObject WAREHOUSE = source("com.acme.WarehouseEntity", """
            package com.acme;

            import jakarta.persistence.*;
            import java.util.UUID;

            @Entity
            @Table(name = "warehouse")
            class WarehouseEntity {
                @Id UUID id;
            }
            """);

    @Test
    void reportsIdsOfEntitiesKeptAsScalars() {
        lint.check(CUSTOMER, WAREHOUSE, source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.UUID;

                @Entity
                @Table(name = "orders")
                class Order {
                    @Id Long id;
                    // expect: warning missing-foreign-key "'customerId' holds the id of entity Customer but is not mapped as an association, so unless a migration creates one there is no foreign key from customer_id to 'customers' and rows can point at ids that no longer exist — map it as @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "customer_id") Customer customer; if the plain id crosses an aggregate boundary on purpose, @Allow(value = "missing-foreign-key", reason = "...")"
                    Long customerId;
                    // expect: missing-foreign-key "@JoinColumn(name = "warehouse_id") WarehouseEntity warehouse;"
                    @Column(name = "warehouse_id") UUID warehouse;
                }
                """));
    }

    /**
     * Quiet: an association beside a read-only copy of its key, an id whose type is not the
     * entity's key type, a name no entity has, the tenant column, and a reasoned @Allow.
     */
    @Test
    void associationsOtherTypesAndReasonedIdsAreQuiet() {
        Lint.only("missing-foreign-key", "-Aentitylint.tenantColumn=tenant_id").check(CUSTOMER, WAREHOUSE,
                source("com.acme.Tenant", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Tenant {
                    @Id Long id;
                }
                """), source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders")
                class Order {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "customer_id") Customer customer;
                    @Column(name = "customer_id", insertable = false, updatable = false) Long customerId;
                    @Column(length = 36) String warehouseId;
                    Long courierId;
                    @Column(name = "tenant_id") Long tenantId;
                    @dev.entitylint.Allow(value = "missing-foreign-key", reason = "customers live in the CRM's database")
                    Long billingCustomerId;
                }
                """));
    }
}
