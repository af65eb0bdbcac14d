package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class ConstraintNameRuleTest {

    private final Lint lint = Lint.only("constraint-name");

    @Test
    void reportsUnnamedIndexesAndConstraintsAtTheAnnotation() {
        lint.check(source("com.acme.User", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "users",
                    indexes = {
                        @Index(name = "ix_users_last_name", columnList = "last_name"),
                        // expect: warning constraint-name "@Index(name = "ix_users_status_created_at", columnList = "status, created_at")"
                        @Index(columnList = "status, created_at"),
                        // expect: constraint-name "ix_users_nickname"
                        @Index(name = "", columnList = "nickname")
                    },
                    // expect: constraint-name "@UniqueConstraint(name = "uq_users_email", columnNames = {"email"})"
                    uniqueConstraints = @UniqueConstraint(columnNames = "email"))
                public class User {
                    @Id Long id;
                    @Column(unique = true, length = 40) String handle;
                }
                """));
    }

    @Test
    void proposedNamesStartWithTheConfiguredPrefixes() {
        Lint.only("constraint-name", "-Aentitylint.names.index=idx_", "-Aentitylint.names.unique=UK_")
                .check(source("com.acme.User", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "users",
                    // expect: constraint-name "@Index(name = "idx_users_status", columnList = "status")"
                    indexes = @Index(columnList = "status"),
                    // expect: constraint-name "@UniqueConstraint(name = "uk_users_email", columnNames = {"email"})"
                    uniqueConstraints = @UniqueConstraint(columnNames = "email"))
                public class User {
                    @Id Long id;
                }
                """));
    }

    /**
     * A proposed name longer than the database takes (PostgreSQL cuts at 63 bytes) keeps its start
     * and ends with a checksum of the whole, so writing it brings no identifier-length finding.
     */
    @Test
    void aProposedNameFitsTheDatabase() {
        String name = "ix_customer_loyalty_programme_memberships_preferred_co_f988c04a";
        Lint.only("constraint-name", "-Aentitylint.rules=identifier-length:error").check(source("com.acme.Membership", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "customer_loyalty_programme_memberships", indexes = {
                    // expect: constraint-name "@Index(name = \"%s\", columnList"
                    @Index(columnList = "preferred_communication_channel_id"),
                    @Index(name = "%s", columnList = "preferred_communication_channel_id, id")
                })
                public class Membership {
                    @Id Long id;
                    @Column(name = "preferred_communication_channel_id") Long preferredCommunicationChannelId;
                }
                """.formatted(name, name)));
    }

    /** A project that writes names in upper snake case gets its proposed names in that case. */
    @Test
    void proposedNamesFollowTheNamingConvention() {
        Lint.only("constraint-name", "-Aentitylint.namingConvention=upper_snake_case").check(source("com.acme.Member", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "MEMBERS",
                    // expect: constraint-name "@Index(name = \"IX_MEMBERS_STATUS\", columnList = \"status\")"
                    indexes = @Index(columnList = "STATUS"))
                public class Member {
                    @Id Long id;
                    @Column(name = "STATUS", length = 10) String status;
                }
                """));
    }

    @Test
    void namedConstraintsAndSingleTableSubclassesAreQuiet() {
        lint.check(source("com.acme.Vehicle", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
                @Table(name = "vehicles",
                    // expect: constraint-name
                    indexes = @Index(columnList = "plate"),
                    uniqueConstraints = @UniqueConstraint(name = "uq_vehicles_vin", columnNames = "vin"))
                public class Vehicle {
                    @Id Long id;
                    @Column(length = 12) String plate;
                    @Column(length = 17) String vin;
                }
                """), source("com.acme.Truck", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Truck extends Vehicle {
                    int axles;
                }
                """));
    }

    @Test
    void suppressedOnTheClass() {
        lint.check(source("com.acme.Event", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "constraint-name", reason = "legacy schema owned by another team")
                @Table(indexes = @Index(columnList = "kind"))
                public class Event {
                    @Id Long id;
                    int kind;
                }
                """));
    }

    @Test
    void severityCanBeRaised() {
        Lint.only("constraint-name", "-Aentitylint.rules=constraint-name:error").check(source("com.acme.Log", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: error constraint-name
                @Table(indexes = @Index(columnList = "level"))
                public class Log {
                    @Id Long id;
                    int level;
                }
                """));
    }
}
