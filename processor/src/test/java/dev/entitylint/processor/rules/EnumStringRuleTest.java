package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class EnumStringRuleTest {

    private final Lint lint = Lint.only("enum-string");

    private static final JavaFileObject STATUS = source("com.acme.Status", """
            package com.acme;

            enum Status { NEW, PAID, SHIPPED }
            """);

    @Test
    void reportsEnumsStoredByPosition() {
        lint.check(STATUS, source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Order {
                    @Id Long id;
                    // expect: enum-string "enum attribute 'status' (Status) has no @Enumerated, so JPA stores its position (ORDINAL)"
                    Status status;
                    // expect: enum-string "is stored by position (@Enumerated ORDINAL): inserting or reordering a constant of Status silently changes what every stored row means — write @Enumerated(EnumType.STRING) on 'previous'"
                    @Enumerated(EnumType.ORDINAL) Status previous;
                    // expect: enum-string
                    @Enumerated Status next;
                }
                """));
    }

    @Test
    void acceptsNamesConvertersAndStableCodes() {
        lint.check(STATUS, source("com.acme.Priority", """
                package com.acme;

                import jakarta.persistence.EnumeratedValue;

                enum Priority {
                    LOW(10), HIGH(20);

                    @EnumeratedValue final int code;

                    Priority(int code) { this.code = code; }
                }
                """), source("com.acme.StatusConverter", """
                package com.acme;

                import jakarta.persistence.*;

                @Converter
                class StatusConverter implements AttributeConverter<Status, String> {
                    public String convertToDatabaseColumn(Status s) { return s == null ? null : s.name().toLowerCase(); }
                    public Status convertToEntityAttribute(String s) { return s == null ? null : Status.valueOf(s.toUpperCase()); }
                }
                """), source("com.acme.Order", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;
                import org.hibernate.annotations.JdbcTypeCode;
                import org.hibernate.type.SqlTypes;

                @Entity
                class Order {
                    @Id Long id;
                    @Enumerated(EnumType.STRING) @Column(length = 16) Status status;
                    @Convert(converter = StatusConverter.class) Status legacy;
                    @JdbcTypeCode(SqlTypes.NAMED_ENUM) Status native_;
                    Priority priority;
                    @ElementCollection @Enumerated(EnumType.STRING) Set<Status> history;
                    transient Status cached;

                    public Status getStatus() { return status; }
                    public boolean isPaid() { return status == Status.PAID; }
                }
                """), source("com.acme.Ticket", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Ticket {
                    private Long id;
                    private Status status;

                    @Id public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                    @Enumerated(EnumType.STRING) public Status getStatus() { return status; }
                    public void setStatus(Status status) { this.status = status; }
                }
                """));
    }

    @Test
    void suppressedWithAReason() {
        lint.check(STATUS, source("com.acme.Order", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                class Order {
                    @Id Long id;
                    @Allow(value = "enum-string", reason = "column shared with a reporting job that reads numbers")
                    Status status;
                }
                """));
    }

    @Test
    void reportedOnceInMappedSuperclassAndEmbeddable() {
        lint.check(STATUS, source("com.acme.Tracked", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Tracked {
                    @Id Long id;
                    // expect: enum-string
                    Status status;
                }
                """), source("com.acme.Shipment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Shipment extends Tracked {
                    @Embedded Step last;
                    @Embedded
                    @AttributeOverride(name = "state", column = @Column(name = "first_state"))
                    Step first;
                }
                """), source("com.acme.Parcel", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Parcel extends Tracked {
                }
                """), source("com.acme.Step", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                class Step {
                    // expect: enum-string "enum attribute 'state'"
                    Status state;
                }
                """));
    }
}
