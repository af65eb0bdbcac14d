package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class EntityShapeRuleTest {

    private final Lint lint = Lint.only("entity-shape");

    @Test
    void reportsAFinalEntityAtTheClass() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                // expect: note entity-shape "entity Customer is final, so Hibernate cannot make lazy proxies of it: every association to it is loaded eagerly — remove final from the class"
                public final class Customer {
                    @Id Long id;
                }
                """));
    }

    @Test
    void reportsFinalMethodsThatReadFieldsButNotThoseGoingThroughGetters() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.Objects;

                @Entity
                public class Customer {
                    @Id Long id;
                    String name;

                    // expect: note entity-shape "method Customer.getName() is final and reads field 'name' directly, so on a lazy proxy of Customer, which cannot intercept it, it reads the proxy's empty field instead of the entity's — remove final from getName()"
                    public final String getName() {
                        return name;
                    }

                    public Long getId() {
                        return id;
                    }

                    // JPA Buddy's equals and hashCode: final, but they read the id through its getter.
                    @Override
                    public final boolean equals(Object o) {
                        return this == o || o instanceof Customer other && getId() != null
                                && Objects.equals(getId(), other.getId());
                    }

                    @Override
                    public final int hashCode() {
                        return getClass().hashCode();
                    }

                    private final String secret() {
                        return name;
                    }

                    public static final String describe(Customer customer) {
                        return customer.name;
                    }
                }
                """));
    }

    @Test
    void reportsAMissingOrPrivateConstructorWithoutParameters() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Customer {
                    @Id Long id;
                    String name;

                    // expect: entity-shape "entity Customer has no constructor without parameters, so the provider cannot instantiate it when it loads a row — add protected Customer() {}"
                    public Customer(String name) {
                        this.name = name;
                    }
                }
                """), source("com.acme.Supplier", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Supplier {
                    @Id Long id;

                    // expect: note entity-shape "entity Supplier's constructor without parameters is private, so the provider cannot make lazy proxies of it (Hibernate then loads every association to it eagerly) — make it protected"
                    private Supplier() {
                    }
                }
                """));
    }

    /** The implicit constructor, a protected or package one, an abstract entity and an embeddable are fine. */
    @Test
    void acceptsTheConstructorsAProviderCanCall() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Customer {
                    @Id Long id;
                }
                """), source("com.acme.Supplier", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Supplier {
                    @Id Long id;
                    String name;

                    protected Supplier() {
                    }

                    public Supplier(String name) {
                        this.name = name;
                    }
                }
                """), source("com.acme.Carrier", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Carrier {
                    @Id Long id;

                    Carrier() {
                    }
                }
                """), source("com.acme.Party", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                abstract class Party {
                    @Id Long id;

                    Party(Long id) {
                        this.id = id;
                    }
                }
                """), source("com.acme.Money", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                final class Money {
                    long cents;

                    Money(long cents) {
                        this.cents = cents;
                    }
                }
                """));
    }

    private static final String LOMBOK_BUILDER = """
            package com.acme;

            import jakarta.persistence.*;
            import lombok.*;

            @Entity
            @Getter
            // expect: entity-shape "entity Customer has no constructor without parameters (Lombok's @Builder replaced the implicit one), so the provider cannot instantiate it when it loads a row — add @NoArgsConstructor(access = AccessLevel.PROTECTED) and @AllArgsConstructor (which @Builder then uses)"
            @Builder
            public class Customer {
                @Id Long id;
                String name;
            }
            """;

    private static final String LOMBOK_PRIVATE = """
            package com.acme;

            import jakarta.persistence.*;
            import lombok.*;

            @Entity
            @Getter
            @Builder
            @AllArgsConstructor
            // expect: note entity-shape "write access = AccessLevel.PROTECTED"
            @NoArgsConstructor(access = AccessLevel.PRIVATE)
            public class Supplier {
                @Id Long id;
                String name;
            }
            """;

    private static final String LOMBOK_VALUE = """
            package com.acme;

            import jakarta.persistence.*;
            import lombok.*;

            @Entity
            // expect: note entity-shape "entity Rate is final (Lombok's @Value makes it so), so Hibernate cannot make lazy proxies of it: every association to it is loaded eagerly — replace @Value with @Getter"; entity-shape "entity Rate has no constructor without parameters (Lombok's @Value replaced the implicit one)"
            @Value
            public class Rate {
                @Id Long id;
                String code;
            }
            """;

    /** What Lombok writes: the protected constructor JPA wants, @Data's public one (no final fields). */
    private static final String LOMBOK_GOOD = """
            package com.acme;

            import jakarta.persistence.*;
            import lombok.*;

            @Entity
            @Getter
            @Setter
            @Builder
            @AllArgsConstructor
            @NoArgsConstructor(access = AccessLevel.PROTECTED)
            public class Carrier {
                @Id Long id;
                String name;
            }
            """;

    private static final String LOMBOK_DATA = """
            package com.acme;

            import jakarta.persistence.*;
            import lombok.*;

            @Entity
            @Data
            public class Depot {
                @Id Long id;
                String name;
            }
            """;

    @Test
    void readsLombokAnnotationsAsWritten() {
        lint.check(source("com.acme.Customer", LOMBOK_BUILDER), source("com.acme.Supplier", LOMBOK_PRIVATE),
                source("com.acme.Rate", LOMBOK_VALUE), source("com.acme.Carrier", LOMBOK_GOOD),
                source("com.acme.Depot", LOMBOK_DATA));
    }

    @Test
    void lombokGivesTheSameFindingsWhicheverProcessorRunsFirst() {
        LombokOrders.check("entity-shape", source("com.acme.Customer", LOMBOK_BUILDER),
                source("com.acme.Supplier", LOMBOK_PRIVATE), source("com.acme.Rate", LOMBOK_VALUE),
                source("com.acme.Carrier", LOMBOK_GOOD), source("com.acme.Depot", LOMBOK_DATA));
    }

    @Test
    void finalMethodOfAMappedSuperclassIsReportedWhereWritten() {
        lint.check(source("com.acme.Base", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Base {
                    @Id Long id;

                    // expect: note entity-shape "method Base.id() is final and reads field 'id'"
                    final Long id() {
                        return id;
                    }
                }
                """), source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Customer extends Base {
                }
                """));
    }

    /** EclipseLink weaves instead of subclassing: only a missing constructor matters there. */
    @Test
    void underEclipseLinkOnlyAMissingConstructorIsReported() {
        Lint.only("entity-shape", "-Aentitylint.provider=eclipselink").check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public final class Customer {
                    @Id Long id;
                    String name;

                    private Customer() {
                    }

                    public final String getName() {
                        return name;
                    }
                }
                """), source("com.acme.Supplier", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Supplier {
                    @Id Long id;

                    // expect: warning entity-shape "entity Supplier has no constructor without parameters"
                    public Supplier(Long id) {
                        this.id = id;
                    }
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @SuppressWarnings("entitylint:entity-shape")
                public final class Customer {
                    @Id Long id;

                    public Customer(Long id) {
                        this.id = id;
                    }
                }
                """));
    }
}
