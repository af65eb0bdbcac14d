package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class FkIndexRuleTest {

    private final Lint lint = Lint.only("fk-index");

    private static JavaFileObject entity(String name, String table) {
        return source("com.acme." + name, """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "%s")
                public class %s {
                    @Id Long id;
                }
                """.formatted(table, name));
    }

    @Test
    void theProposedIndexNameStartsWithTheConfiguredPrefix() {
        Lint.only("fk-index", "-Aentitylint.names.index=idx_").check(entity("Customer", "customers"),
                source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders")
                public class Order {
                    @Id Long id;

                    // expect: fk-index "add @Index(name = "idx_orders_customer_id", columnList = "customer_id")"
                    @ManyToOne Customer customer;
                }
                """));
    }

    @Test
    void reportsForeignKeysThatLeadNoIndex() {
        lint.check(entity("Warehouse", "warehouses"), entity("Carrier", "carriers"), entity("Customer", "customers"),
                source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders", indexes = {
                    @Index(name = "ix_orders_warehouse_id_status", columnList = "warehouse_id, status"),
                    @Index(name = "ix_orders_status_carrier_id", columnList = "status, carrier_id")
                })
                public class Order {
                    @Id Long id;
                    @Column(length = 20) String status;
                    @ManyToOne(fetch = FetchType.LAZY) Warehouse warehouse;
                    // expect: fk-index "@Index(name = "ix_orders_carrier_id", columnList = "carrier_id")"
                    @ManyToOne(fetch = FetchType.LAZY) Carrier carrier;
                    // expect: fk-index "'billing_customer_id' of table 'orders'"
                    @ManyToOne(fetch = FetchType.LAZY) Customer billingCustomer;
                }
                """));
    }

    /**
     * Teams that manage the schema with Flyway or Liquibase create indexes there, not in the
     * mapping: an index a migration creates counts, one on other leading columns does not.
     */
    @Test
    void indexesTheMigrationsCreateCount(@org.junit.jupiter.api.io.TempDir java.nio.file.Path migrations)
            throws java.io.IOException {
        java.nio.file.Files.writeString(migrations.resolve("V1__orders.sql"), """
                CREATE TABLE orders (id BIGINT PRIMARY KEY, warehouse_id BIGINT, carrier_id BIGINT, status VARCHAR(20));
                -- CREATE INDEX ix_commented_out ON orders (status);
                CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix_orders_warehouse" ON public."orders" USING btree ("warehouse_id", status);
                CREATE INDEX ix_orders_status_carrier ON orders (status, carrier_id);
                """);
        java.nio.file.Files.createDirectories(migrations.resolve("changelog"));
        java.nio.file.Files.writeString(migrations.resolve("changelog/002-shipments.xml"), """
                <databaseChangeLog>
                  <changeSet id="2" author="team">
                    <createIndex tableName="shipments" indexName="ix_shipments_order">
                      <column name="order_id"/>
                    </createIndex>
                    <addUniqueConstraint tableName="shipments" columnNames="tracking_id, carrier_id"/>
                  </changeSet>
                </databaseChangeLog>
                """);
        Lint.only("fk-index", "-Aentitylint.migrations=" + migrations).check(entity("Warehouse", "warehouses"),
                entity("Carrier", "carriers"), entity("Tracking", "trackings"), source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders")
                public class Order {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) Warehouse warehouse;
                    // expect: fk-index "'carrier_id' of table 'orders'"
                    @ManyToOne(fetch = FetchType.LAZY) Carrier carrier;
                }
                """), source("com.acme.Shipment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "shipments")
                public class Shipment {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) Order order;
                    @ManyToOne(fetch = FetchType.LAZY) Tracking tracking;
                    // expect: fk-index "'carrier_id' of table 'shipments'"
                    @ManyToOne(fetch = FetchType.LAZY) Carrier carrier;
                }
                """));
    }

    @Test
    void aMigrationsDirectoryThatCannotBeReadIsAConfigError() {
        com.google.testing.compile.Compilation compilation = Lint.only("fk-index",
                "-Aentitylint.migrations=/no/such/dir").compile(entity("Warehouse", "warehouses"));
        java.util.List<String> errors = compilation.errors().stream().map(d -> d.getMessage(java.util.Locale.ROOT))
                .toList();
        org.junit.jupiter.api.Assertions.assertEquals(1, errors.size(), errors::toString);
        org.junit.jupiter.api.Assertions.assertTrue(errors.get(0).startsWith(
                "[config] cannot read the migrations directory '/no/such/dir' (NoSuchFileException"), errors.get(0));
    }

    @Test
    void uniqueConstraintsUniqueColumnsAndPrimaryKeysCover() {
        lint.check(entity("Member", "members"), entity("Account", "accounts"), entity("Profile", "profiles"),
                entity("Team", "teams"), source("com.acme.Membership", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "memberships",
                       uniqueConstraints = @UniqueConstraint(name = "uq_memberships_member_team",
                                                             columnNames = {"member_id", "team_id"}))
                public class Membership {
                    @Id Long id;
                    @ManyToOne Member member;
                    // expect: fk-index "'team_id'"
                    @ManyToOne Team team;
                    @OneToOne @JoinColumn(name = "account_id", unique = true) Account account;
                }
                """), source("com.acme.ProfileSettings", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class ProfileSettings {
                    @Id Long id;
                    @OneToOne @MapsId Profile profile;
                }
                """));
    }

    @Test
    void explicitJoinColumnNamesAndCaseInsensitiveMatch() {
        lint.check(entity("Carrier", "carriers"), source("com.acme.Shipment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "shipments", indexes = @Index(name = "ix_shipments_carrier", columnList = "CARRIER_REF"))
                public class Shipment {
                    @Id Long id;
                    @ManyToOne @JoinColumn(name = "carrier_ref") Carrier carrier;
                    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "backup_carrier_ref")
                    // expect: fk-index "backup_carrier_ref"
                    Carrier backupCarrier;
                    @OneToMany(mappedBy = "carrier") java.util.List<Shipment> ignored;
                }
                """));
    }

    @Test
    void inheritedForeignKeyIsReportedAtEachEntityThatLacksTheIndex() {
        lint.check(entity("Tenant", "tenants"), source("com.acme.TenantOwned", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                public abstract class TenantOwned {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) Tenant tenant;
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "invoices", indexes = @Index(name = "ix_invoices_tenant_id", columnList = "tenant_id"))
                public class Invoice extends TenantOwned {
                }
                """), source("com.acme.Receipt", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "receipts")
                // expect: fk-index "'tenant_id' of table 'receipts' (from tenant inherited from TenantOwned)"
                public class Receipt extends TenantOwned {
                }
                """), source("com.acme.Refund", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @SuppressWarnings("entitylint:fk-index")
                public class Refund extends TenantOwned {
                }
                """));
    }

    /**
     * Entities that reference each other (and a cycle through a mapped superclass and a self
     * reference): every foreign key column exists, whichever entity is modelled first.
     */
    @Test
    void foreignKeysOfEntitiesReferencingEachOtherInACycle() {
        JavaFileObject author = source("com.acme.Author", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Author {
                    @Id @Column(name = "author_code", length = 12) String code;
                    // expect: fk-index "foreign key column 'favourite_id' of table 'author' (from favourite)"
                    @ManyToOne Manuscript favourite;
                }
                """);
        JavaFileObject manuscript = source("com.acme.Manuscript", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Manuscript {
                    @Id Long id;
                    // expect: fk-index "foreign key column 'author_author_code' of table 'manuscript' (from author)"
                    @ManyToOne Author author;
                }
                """);
        JavaFileObject node = source("com.acme.Node", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                public abstract class Node {
                    @Id Long id;
                    @ManyToOne Folder folder;
                }
                """);
        JavaFileObject folder = source("com.acme.Folder", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: fk-index "foreign key column 'folder_id' of table 'folder' (from folder inherited from Node)"
                public class Folder extends Node {
                    // expect: fk-index "foreign key column 'pinned_id' of table 'folder' (from pinned)"
                    @ManyToOne Document pinned;
                }
                """);
        JavaFileObject document = source("com.acme.Document", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: fk-index "foreign key column 'folder_id' of table 'document' (from folder inherited from Node)"
                public class Document extends Node {
                }
                """);
        lint.check(author, manuscript, node, folder, document);
        lint.check(document, folder, node, manuscript, author);
    }

    @Test
    void suppressedOnTheAttribute() {
        lint.check(entity("Country", "countries"), source("com.acme.Address", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                public class Address {
                    @Id Long id;
                    @Allow(value = "fk-index", reason = "two hundred countries; the table is tiny")
                    @ManyToOne Country country;
                }
                """));
    }

    @Test
    void defaultNamesFollowTheNamingOption() {
        Lint.only("fk-index", "-Aentitylint.naming=jpa").check(entity("Customer", "customers"),
                source("com.acme.Cart", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes = @Index(name = "ix_cart_customer", columnList = "billingCustomer_id"))
                public class Cart {
                    @Id Long id;
                    @ManyToOne Customer billingCustomer;
                    // expect: fk-index "ix_cart_shippingcustomer_id"
                    @ManyToOne Customer shippingCustomer;
                }
                """));
    }

    /** JPA's default join column is <attribute>_<referenced column>: the written referencedColumnName, else the key. */
    @Test
    void aDefaultJoinColumnIsNamedAfterTheReferencedColumn() {
        Lint.only("fk-index", "-Aentitylint.naming=jpa").check(source("com.acme.Client", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Client {
                    @Id @Column(name = "clientNo") Long number;
                    @Column(length = 64, unique = true) String clientCode;
                }
                """), source("com.acme.Visit", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Visit {
                    @Id Long id;
                    // expect: fk-index "foreign key column 'client_clientNo' of table 'Visit'"
                    @ManyToOne Client client;
                    // expect: fk-index "foreign key column 'byCode_clientCode' of table 'Visit'"
                    @ManyToOne @JoinColumn(referencedColumnName = "clientCode") Client byCode;
                }
                """));
    }

    @Test
    void embeddedAssociationsAndCompositeKeys() {
        lint.check(entity("Region", "regions"), source("com.acme.Location", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                public class Location {
                    @ManyToOne Region region;
                }
                """), source("com.acme.Store", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "stores")
                public class Store {
                    @Id Long id;
                    // expect: fk-index "'region_id' of table 'stores'"
                    @Embedded Location location;
                }
                """));
    }

    @Test
    void aSingleTableSubclassIsToldToIndexOnTheHierarchyRoot() {
        lint.check(entity("Owner", "owners"), source("com.acme.Animal", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
                @Table(name = "animals")
                public abstract class Animal {
                    @Id Long id;
                }
                """), source("com.acme.Dog", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Dog extends Animal {
                    // expect: fk-index "columnList = \"owner_id\") to @Table(indexes = ...) of Animal"
                    @ManyToOne Owner owner;
                }
                """));
    }

    @Test
    void aForeignKeyInsideAnIdClassKeyButNotFirstIsNamedAsSuch() {
        // Hibernate orders the key columns by attribute name: lineNo before sheet.
        lint.check(entity("Sheet", "sheets"), source("com.acme.LineId", """
                package com.acme;

                public class LineId implements java.io.Serializable {
                    Long sheet;
                    Integer lineNo;
                }
                """), source("com.acme.Line", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @IdClass(LineId.class)
                @Table(name = "lines")
                public class Line {
                    // expect: fk-index "the primary key (line_no, sheet_id) has it, but not first"
                    @Id @ManyToOne Sheet sheet;
                    @Id Integer lineNo;
                }
                """));
    }
}
