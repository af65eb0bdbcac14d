package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class NamingConventionRuleTest {

    private final Lint lint = Lint.only("naming-convention");

    @Test
    void reportsExplicitNamesThatAreNotSnakeCase() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Customer {
                    @Id Long id;
                }
                """), source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: warning naming-convention "table name 'OrderHeaders' is not lower snake case, so it reads differently in SQL than in the mapping and, quoted or on a case-sensitive database, must be spelt exactly so forever — write @Table(name = "
                @Table(name = "OrderHeaders",
                    // expect: naming-convention "index name 'IX_Orders_Status' is not lower snake case"
                    indexes = @Index(name = "IX_Orders_Status", columnList = "status"),
                    // expect: naming-convention "unique constraint name 'uqOrdersRef'"
                    uniqueConstraints = @UniqueConstraint(name = "uqOrdersRef", columnNames = "reference"))
                class Order {
                    @Id Long id;
                    // expect: naming-convention "column name 'orderStatus' is not lower snake case"
                    @Column(name = "orderStatus", length = 20) String status;
                    @Column(length = 20) String reference;
                    @ManyToOne(fetch = FetchType.LAZY)
                    // expect: naming-convention "join column name 'CustomerID' is not lower snake case, so it reads differently in SQL than in the mapping and, quoted or on a case-sensitive database, must be spelt exactly so forever — write @JoinColumn(name = "
                    @JoinColumn(name = "CustomerID",
                        // expect: naming-convention "foreign key name 'FK_Order_Customer'"
                        foreignKey = @ForeignKey(name = "FK_Order_Customer"))
                    Customer customer;
                }
                """));
    }

    /** JHipster names its join tables rel_operation__label: all one case, read the same in SQL. */
    @Test
    void doubleUnderscoresAreStillSnakeCase() {
        lint.check(source("com.acme.Operation", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                @Table(name = "operation")
                class Operation {
                    @Id Long id;
                    @ManyToMany
                    @JoinTable(name = "rel_operation__label", joinColumns = @JoinColumn(name = "operation_id"),
                            inverseJoinColumns = @JoinColumn(name = "label__id"))
                    Set<Label> labels;
                }
                """), source("com.acme.Label", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "label")
                class Label {
                    @Id Long id;
                }
                """));
    }

    @Test
    void acceptsSnakeCaseQuotedSnakeCaseAndDerivedNames() {
        lint.check(source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "purchase_orders",
                    indexes = @Index(name = "ix_purchase_orders_status", columnList = "status"))
                class Order {
                    @Id Long id;
                    @Column(name = "\\"order_status\\"", length = 20) String status;
                    @Column(length = 20) String referenceNumber;
                    @Embedded
                    @AttributeOverride(name = "city", column = @Column(name = "ship_city"))
                    Address shipping;
                }
                """), source("com.acme.Address", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                class Address {
                    @Column(length = 80) String city;
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(source("com.acme.Legacy", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "naming-convention", reason = "mapped onto the vendor's existing schema")
                @Table(name = "TBL_LEGACY")
                class Legacy {
                    @Id @Column(name = "LEGACY_ID") Long id;
                }
                """));
    }

    @Test
    void reportedOnceWhereWrittenInMappedSuperclassAndOverrides() {
        lint.check(source("com.acme.Base", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Base {
                    // expect: naming-convention "column name 'ID' is upper snake case, not lower snake case (-Aentitylint.namingConvention=lower_snake_case, the default) — write @Column(name = \"id\"), or, if your project names everything in upper snake case, set -Aentitylint.namingConvention=upper_snake_case once"
                    @Id @Column(name = "ID") Long id;
                }
                """), source("com.acme.Shop", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Shop extends Base {
                    @Embedded
                    // expect: naming-convention "column name 'shipCity' is not lower snake case, so it reads differently in SQL than in the mapping"
                    @AttributeOverride(name = "city", column = @Column(name = "shipCity"))
                    Address shipping;
                }
                """), source("com.acme.Brand", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Brand extends Base {
                }
                """), source("com.acme.Address", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                class Address {
                    @Column(length = 80) String city;
                }
                """));
    }

    @Test
    void joinTableNamesAndTheirColumnsFollowTheConvention() {
        lint.check(source("com.acme.Course", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                @Table(name = "courses")
                class Course {
                    @Id Long id;

                    @ManyToMany
                    // expect: naming-convention "table name 'CoursePrerequisite'"
                    @JoinTable(name = "CoursePrerequisite",
                            joinColumns = @JoinColumn(name = "course_id"),
                            // expect: naming-convention "join column name 'prerequisiteId'"
                            inverseJoinColumns = @JoinColumn(name = "prerequisiteId"))
                    Set<Course> prerequisites;

                    @ElementCollection
                    @CollectionTable(name = "course_tag", joinColumns = @JoinColumn(name = "course_id"))
                    @Column(name = "tag", length = 20)
                    Set<String> tags;
                }
                """));
    }

    /** One project's consistent UPPER_SNAKE naming: each finding says what the names are and names the option. */
    @Test
    void upperSnakeNamesUnderTheDefaultNameTheOption() {
        lint.check(source("com.acme.OrderItem", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: naming-convention "table name 'ORDER_ITEMS' is upper snake case, not lower snake case (-Aentitylint.namingConvention=lower_snake_case, the default) — write @Table(name = \"order_items\"), or, if your project names everything in upper snake case, set -Aentitylint.namingConvention=upper_snake_case once"
                @Table(name = "ORDER_ITEMS",
                    // expect: naming-convention "index name 'IX_ORDER_ITEMS_SKU' is upper snake case"
                    indexes = @Index(name = "IX_ORDER_ITEMS_SKU", columnList = "SKU"))
                class OrderItem {
                    @Id Long id;
                    // expect: naming-convention "column name 'SKU' is upper snake case"
                    @Column(name = "SKU", length = 20) String sku;
                    // expect: naming-convention "column name 'Unit_Price' is not lower snake case, so it reads differently in SQL than in the mapping and, quoted or on a case-sensitive database, must be spelt exactly so forever — write @Column(name = \"unit_price\")"
                    @Column(name = "Unit_Price") long unitPrice;
                }
                """));
    }

    @Test
    void upperSnakeCaseConventionIsAnOption() {
        Lint.only("naming-convention", "-Aentitylint.namingConvention=upper_snake_case").check(source("com.acme.OrderItem", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                @Table(name = "ORDER_ITEMS",
                    indexes = @Index(name = "IX_ORDER_ITEMS_SKU2", columnList = "SKU2"),
                    uniqueConstraints = @UniqueConstraint(name = "UQ_ORDER_ITEMS_REF", columnNames = "REF"))
                class OrderItem {
                    @Id @Column(name = "ID") Long id;
                    @Column(name = "SKU2", length = 20) String sku;
                    @Column(name = "\\"REF\\"", length = 20) String ref;
                    // expect: naming-convention "column name 'unit_price' is lower snake case, not upper snake case (-Aentitylint.namingConvention=upper_snake_case) — write @Column(name = \"UNIT_PRICE\"), or, if your project names everything in lower snake case, set -Aentitylint.namingConvention=lower_snake_case once"
                    @Column(name = "unit_price") long unitPrice;
                    // expect: naming-convention "column name 'lineNo' is not upper snake case, so it reads differently in SQL than in the mapping and, quoted or on a case-sensitive database, must be spelt exactly so forever — write @Column(name = \"LINE_NO\")"
                    @Column(name = "lineNo") int lineNo;
                    // Not an SQL identifier at all: sql-identifier reports it, with a name to write (SqlIdentifierRuleTest).
                    @Column(name = "GROSS PRICE") long grossPrice;
                    @ManyToMany
                    @JoinTable(name = "ORDER_ITEM_TAGS", joinColumns = @JoinColumn(name = "ORDER_ITEM_ID",
                            foreignKey = @ForeignKey(name = "FK_ORDER_ITEM_TAGS_ITEM")))
                    Set<Tag> tags;
                }
                """), source("com.acme.Tag", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "TAGS")
                class Tag {
                    @Id @Column(name = "TAG_ID") Long id;
                }
                """));
    }
}
