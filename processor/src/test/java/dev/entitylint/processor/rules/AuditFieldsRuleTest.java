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
                    // expect: audit-fields "is Date, not a timestamp"
                    java.util.Date createdAt;
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
        Lint.only("audit-fields", "-Aentitylint.naming=jpa").check(source("com.acme.Row", """
                package com.acme;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                // expect: audit-fields "has no created_at and updated_at columns"
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
}
