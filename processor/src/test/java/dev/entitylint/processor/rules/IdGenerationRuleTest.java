package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class IdGenerationRuleTest {

    private final Lint lint = Lint.only("id-generation");

    @Test
    void reportsIdentityAndTableAtTheStrategy() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Customer {
                    @Id
                    // expect: warning id-generation "GenerationType.IDENTITY makes Hibernate insert each Customer the moment it is persisted, to learn its key, which turns off JDBC batch inserts — write strategy = GenerationType.SEQUENCE"
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    Long id;
                }
                """), source("com.acme.Supplier", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Supplier {
                    @Id
                    @GeneratedValue(
                        // expect: id-generation "GenerationType.TABLE takes every Supplier key from one row of a shared table"
                        strategy = GenerationType.TABLE)
                    Long id;
                }
                """));
    }

    @Test
    void reportsASequenceFetchedOneValueAtATime() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq",
                    // expect: id-generation "@SequenceGenerator allocationSize = 1 costs a round trip to the sequence for every Customer inserted — write allocationSize = 50"
                    allocationSize = 1)
                class Customer {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq") Long id;
                }
                """), source("com.acme.Supplier", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Supplier {
                    @Id @GeneratedValue
                    // expect: id-generation "allocationSize = 1"
                    @SequenceGenerator(sequenceName = "supplier_seq", allocationSize = 1)
                    Long id;
                }
                """));
    }

    @Test
    void reportsA32BitGeneratedKey() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Customer {
                    @Id @GeneratedValue
                    // expect: id-generation "generated key 'id' is Integer: it runs out at 2,147,483,647 (sequences skip values, so sooner than that many rows) and widening a key later rewrites the table and every foreign key to it — declare it as Long"
                    Integer id;
                }
                """));
    }

    /** AUTO or SEQUENCE with the default allocation, a pooled sequence, UUIDs, an assigned int code. */
    @Test
    void acceptsSequencesUuidsAndAssignedKeys() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Customer {
                    @Id @GeneratedValue Long id;
                }
                """), source("com.acme.Supplier", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Supplier {
                    @Id
                    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_seq")
                    @SequenceGenerator(name = "supplier_seq", sequenceName = "supplier_seq", allocationSize = 50)
                    Long id;
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.UUID;

                @Entity
                class Invoice {
                    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
                }
                """), source("com.acme.Country", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Country {
                    @Id Integer isoNumber;
                }
                """));
    }

    @Test
    void reportsASequentialKeyOnAMultiTenantTable() {
        Lint.only("id-generation", "-Aentitylint.tenantColumn=tenant_id").check(source("com.acme.Base", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Base {
                    @Id @GeneratedValue Long id;
                    @Column(name = "tenant_id") Long tenantId;
                }
                """), source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: id-generation "multi-tenant table of Customer has a sequential key 'id': keys shared by all tenants reveal how many rows the others create, and clash when a tenant's rows move to another database — use a UUID key: @Id @GeneratedValue(strategy = GenerationType.UUID) private UUID id;"
                class Customer extends Base {
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.UUID;

                @Entity
                class Invoice {
                    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
                    @Column(name = "tenant_id") Long tenantId;
                }
                """), source("com.acme.Country", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Country {
                    @Id @GeneratedValue Long id;
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Customer {
                    @Id
                    @SuppressWarnings("entitylint:id-generation")
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    Integer id;
                }
                """));
    }
}
