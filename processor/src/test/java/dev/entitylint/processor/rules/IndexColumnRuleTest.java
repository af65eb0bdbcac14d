package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class IndexColumnRuleTest {

    private final Lint lint = Lint.only("index-column");

    private static final JavaFileObject CUSTOMER = source("com.acme.Customer", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            class Customer {
                @Id Long id;
            }
            """);

    @Test
    void reportsUnknownColumnsWithTheClosestName() {
        lint.check(CUSTOMER, source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders",
                    indexes = {
                        // expect: error index-column "@Index of table 'orders' names column 'custmer_id', which the table does not have, so the database rejects the DDL Hibernate generates for it (Hibernate logs the error and starts anyway, or stops under hibernate.hbm2ddl.halt_on_error) — did you mean 'customer_id'? write columnList = "
                        @Index(name = "ix_orders_customer", columnList = "custmer_id, status"),
                        // expect: index-column "names column 'customer', which the table does not have, so the database rejects the DDL Hibernate generates for it (Hibernate logs the error and starts anyway, or stops under hibernate.hbm2ddl.halt_on_error) — did you mean 'customer_id'?"
                        @Index(name = "ix_orders_customer_only", columnList = "customer"),
                        // expect: index-column "name columns of table 'orders' (id, customer_id, status, placed_at, reference), as the database names them"
                        @Index(name = "ix_orders_shipped", columnList = "shipped")
                    },
                    uniqueConstraints =
                        // expect: index-column "@UniqueConstraint of table 'orders' names column 'referense'"
                        @UniqueConstraint(name = "uq_orders_reference", columnNames = "referense"))
                class Order {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                    @Column(length = 20) String status;
                    java.time.Instant placedAt;
                    @Column(length = 20) String reference;
                }
                """));
    }

    private static JavaFileObject indexedOrder(String expectation) {
        return source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders", indexes =
                    // expect: EXPECTATION
                    @Index(name = "ix_orders_customer", columnList = "custmer_id"))
                class Order {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                }
                """.replace("EXPECTATION", expectation));
    }

    private static final String HIBERNATE = "index-column \"names column 'custmer_id', which the table does not have, "
            + "so the database rejects the DDL Hibernate generates for it (Hibernate logs the error and starts anyway, "
            + "or stops under hibernate.hbm2ddl.halt_on_error) — did you mean 'customer_id'?\"";

    @Test
    void onEclipseLinkSaysWhatTheDatabaseDoesWithTheGeneratedDdl() {
        Lint.only("index-column", "-Aentitylint.provider=eclipselink").check(CUSTOMER, indexedOrder(
                "error index-column \"names column 'custmer_id', which the table does not have, so the DDL EclipseLink "
                        + "generates for it refers to a column that does not exist, and the database rejects it — did "
                        + "you mean 'customer_id'?\""));
    }

    @Test
    void onOpenJpaNamesOpenJpa() {
        Lint.only("index-column", "-Aentitylint.provider=openjpa").check(CUSTOMER, indexedOrder(
                "index-column \"so the DDL OpenJPA generates for it refers to a column that does not exist\""));
    }

    @Test
    void onHibernateSaysHibernateStartsAnyway() {
        Lint.only("index-column", "-Aentitylint.provider=hibernate").check(CUSTOMER, indexedOrder(HIBERNATE));
    }

    @Test
    void detectsHibernateOnTheClassPath() {
        // The test class path has hibernate-core: auto-detection picks Hibernate.
        Lint.only("index-column", "-Aentitylint.provider=auto").check(CUSTOMER, indexedOrder(HIBERNATE));
        lint.check(CUSTOMER, indexedOrder(HIBERNATE));
    }

    @Test
    void acceptsColumnsFromEveryPlaceJpaPutsThem() {
        lint.check(CUSTOMER, source("com.acme.Audited", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @MappedSuperclass
                abstract class Audited {
                    @Id Long id;
                    Instant createdAt;
                }
                """), source("com.acme.Address", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                class Address {
                    @Column(length = 80) String city;
                    @Column(length = 2) String country;
                }
                """), source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                @Table(name = "orders", indexes = {
                    @Index(name = "ix_orders_customer_id", columnList = "customer_id, createdAt desc"),
                    @Index(name = "ix_orders_ship_city", columnList = "ship_city, country"),
                    @Index(name = "ix_orders_deleted", columnList = "deleted")
                })
                @org.hibernate.annotations.SoftDelete
                class Order extends Audited {
                    @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                    @Embedded
                    @AttributeOverride(name = "city", column = @Column(name = "ship_city"))
                    Address shipping;
                    @OneToMany @JoinColumn(name = "order_ref") @OrderColumn List<Line> lines;
                }
                """), source("com.acme.Line", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes = @Index(name = "ix_line_order_ref", columnList = "order_ref, lines_order"))
                class Line {
                    @Id Long id;
                }
                """), source("com.acme.Payment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes = {
                    @Index(name = "ix_payment_dtype", columnList = "DTYPE, amount_cents"),
                    @Index(name = "ix_payment_card", columnList = "card_last4")
                })
                abstract class Payment {
                    @Id Long id;
                    long amountCents;
                }
                """), source("com.acme.CardPayment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class CardPayment extends Payment {
                    @Column(length = 4) String cardLast4;
                }
                """), source("com.acme.Party", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                abstract class Party {
                    @Id Long id;
                }
                """), source("com.acme.Company", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes = @Index(name = "ix_company_vat", columnList = "vat_number, id"))
                class Company extends Party {
                    @Column(length = 20) String vatNumber;
                }
                """), source("com.acme.Tag", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(uniqueConstraints = @UniqueConstraint(name = "uq_tag_label", columnNames = "label"))
                class Tag {
                    private Long id;
                    private String label;

                    @Id public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                    @Column(length = 40) public String getLabel() { return label; }
                    public void setLabel(String label) { this.label = label; }
                }
                """));
    }

    @Test
    void suppressedOnTheEntity() {
        lint.check(source("com.acme.Legacy", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "index-column", reason = "the column is added by a database trigger")
                @Table(indexes = @Index(name = "ix_legacy_sync", columnList = "synced_at"))
                class Legacy {
                    @Id Long id;
                }
                """));
    }

    /**
     * A one-way {@code @OneToMany @JoinColumn} without a name puts {@code <attribute>_<owner key
     * column>} into the target's table (Hibernate), also from inside an embedded value.
     */
    @Test
    void defaultJoinColumnOfAOneWayOneToManyIsBuiltFromTheOwnersKeyColumn() {
        lint.check(source("com.acme.Supplier", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Supplier {
                    @Id @Column(name = "supplierNo", length = 16) String number;
                    @OneToMany @JoinColumn List<Shipment> shipments;
                    @Embedded Card card;
                }
                """), source("com.acme.Card", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Embeddable
                class Card {
                    @OneToMany @JoinColumn @OrderColumn(name = "card_position") List<Shipment> notes;
                }
                """), source("com.acme.Shipment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes = {
                    @Index(name = "ix_shipment_supplier", columnList = "shipments_supplier_no"),
                    @Index(name = "ix_shipment_card", columnList = "notes_supplier_no, card_position"),
                    // expect: index-column "names column 'shipments_id', which the table does not have"
                    @Index(name = "ix_shipment_wrong", columnList = "shipments_id")
                })
                class Shipment {
                    @Id Long id;
                }
                """));
    }

    /**
     * The root of a declared SINGLE_TABLE hierarchy (here: abstract) is judged by its own columns
     * only: a subclass compiled apart from it may map the others, so nothing is said about them,
     * whether or not a subclass compiled with it maps them (see SingleFileRecompileTest).
     */
    @Test
    void aDeclaredSingleTableRootSaysNothingAboutColumnsItDoesNotMap() {
        lint.check(source("com.acme.Vehicle", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes = {
                    @Index(name = "ix_vehicle_seats", columnList = "seats"),
                    @Index(name = "ix_vehicle_wheels", columnList = "wheels")
                })
                abstract class Vehicle {
                    @Id Long id;
                }
                """), source("com.acme.Car", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Car extends Vehicle {
                    int seats;
                }
                """), source("com.acme.Bus", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Bus extends Vehicle {
                    int seats;
                    int axles;
                }
                """));
    }

    /** A root that declares no hierarchy is judged by its columns and those of the subclasses compiled with it. */
    @Test
    void anUndeclaredRootIsJudgedByTheHierarchyCompiledWithIt() {
        lint.check(source("com.acme.Vehicle", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes = {
                    @Index(name = "ix_vehicle_seats", columnList = "seats"),
                    // expect: index-column "names column 'wheels'"
                    @Index(name = "ix_vehicle_wheels", columnList = "wheels")
                })
                class Vehicle {
                    @Id Long id;
                }
                """), source("com.acme.Car", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Car extends Vehicle {
                    int seats;
                }
                """));
    }
}
