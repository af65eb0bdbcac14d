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
                // expect: error reserved-word "table name 'order' is a reserved word in PostgreSQL and H2, so every statement that does not quote it fails there — rename the table: @Table(name = "
                @Table(name = "order")
                class Order {
                    @Id Long id;
                    // expect: reserved-word "column name 'group' (of 'group') is a reserved word in PostgreSQL and H2, so"
                    @Column(length = 20) String group;
                    // expect: reserved-word "column name 'key' (of 'apiKey') is a reserved word in H2, so every statement that does not quote it fails there — rename the column: @Column(name = "
                    @Column(name = "key", length = 40) String apiKey;
                    @ManyToOne(fetch = FetchType.LAZY)
                    // expect: reserved-word "column name 'user' (of 'owner') is a reserved word in PostgreSQL and H2, so every statement that does not quote it fails there — rename the column: @JoinColumn(name = "
                    @JoinColumn(name = "user")
                    User owner;
                }
                """), source("com.acme.User", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: reserved-word "table name 'user' is a reserved word in PostgreSQL and H2, so"
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

    /**
     * Words standard SQL reserves but PostgreSQL and H2 accept unquoted as table and column names
     * (ReservedWordListsTest proves it on both): not reported by default.
     */
    @Test
    void wordsThatPostgresqlAndH2AcceptAreNotReportedByDefault() {
        lint.check(source("com.acme.Output", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.*;

                @Entity
                class Output {
                    @Id Long id;
                    LocalDate date;
                    Instant timestamp;
                    LocalTime time;
                    LocalTime start;
                    @Column(length = 20) String output;
                    @Column(length = 20) String status;
                    @Column(length = 20) String type;
                    @Column(length = 20) String name;
                    @Column(length = 20) String language;
                    @Column(length = 20) String result;
                    int position;
                    int level;
                    int number;
                }
                """));
    }

    @Test
    void wordsOnlyH2ReservesSayH2() {
        lint.check(source("com.acme.Setting", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "settings")
                class Setting {
                    @Id Long id;
                    // expect: reserved-word "column name 'value' (of 'value') is a reserved word in H2, so every statement that does not quote it fails there — rename the column: @Column(name = \"item_value\")"
                    @Column(length = 200) String value;
                    // expect: reserved-word "column name 'year' (of 'year') is a reserved word in H2, so"
                    int year;
                    // expect: reserved-word "column name 'minus' (of 'minus') is a reserved word in H2, so"
                    int minus;
                }
                """));
    }

    @Test
    void standardSqlAndMysqlAreOptInLists() {
        Lint.only("reserved-word", "-Aentitylint.reservedWords=sql,mysql").check(source("com.acme.Event", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.LocalDate;

                @Entity
                class Event {
                    @Id Long id;
                    // expect: reserved-word "column name 'date' (of 'date') is a reserved word in standard SQL (PostgreSQL and H2 accept it), so a database that follows the standard strictly rejects it unquoted"
                    LocalDate date;
                    // expect: reserved-word "column name 'key' (of 'key') is a reserved word in MySQL, so"
                    @Column(length = 20) String key;
                    // expect: reserved-word "column name 'order' (of 'order') is a reserved word in MySQL and in standard SQL, so every statement that does not quote it fails there"
                    int order;
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
                    // expect: reserved-word "column name 'hour' (of 'opening.hour') is a reserved word in H2, so"
                    LocalTime hour;
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

    @Test
    void aJoinTableRenameIsTheClassInSnakeCaseThenTheName() {
        lint.check(source("com.acme.TeamMember", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                @Table(name = "team_members")
                class TeamMember {
                    @Id Long id;

                    // expect: reserved-word "rename the table: @CollectionTable(name = \"team_member_group\")"
                    @ElementCollection @CollectionTable(name = "group") @Column(name = "label", length = 20)
                    Set<String> labels;
                }
                """));
    }
}
