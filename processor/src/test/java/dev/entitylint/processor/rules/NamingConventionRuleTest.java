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
                // expect: warning naming-convention "table name 'OrderHeaders' is not lower snake_case, so it reads differently in SQL than in the mapping and, quoted or on a case-sensitive database, must be spelt exactly so forever — write @Table(name = "
                @Table(name = "OrderHeaders",
                    // expect: naming-convention "index name 'IX_Orders_Status' is not lower snake_case"
                    indexes = @Index(name = "IX_Orders_Status", columnList = "status"),
                    // expect: naming-convention "unique constraint name 'uqOrdersRef'"
                    uniqueConstraints = @UniqueConstraint(name = "uqOrdersRef", columnNames = "reference"))
                class Order {
                    @Id Long id;
                    // expect: naming-convention "column name 'orderStatus' is not lower snake_case"
                    @Column(name = "orderStatus", length = 20) String status;
                    @Column(length = 20) String reference;
                    @ManyToOne(fetch = FetchType.LAZY)
                    // expect: naming-convention "join column name 'CustomerID' is not lower snake_case, so it reads differently in SQL than in the mapping and, quoted or on a case-sensitive database, must be spelt exactly so forever — write @JoinColumn(name = "
                    @JoinColumn(name = "CustomerID",
                        // expect: naming-convention "foreign key name 'FK_Order_Customer'"
                        foreignKey = @ForeignKey(name = "FK_Order_Customer"))
                    Customer customer;
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
                    // expect: naming-convention "column name 'ID'"
                    @Id @Column(name = "ID") Long id;
                }
                """), source("com.acme.Shop", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Shop extends Base {
                    @Embedded
                    // expect: naming-convention "column name 'shipCity' is not lower snake_case, so it reads differently in SQL than in the mapping"
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
}
