package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class ReservedWordRuleTest {

    private final Lint lint = Lint.only("reserved-word");

    @Test
    void reportsReservedTableAndColumnNames() {
        lint.check(source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: error reserved-word "table name 'order' is a reserved word in PostgreSQL, MySQL, standard SQL, so every statement that does not quote it fails — rename the table: @Table(name = "
                @Table(name = "order")
                class Order {
                    @Id Long id;
                    // expect: reserved-word "column name 'group' (of 'group') is a reserved word in PostgreSQL, MySQL, standard SQL"
                    @Column(length = 20) String group;
                    // expect: reserved-word "column name 'key' (of 'apiKey') is a reserved word in MySQL, so every statement that does not quote it fails — rename the column: @Column(name = "
                    @Column(name = "key", length = 40) String apiKey;
                    @ManyToOne(fetch = FetchType.LAZY)
                    // expect: reserved-word "column name 'user' (of 'owner') is a reserved word in PostgreSQL, standard SQL, so every statement that does not quote it fails — rename the column: @JoinColumn(name = "
                    @JoinColumn(name = "user")
                    User owner;
                }
                """), source("com.acme.User", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: reserved-word "table name 'user' is a reserved word in PostgreSQL, standard SQL"
                class User {
                    @Id Long id;
                }
                """));
    }

    @Test
    void acceptsQuotedAndOrdinaryNames() {
        lint.check(source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "\\"order\\"")
                class Order {
                    @Id Long id;
                    @Column(name = "`group`", length = 20) String group;
                    @Column(length = 20) String status;
                    @Column(length = 40) String name;
                    @Column(length = 40) String type;
                    int position;
                    @Embedded Period period;
                }
                """), source("com.acme.Period", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.LocalDate;

                @Embeddable
                class Period {
                    LocalDate startsOn;
                    LocalDate endsOn;
                }
                """));
    }

    @Test
    void theReservedWordListsAreAnOption() {
        Lint.only("reserved-word", "-Aentitylint.reservedWords=postgresql").check(source("com.acme.Reading", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Reading {
                    @Id Long id;
                    double value;
                    int year;
                    // expect: reserved-word "is a reserved word in PostgreSQL, so"
                    @Column(name = "limit") int max;
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(source("com.acme.Group", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "reserved-word", reason = "hibernate.auto_quote_keyword is on in this application")
                class Group {
                    @Id Long id;
                    @Column(length = 20) String order;
                }
                """), source("com.acme.Membership", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Membership {
                    @Id Long id;
                    @SuppressWarnings("entitylint:reserved-word") @Column(length = 20) String role;
                    @SuppressWarnings("entitylint:reserved-word") int year;
                }
                """));
    }

    @Test
    void inheritedColumnsAreReportedOnceWhereWritten() {
        lint.check(source("com.acme.Described", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Described {
                    @Id Long id;
                    // expect: reserved-word "column name 'desc' (of 'description')"
                    @Column(name = "desc", length = 200) String description;
                }
                """), source("com.acme.Shop", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Shop extends Described {
                    @Embedded Window opening;
                }
                """), source("com.acme.Brand", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Brand extends Described {
                    @Embedded
                    @AttributeOverride(name = "start", column = @Column(name = "opens_at"))
                    Window opening;
                }
                """), source("com.acme.Window", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.LocalTime;

                @Embeddable
                class Window {
                    // expect: reserved-word "column name 'start' (of 'opening.start') is a reserved word in standard SQL"
                    LocalTime start;
                }
                """));
    }

    @Test
    void joinAndCollectionTablesAndTheirColumnsAreTablesToo() {
        lint.check(source("com.acme.Team", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                @Table(name = "teams")
                class Team {
                    @Id Long id;

                    @ManyToMany
                    // expect: reserved-word "table name 'group' of 'members' is a reserved word"
                    @JoinTable(name = "group",
                            joinColumns = @JoinColumn(name = "team_id"),
                            // expect: reserved-word "column name 'user' is a reserved word"
                            inverseJoinColumns = @JoinColumn(name = "user"))
                    Set<Member> members;

                    // expect: reserved-word "column name 'values' of the collection table of 'values'"
                    @ElementCollection Set<String> values;

                    @ElementCollection
                    @CollectionTable(name = "\\"order\\"")
                    @Column(name = "label", length = 20)
                    Set<String> labels;
                }
                """), source("com.acme.Member", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "members")
                class Member {
                    @Id Long id;
                }
                """));
    }
}
