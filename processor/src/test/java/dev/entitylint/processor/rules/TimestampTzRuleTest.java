package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class TimestampTzRuleTest {

    private final Lint lint = Lint.only("timestamp-tz");

    @Test
    void reportsTypesWithoutAnOffset() {
        lint.check(source("com.acme.Event", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.LocalDateTime;
                import java.util.*;

                @Entity
                class Event {
                    @Id Long id;
                    // expect: warning timestamp-tz "'startsAt' is a LocalDateTime, which has no offset, so the moment it names depends on the time zone of the JVM and database that wrote it — declare 'startsAt' as Instant (or OffsetDateTime)"
                    LocalDateTime startsAt;
                    // expect: timestamp-tz "'createdOn' is a java.util.Date"
                    @Temporal(TemporalType.TIMESTAMP) Date createdOn;
                    // expect: timestamp-tz "java.util.Calendar"
                    Calendar reminder;
                    // expect: timestamp-tz "java.sql.Timestamp"
                    java.sql.Timestamp loggedAt;
                }
                """));
    }

    @Test
    void acceptsInstantsOffsetsAndCalendarDates() {
        lint.check(source("com.acme.Event", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.*;
                import java.util.*;

                @Entity
                class Event {
                    @Id Long id;
                    Instant createdAt;
                    OffsetDateTime startsAt;
                    ZonedDateTime scheduledFor;
                    LocalDate birthday;
                    LocalTime opensAt;
                    Duration length;
                    @ElementCollection List<Instant> reminders;
                    @Transient LocalDateTime display;

                    public LocalDateTime getLocal() { return LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC); }
                }
                """));
    }

    @Test
    void suppressedOnTheAttribute() {
        lint.check(source("com.acme.Opening", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;
                import java.time.LocalDateTime;

                @Entity
                class Opening {
                    @Id Long id;
                    @Allow(value = "timestamp-tz", reason = "a shop's local opening time, the same wall clock in any zone")
                    LocalDateTime opensAt;
                    @SuppressWarnings("entitylint:timestamp-tz") LocalDateTime legacy;
                }
                """));
    }

    @Test
    void reportedOnceInMappedSuperclass() {
        lint.check(source("com.acme.Audited", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.LocalDateTime;

                @MappedSuperclass
                abstract class Audited {
                    @Id Long id;
                    // expect: timestamp-tz "'updatedAt' is a LocalDateTime"
                    LocalDateTime updatedAt;
                }
                """), source("com.acme.Shop", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Shop extends Audited {
                }
                """), source("com.acme.Brand", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Brand extends Audited {
                }
                """));
    }
}
