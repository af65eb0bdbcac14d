package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class PrimaryKeyRuleTest {

    private final Lint lint = Lint.only("primary-key");

    @Test
    void reportsEntityWithoutIdentifierAtTheClass() {
        lint.check(source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: primary-key "entity Invoice has no @Id or @EmbeddedId, declared or inherited"
                class Invoice {
                    @Column(length = 20) String number;
                }
                """));
    }

    private static final String INVOICE = """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            // expect: EXPECTATION
            class Invoice {
                @Column(length = 20) String number;
            }
            """;

    @Test
    void onHibernateQuotesHibernatesRefusal() {
        String hibernate = "error primary-key \"entity Invoice has no @Id or @EmbeddedId, declared or inherited, so "
                + "Hibernate refuses to start (\"Entity 'com.acme.Invoice' has no identifier\")\"";
        Lint.only("primary-key", "-Aentitylint.provider=hibernate").check(
                source("com.acme.Invoice", INVOICE.replace("EXPECTATION", hibernate)));
        Lint.only("primary-key", "-Aentitylint.provider=auto").check(
                source("com.acme.Invoice", INVOICE.replace("EXPECTATION", hibernate)));
    }

    @Test
    void onEclipseLinkSaysOnlyWhatJpaRequires() {
        Lint.only("primary-key", "-Aentitylint.provider=eclipselink").check(source("com.acme.Invoice",
                INVOICE.replace("EXPECTATION", "error primary-key \"declared or inherited, so EclipseLink cannot map "
                        + "it: every JPA entity must have a primary key\"")));
    }

    @Test
    void primitiveIdentifierNoteNamesTheProvider() {
        Lint.only("primary-key", "-Aentitylint.provider=openjpa").check(source("com.acme.Counter", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Counter {
                    // expect: note primary-key "has id 0, which OpenJPA and Spring Data must guess means unsaved"
                    @Id @GeneratedValue long id;
                }
                """));
    }

    @Test
    void notesPrimitiveIdentifier() {
        lint.check(source("com.acme.Counter", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Counter {
                    // expect: note primary-key "identifier 'id' is a primitive long"
                    @Id @GeneratedValue long id;
                }
                """));
    }

    @Test
    void acceptsEveryWayOfDeclaringTheKey() {
        lint.check(source("com.acme.LineKey", """
                package com.acme;

                import jakarta.persistence.*;
                import java.io.Serializable;

                @Embeddable
                class LineKey implements Serializable {
                    Long orderId;
                    int lineNo;
                }
                """), source("com.acme.Line", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Line {
                    @EmbeddedId LineKey key;
                }
                """), source("com.acme.Membership", """
                package com.acme;

                import jakarta.persistence.*;
                import java.io.Serializable;

                @Entity
                @IdClass(Membership.Key.class)
                class Membership {
                    @Id int groupId;
                    @Id int userId;

                    static class Key implements Serializable {
                        int groupId;
                        int userId;
                    }
                }
                """), source("com.acme.Payment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                abstract class Payment {
                    @Id @GeneratedValue Long id;
                }
                """), source("com.acme.CardPayment", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class CardPayment extends Payment {
                    @Column(length = 4) String last4;
                }
                """), source("com.acme.PaymentDetails", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class PaymentDetails {
                    @Id Long id;
                    @MapsId @OneToOne(fetch = FetchType.LAZY) Payment payment;
                }
                """), source("com.acme.Tag", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Tag {
                    private Long id;

                    @Id @GeneratedValue
                    public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                    public boolean isNew() { return id == null; }
                }
                """));
    }

    @Test
    void suppressedOnTheClassOrTheAttribute() {
        lint.check(source("com.acme.Snapshot", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @SuppressWarnings("entitylint:primary-key")
                class Snapshot {
                    @Column(length = 20) String label;
                }
                """), source("com.acme.Sequence", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                class Sequence {
                    @Allow(value = "primary-key", reason = "assigned from a legacy counter, never 0")
                    @Id long id;
                }
                """));
    }

    @Test
    void inheritedIdentifierIsJudgedOnceWhereWritten() {
        lint.check(source("com.acme.Base", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Base {
                    // expect: note primary-key
                    @Id @GeneratedValue long id;
                }
                """), source("com.acme.Shop", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Shop extends Base {
                }
                """), source("com.acme.Brand", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Brand extends Base {
                }
                """), source("com.acme.Named", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Named {
                    @Column(length = 80) String name;
                }
                """), source("com.acme.Label", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: primary-key "entity Label has no @Id"
                class Label extends Named {
                }
                """));
    }
}
