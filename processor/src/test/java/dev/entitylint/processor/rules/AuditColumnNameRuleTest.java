package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class AuditColumnNameRuleTest {

    private final Lint lint = Lint.only("audit-column-name");

    @Test
    void reportsTimesKeptUnderOtherNamesOnceWhereWritten() {
        lint.check(AuditFieldsRuleTest.CREATED_DATE, AuditFieldsRuleTest.LAST_MODIFIED_DATE, source("com.acme.Auditable", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.LocalDateTime;
                import org.springframework.data.annotation.*;

                @MappedSuperclass
                public abstract class Auditable {
                    @CreatedDate
                    // expect: audit-column-name "column 'created_date' keeps the time a row was created, but the project's convention names it created_at"
                    @Column(name = "created_date", updatable = false) LocalDateTime createdDate;
                    // expect: audit-column-name "names it updated_at — write @Column(name = "
                    @LastModifiedDate @Column(name = "last_modified_date") LocalDateTime lastModifiedDate;
                }
                """), source("com.acme.Account", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Account extends Auditable {
                    @Id Long id;
                }
                """), source("com.acme.Team", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Team extends Auditable {
                    @Id Long id;
                }
                """), source("com.acme.Note", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                public class Note {
                    @Id Long id;
                    // expect: audit-column-name "'made_on' keeps the time a row was created"
                    Instant madeOn;
                    Instant lastSeen;

                    @PrePersist
                    void stamp() {
                        madeOn = Instant.now();
                    }
                }
                """));
    }

    @Test
    void theConventionalNamesAndOtherTimesAreNotReported() {
        lint.check(source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;
                import org.hibernate.annotations.*;

                @Entity
                public class Order {
                    @Id Long id;
                    @CreationTimestamp Instant createdAt;
                    @UpdateTimestamp @Column(name = "updated_at") Instant changed;
                    Instant shippedAt;
                    Instant lastLogin;
                }
                """));
    }

    @Test
    void followsTheConfiguredNamesAndTheNamingStrategy() {
        Lint.only("audit-column-name", "-Aentitylint.auditFields.created=created_date").check(source("com.acme.Row", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                public class Row {
                    @Id Long id;
                    Instant createdDate;
                    Instant updatedAt;
                }
                """));
        Lint.only("audit-column-name", "-Aentitylint.naming=jpa").check(source("com.acme.Row", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                public class Row {
                    @Id Long id;
                    // expect: audit-column-name "set -Aentitylint.auditFields.created=createdAt"
                    Instant createdAt;
                    // expect: audit-column-name "names it updated_at — name its column: @Column(name = "
                    Instant updatedAt;
                }
                """));
    }

    @Test
    void suppressedOnTheAttribute() {
        lint.check(source("com.acme.Row", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                public class Row {
                    @Id Long id;
                    @SuppressWarnings("entitylint:audit-column-name") Instant createdOn;
                }
                """));
    }
}
