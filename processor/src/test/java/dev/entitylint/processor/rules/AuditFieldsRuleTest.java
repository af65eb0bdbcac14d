package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class AuditFieldsRuleTest {

    private final Lint lint = Lint.only("audit-fields");

    @Test
    void reportsMissingColumnsOnceAtTheEntity() {
        lint.check(source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "invoices")
                // expect: audit-fields "created_at and updated_at"
                public class Invoice {
                    @Id Long id;
                }
                """), source("com.acme.Payment", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                // expect: audit-fields "has no updated_at column"
                public class Payment {
                    @Id Long id;
                    Instant createdAt;
                }
                """));
    }

    @Test
    void acceptsEveryTimestampTypeDeclaredOrInherited() {
        lint.check(source("com.acme.Audited", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.OffsetDateTime;

                @MappedSuperclass
                public abstract class Audited {
                    @Column(name = "created_at", nullable = false, updatable = false) OffsetDateTime createdAt;
                }
                """), source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.LocalDateTime;

                @Entity
                public class Order extends Audited {
                    @Id Long id;
                    LocalDateTime updatedAt;
                }
                """), source("com.acme.Shipment", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.*;

                @Entity
                public class Shipment {
                    @Id Long id;
                    ZonedDateTime createdAt;
                    Instant updatedAt;
                }
                """), source("com.acme.Parcel", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Parcel extends Shipment {
                }
                """));
    }

    @Test
    void reportsWrongTypeAtTheAttributeOnceForAMappedSuperclass() {
        lint.check(source("com.acme.Base", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @MappedSuperclass
                public abstract class Base {
                    @Id Long id;
                    // expect: audit-fields "is String, not a timestamp"
                    @Column(length = 40) String createdAt;
                    Instant updatedAt;
                }
                """), source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Customer extends Base {
                }
                """), source("com.acme.Supplier", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Supplier extends Base {
                }
                """));
    }

    @Test
    void columnNamesAreConfigurableAndFollowTheNamingOption() {
        Lint.only("audit-fields", "-Aentitylint.auditFields.created=inserted_at",
                "-Aentitylint.auditFields.updated=modified_at").check(source("com.acme.Row", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                public class Row {
                    @Id Long id;
                    Instant insertedAt;
                    Instant modifiedAt;
                }
                """));
        // Under JPA's naming the columns are createdAt and updatedAt: the times are there, under other
        // names (audit-column-name speaks of the names).
        Lint.only("audit-fields", "-Aentitylint.naming=jpa").check(source("com.acme.Row", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                public class Row {
                    @Id Long id;
                    Instant createdAt;
                    Instant updatedAt;
                }
                """));
    }

    @Test
    void suppressedWithAReason() {
        lint.check(source("com.acme.Country", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @Allow(value = "audit-fields", reason = "reference data loaded by migrations")
                public class Country {
                    @Id String code;
                }
                """), source("com.acme.Currency", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @SuppressWarnings("entitylint:audit-fields")
                public class Currency {
                    @Id String code;
                }
                """));
    }

    /** Spring Data's auditing annotations, as spring-data-commons declares them. */
    static final javax.tools.JavaFileObject CREATED_DATE = source("org.springframework.data.annotation.CreatedDate", """
            package org.springframework.data.annotation;

            import java.lang.annotation.*;

            @Retention(RetentionPolicy.RUNTIME)
            @Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE})
            public @interface CreatedDate {
            }
            """);
    static final javax.tools.JavaFileObject LAST_MODIFIED_DATE = source(
            "org.springframework.data.annotation.LastModifiedDate", """
            package org.springframework.data.annotation;

            import java.lang.annotation.*;

            @Retention(RetentionPolicy.RUNTIME)
            @Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE})
            public @interface LastModifiedDate {
            }
            """);

    @Test
    void recognisesTimestampsByWhatFillsThemUnderAnyName() {
        lint.check(CREATED_DATE, LAST_MODIFIED_DATE, source("com.acme.Auditable", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.LocalDateTime;
                import org.springframework.data.annotation.*;

                @MappedSuperclass
                public abstract class Auditable {
                    @CreatedDate @Column(name = "created_date", updatable = false) LocalDateTime createdDate;
                    @LastModifiedDate @Column(name = "last_modified_date") LocalDateTime lastModifiedDate;
                }
                """), source("com.acme.Account", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Account extends Auditable {
                    @Id Long id;
                }
                """), source("com.acme.Ticket", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;
                import org.hibernate.annotations.*;

                @Entity
                public class Ticket {
                    @Id Long id;
                    @CreationTimestamp Instant opened;
                    @UpdateTimestamp Instant touched;
                }
                """), source("com.acme.Reading", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.OffsetDateTime;
                import org.hibernate.annotations.CurrentTimestamp;
                import org.hibernate.generator.EventType;

                @Entity
                public class Reading {
                    @Id Long id;
                    @CurrentTimestamp(event = EventType.INSERT) OffsetDateTime takenOn;
                    @CurrentTimestamp OffsetDateTime changedOn;
                }
                """), source("com.acme.Note", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                public class Note {
                    @Id Long id;
                    Instant madeOn;
                    Instant editedOn;

                    @PrePersist
                    void stamp() {
                        madeOn = Instant.now();
                        this.editedOn = madeOn;
                    }

                    @PreUpdate
                    void restamp() {
                        setEditedOn(Instant.now());
                    }

                    void setEditedOn(Instant editedOn) {
                        this.editedOn = editedOn;
                    }
                }
                """));
    }

    @Test
    void recognisesTimestampsKeptUnderTheNamesTeamsUse() {
        lint.check(source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.LocalDateTime;

                @Entity
                public class Order {
                    @Id Long id;
                    @Column(name = "created_time") LocalDateTime createdTime;
                    @Column(name = "last_modified_date") LocalDateTime lastModifiedDate;
                }
                """), source("com.acme.Stamps", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.Date;

                @Embeddable
                public class Stamps {
                    Date creationDate;
                    Date modifiedOn;
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Invoice {
                    @Id Long id;
                    @Embedded Stamps stamps;
                }
                """));
    }

    @Test
    void aCallbackThatFillsOtherAttributesIsNotAnAuditTimestamp() {
        lint.check(source("com.acme.Device", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;
                import java.util.UUID;

                @Entity
                // expect: audit-fields "has no created_at and updated_at columns"
                public class Device {
                    @Id Long id;
                    UUID serial;
                    Instant lastSeen;

                    @PrePersist
                    void assignSerial() {
                        serial = UUID.randomUUID();
                    }
                }
                """), source("com.acme.Widget", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                // expect: audit-fields "has no updated_at column"
                public class Widget {
                    @Id Long id;
                    Instant made;

                    @PrePersist
                    void stamp() {
                        made = Instant.now();
                    }
                }
                """));
    }

    @Test
    void aCallbackWhoseBodyCannotBeReadCountsForTheTimestampsThereAre() {
        lint.check(source("com.acme.Base", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @MappedSuperclass
                public abstract class Base {
                    @PrePersist @PreUpdate
                    void touch() {
                        refresh();
                    }

                    abstract void refresh();
                }
                """), source("com.acme.Log", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                public class Log extends Base {
                    @Id Long id;
                    Instant first;
                    Instant latest;

                    @Override
                    void refresh() {
                    }
                }
                """), source("com.acme.Flag", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: audit-fields "has no created_at and updated_at columns"
                public class Flag extends Base {
                    @Id Long id;
                    String name;

                    @Override
                    void refresh() {
                    }
                }
                """));
    }

    @Test
    void anEntityListenersCallbackCountsForTheTimesThereAreButSpringDatasListenerOnlyForItsAnnotations() {
        lint.check(source("org.springframework.data.jpa.domain.support.AuditingEntityListener", """
                package org.springframework.data.jpa.domain.support;

                import jakarta.persistence.*;

                public class AuditingEntityListener {
                    @PrePersist
                    public void touchForCreate(Object target) {
                    }

                    @PreUpdate
                    public void touchForUpdate(Object target) {
                    }
                }
                """), source("com.acme.Stamper", """
                package com.acme;

                import jakarta.persistence.*;

                public class Stamper {
                    @PrePersist @PreUpdate
                    void stamp(Object entity) {
                        ((Stamped) entity).stamp();
                    }
                }
                """), source("com.acme.Stamped", """
                package com.acme;

                public interface Stamped {
                    void stamp();
                }
                """), source("com.acme.Letter", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                @EntityListeners(Stamper.class)
                public class Letter implements Stamped {
                    @Id Long id;
                    Instant sent;
                    Instant read;

                    public void stamp() {
                    }
                }
                """), source("com.acme.Parcel", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;
                import org.springframework.data.jpa.domain.support.AuditingEntityListener;

                @Entity
                @EntityListeners(AuditingEntityListener.class)
                // expect: audit-fields "has no created_at and updated_at columns"
                public class Parcel {
                    @Id Long id;
                    Instant shipped;
                }
                """));
    }

    /**
     * A legacy java.util.Date (with @Temporal) or an epoch long holds a point in time: it is an audit
     * time (whether it keeps the zone is timestamp-tz's concern), also under the configured names.
     */
    @Test
    void legacyAndEpochTimeTypesAreAuditTimes() {
        Lint.only("audit-fields", "-Aentitylint.auditFields.created=created_date",
                "-Aentitylint.auditFields.updated=updated_time").check(source("com.acme.Ledger", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Ledger {
                    @Id Long id;
                    @Temporal(TemporalType.TIMESTAMP) @Column(name = "created_date") java.util.Date createdDate;
                    @Column(name = "updated_time") long updatedTime;
                }
                """));
    }
}
