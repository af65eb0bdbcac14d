package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class IdentifierLengthRuleTest {

    private final Lint lint = Lint.only("identifier-length");

    @Test
    void reportsNamesLongerThanPostgresAllows() {
        lint.check(source("com.acme.Shipment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: error identifier-length "table name 'shipment_tracking_events_received_from_external_carrier_partners' is 64 bytes, longer than the 63 that postgresql allows, so PostgreSQL silently truncates it"
                @Table(name = "shipment_tracking_events_received_from_external_carrier_partners",
                    indexes = {
                        // expect: identifier-length "@Index name 'ix_shipment_tracking_events_received_from_external_carrier_id_at' is 64 bytes, longer than the 63 that postgresql allows"
                        @Index(name = "ix_shipment_tracking_events_received_from_external_carrier_id_at", columnList = "id")
                    })
                class Shipment {
                    @Id Long id;
                    // expect: identifier-length "column name 'estimated_delivery_window_start_reported_by_the_carrier_system_api' is 66 bytes"
                    java.time.Instant estimatedDeliveryWindowStartReportedByTheCarrierSystemApi;
                    @Column(name = "exactly_sixty_three_bytes_long_name_for_a_column_xxxxxxxxxxxxxx") int fits;
                    @ManyToOne(fetch = FetchType.LAZY)
                    // expect: identifier-length "foreign key name 'fk_shipment_tracking_events_received_from_external_carrier_owner' is 64 bytes"
                    @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "fk_shipment_tracking_events_received_from_external_carrier_owner"))
                    Shipment owner;
                }
                """));
    }

    @Test
    void theLimitFollowsTheDatabaseOption() {
        Lint.only("identifier-length", "-Aentitylint.identifierLength=oracle11").check(source("com.acme.Account", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Account {
                    @Id Long id;
                    // expect: identifier-length "column name 'customer_reference_number_xxxxx' is 31 bytes, longer than the 30 that oracle11 allows, so the database rejects it"
                    @Column(name = "customer_reference_number_xxxxx") int reference;
                    @Column(name = "customer_reference_number_xxxx") int fits;
                }
                """));
        Lint.only("identifier-length", "-Aentitylint.identifierLength=20").check(source("com.acme.Account", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Account {
                    @Id Long id;
                    // expect: identifier-length "is 21 bytes, longer than the 20 that -Aentitylint.identifierLength allows"
                    int customerReferenceNo;
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(source("com.acme.Account", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Account {
                    @Id Long id;
                    @SuppressWarnings("entitylint:identifier-length")
                    int estimatedDeliveryWindowStartReportedByTheCarrierSystemApi;
                }
                """));
    }

    @Test
    void inheritedColumnIsReportedOnceWhereWritten() {
        lint.check(source("com.acme.Tracked", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Tracked {
                    @Id Long id;
                    // expect: identifier-length "column name 'last_synchronised_with_the_enterprise_resource_planning_system_at'"
                    java.time.Instant lastSynchronisedWithTheEnterpriseResourcePlanningSystemAt;
                }
                """), source("com.acme.Shop", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Shop extends Tracked {
                }
                """), source("com.acme.Brand", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Brand extends Tracked {
                }
                """));
    }

    @Test
    void joinTableNamesAndTheirColumnsAreChecked() {
        Lint.only("identifier-length", "-Aentitylint.identifierLength=20").check(source("com.acme.Course", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                @Table(name = "courses")
                class Course {
                    @Id Long id;

                    @ManyToMany
                    // expect: identifier-length "table name 'course_enrolled_students' is 24 bytes"
                    @JoinTable(name = "courseEnrolledStudents",
                            // expect: identifier-length "column name 'enrolled_course_identifier'"
                            joinColumns = @JoinColumn(name = "enrolled_course_identifier"),
                            inverseJoinColumns = @JoinColumn(name = "student_id"))
                    Set<Course> prerequisites;
                }
                """));
    }
}
