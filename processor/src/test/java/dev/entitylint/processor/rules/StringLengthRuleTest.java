package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class StringLengthRuleTest {

    private final Lint lint = Lint.only("string-length");

    @Test
    void reportsStringWithoutLengthAtTheAttribute() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Customer {
                    @Id Long id;

                    // expect: string-length "@Column(length = 320)"
                    String email;

                    // expect: string-length "length = 255"
                    @Column(name = "display_name")
                    String displayName;

                    @Column(length = 80) String firstName;
                }
                """));
    }

    @Test
    void acceptsEveryWayOfStatingTheLength() {
        lint.check(source("com.acme.Article", """
                package com.acme;

                import jakarta.persistence.*;
                import jakarta.validation.constraints.Size;
                import org.hibernate.annotations.Formula;
                import org.hibernate.validator.constraints.Length;

                @Entity
                class Article {
                    @Id Long id;
                    @Column(length = 200) String title;
                    @Size(max = 64) String slug;
                    @Lob String body;
                    @Column(columnDefinition = "text") String summary;
                    @Transient String preview;
                    @Formula("upper(title)") String shouted;
                    static String CACHE;
                    transient String scratch;
                    int views;
                }
                """));
    }

    @Test
    void suppressedOnTheAttributeOrTheClass() {
        lint.check(source("com.acme.Legacy", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                @SuppressWarnings("entitylint:string-length")
                class Legacy {
                    @Id Long id;
                    String anything;
                }
                """), source("com.acme.Note", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                class Note {
                    @Id Long id;
                    @SuppressWarnings("entitylint") String free;
                    @Allow(value = "string-length", reason = "mirrors an external system's column") String external;
                    // expect: string-length
                    String unexcused;
                }
                """));
    }

    @Test
    void reportsMappedSuperclassAttributeOnceWhereItIsWritten() {
        lint.check(source("com.acme.Named", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Named {
                    @Id Long id;
                    // expect: string-length
                    String name;
                }
                """), source("com.acme.Shop", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Shop extends Named {
                }
                """), source("com.acme.Brand", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Brand extends Named {
                }
                """));
    }

    @Test
    void reportsEmbeddableAttributeOnce() {
        lint.check(source("com.acme.Address", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                class Address {
                    @Column(length = 120) String street;
                    // expect: string-length
                    String city;
                }
                """), source("com.acme.Warehouse", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Warehouse {
                    @Id Long id;
                    @Embedded Address address;
                    @Embedded
                    @AttributeOverride(name = "street", column = @Column(name = "ship_street", length = 120))
                    @AttributeOverride(name = "city", column = @Column(name = "ship_city", length = 80))
                    Address shipping;
                }
                """));
    }

    @Test
    void anEmbeddableColumnEveryUseOverridesWithALengthIsStated() {
        lint.check(source("com.acme.Address", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                class Address {
                    String street;
                    // expect: string-length "city"
                    String city;
                }
                """), source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.List;

                @Entity
                class Customer {
                    @Id Long id;
                    @Embedded
                    @AttributeOverride(name = "street", column = @Column(name = "street", length = 120))
                    @AttributeOverride(name = "city", column = @Column(name = "city", length = 80))
                    Address home;
                    @ElementCollection
                    @AttributeOverride(name = "street", column = @Column(name = "street", columnDefinition = "text"))
                    @AttributeOverride(name = "city", column = @Column(name = "city"))
                    // expect: string-length "@AttributeOverride of 'city' replaces its @Column as a whole"
                    List<Address> previous;
                }
                """));
    }

    @Test
    void anOverrideWithoutALengthResetsTheEmbeddablesLength() {
        lint.check(source("com.acme.Address", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                class Address {
                    @Column(length = 200) String street;
                    @Lob String notes;
                }
                """), source("com.acme.Depot", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Depot {
                    @Id Long id;
                    @Embedded
                    @AttributeOverride(name = "street", column = @Column(name = "depot_street"))
                    @AttributeOverride(name = "notes", column = @Column(name = "depot_notes"))
                    // expect: string-length "VARCHAR(255), not the 200 that Address states — state the length in the override's @Column: length = 200"
                    Address address;
                }
                """));
    }

    @Test
    void propertyAccessReadsGetters() {
        lint.check(source("com.acme.Tag", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Tag {
                    private Long id;
                    private String label;

                    @Id
                    public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }

                    // expect: string-length
                    public String getLabel() { return label; }
                    public void setLabel(String label) { this.label = label; }
                }
                """));
    }

    /** The length the message proposes (and the fix patch writes) follows what the name says the value is. */
    @Test
    void theProposedLengthFollowsWhatTheNameSaysTheValueIs() {
        lint.check(source("com.acme.Contact", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Contact {
                    @Id Long id;
                    // expect: string-length "@Column(length = 320)"
                    String contactEmail;
                    // expect: string-length "@Column(length = 320)"
                    String emailAddress;
                    // expect: string-length "@Column(length = 255)"
                    String emailFormat;
                    // expect: string-length "@Column(length = 255)"
                    String emailMessage;
                    // expect: string-length "@Column(length = 2048)"
                    String homepageUrl;
                    // expect: string-length "@Column(length = 32)"
                    String phoneNumber;
                    // expect: string-length "@Column(length = 255)"
                    String phoneNotes;
                    // expect: string-length "@Column(length = 2)"
                    String countryCode;
                    // expect: string-length "@Column(length = 255)"
                    String country;
                    // expect: string-length "@Column(length = 3)"
                    String currency;
                }
                """));
    }
}
