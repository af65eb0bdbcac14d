package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class FkNameRuleTest {

    private final Lint lint = Lint.only("fk-name");

    private static final JavaFileObject CUSTOMER = source("com.acme.Customer", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "customers")
            class Customer {
                @Id Long id;
            }
            """);

    private static final JavaFileObject TAG = source("com.acme.Tag", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "tags")
            class Tag {
                @Id Long id;
            }
            """);

    @Test
    void reportsUnnamedForeignKeysWithTheNameToType() {
        lint.check(CUSTOMER, TAG, source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                @Table(name = "orders")
                // expect: warning fk-name "foreign key of secondary table 'order_notes' to 'orders' has no name, so the provider invents one (FKxyz...) that differs between providers and breaks migrations — add foreignKey = @ForeignKey(name = "fk_order_notes_orders") to its @SecondaryTable"
                @SecondaryTable(name = "order_notes")
                class Order {
                    @Id Long id;
                    // expect: fk-name "foreign key of 'customer' (customer_id) to 'customers' has no name, so the provider invents one (FKxyz...) that differs between providers and breaks migrations — add @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_orders_customer_id"))"
                    @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                    @ManyToOne(fetch = FetchType.LAZY)
                    // expect: fk-name "add foreignKey = @ForeignKey(name = "fk_orders_billing_id") to its @JoinColumn"
                    @JoinColumn(name = "billing_id")
                    Customer billing;
                    // expect: fk-name "the foreign keys of join table 'order_tags' have no names, so the provider invents them (FKxyz...), differently between providers, which breaks migrations — add foreignKey = @ForeignKey(name = "fk_order_tags_orders"), inverseForeignKey = @ForeignKey(name = "fk_order_tags_tags") to its @JoinTable"
                    @ManyToMany @JoinTable(name = "order_tags") Set<Tag> tags;
                    // expect: fk-name "foreign key of collection table 'order_codes' has no name, so the provider invents one (FKxyz...) that differs between providers and breaks migrations — add @CollectionTable(name = "order_codes", foreignKey = @ForeignKey(name = "fk_order_codes_orders"))"
                    @ElementCollection @Column(length = 20) Set<String> codes;
                }
                """));
    }

    @Test
    void namedKeysAndKeysTurnedOffAreQuiet() {
        lint.check(CUSTOMER, TAG, source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                @Table(name = "orders")
                @SecondaryTable(name = "order_notes", foreignKey = @ForeignKey(name = "fk_order_notes_orders"))
                class Order {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY)
                    @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_orders_customers"))
                    Customer customer;
                    @ManyToOne(fetch = FetchType.LAZY)
                    @JoinColumn(name = "archived_customer_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
                    Customer archivedCustomer;
                    @ManyToMany
                    @JoinTable(name = "order_tags", foreignKey = @ForeignKey(name = "fk_order_tags_orders"),
                        inverseForeignKey = @ForeignKey(name = "fk_order_tags_tags"))
                    Set<Tag> tags;
                    @ElementCollection
                    @CollectionTable(name = "order_codes", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
                    @Column(length = 20)
                    Set<String> codes;
                    @OneToMany(mappedBy = "order") List<Line> lines;
                }
                """), source("com.acme.Line", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "lines")
                class Line {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY)
                    @JoinColumn(name = "order_id", foreignKey = @ForeignKey(name = "fk_lines_orders"))
                    Order order;
                }
                """));
    }

    /**
     * A one-way @OneToMany puts its key in the target's table; a self-referencing join table
     * names its two keys by their columns; a key declared in a @MappedSuperclass serves several
     * tables and is not reported there (each table's name would differ).
     */
    @Test
    void oneToManyJoinColumnsSelfReferencesAndMappedSuperclasses() {
        lint.check(source("com.acme.Owned", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Owned {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) Person owner;
                }
                """), source("com.acme.Person", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                @Table(name = "people")
                class Person {
                    @Id Long id;
                    // expect: fk-name "foreign key of 'pets' in 'pets' to 'people' has no name"
                    @OneToMany @JoinColumn(name = "person_id") List<Pet> pets;
                    // expect: fk-name "foreignKey = @ForeignKey(name = "fk_friendships_person_id"), inverseForeignKey = @ForeignKey(name = "fk_friendships_friend_id")"
                    @ManyToMany @JoinTable(name = "friendships", joinColumns = @JoinColumn(name = "person_id"),
                        inverseJoinColumns = @JoinColumn(name = "friend_id"))
                    Set<Person> friends;
                }
                """), source("com.acme.Pet", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "pets")
                class Pet extends Owned {
                }
                """));
    }
}
