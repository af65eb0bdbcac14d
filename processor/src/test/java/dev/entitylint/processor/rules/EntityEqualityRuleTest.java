package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class EntityEqualityRuleTest {

    private final Lint lint = Lint.only("entity-equality");

    private static final JavaFileObject ORDER_LINE = source("com.acme.OrderLine", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            class OrderLine {
                @Id @GeneratedValue Long id;
                @ManyToOne(fetch = FetchType.LAZY) PurchaseOrder order;
            }
            """);

    /** The accepted pattern: equals over a non-null generated id, a constant hashCode. */
    @Test
    void acceptsEqualsOverANonNullIdAndAConstantHashCode() {
        lint.check(ORDER_LINE, source("com.acme.PurchaseOrder", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class PurchaseOrder {
                    @Id @GeneratedValue Long id;
                    String reference;
                    String status;
                    @OneToMany(mappedBy = "order") List<OrderLine> lines;

                    @Override
                    public boolean equals(Object o) {
                        if (this == o) {
                            return true;
                        }
                        if (!(o instanceof PurchaseOrder)) {
                            return false;
                        }
                        PurchaseOrder other = (PurchaseOrder) o;
                        return id != null && id.equals(other.id);
                    }

                    @Override
                    public int hashCode() {
                        return getClass().hashCode();
                    }
                }
                """), source("com.acme.Book", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.Objects;

                /** A natural key (assigned, immutable) may be compared and hashed. */
                @Entity
                class Book {
                    @Id @GeneratedValue Long id;
                    @Column(unique = true, updatable = false) String isbn;
                    String title;

                    public String getIsbn() {
                        return isbn;
                    }

                    @Override
                    public boolean equals(Object o) {
                        return o instanceof Book other && Objects.equals(getIsbn(), other.getIsbn());
                    }

                    @Override
                    public int hashCode() {
                        return Objects.hash(isbn);
                    }
                }
                """));
    }

    /** The id of an associated entity (already persisted) is not the entity's own generated id. */
    @Test
    void acceptsComparingTheIdOfAnAssociatedEntity() {
        lint.check(source("com.acme.Client", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Client {
                    @Id @GeneratedValue Long id;

                    Long getId() {
                        return id;
                    }
                }
                """), source("com.acme.UserClient", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class UserClient {
                    @Id @GeneratedValue Long id;
                    @ManyToOne Client client;

                    @Override
                    public boolean equals(Object o) {
                        if (!(o instanceof UserClient)) {
                            return false;
                        }
                        UserClient that = (UserClient) o;
                        return this.client.getId().equals(that.client.getId());
                    }

                    @Override
                    public int hashCode() {
                        return 17 + (null == this.client ? 0 : client.getId().hashCode() * 31);
                    }
                }
                """));
    }

    @Test
    void reportsEqualsAndHashCodeOverEveryAttribute() {
        lint.check(ORDER_LINE, source("com.acme.PurchaseOrder", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class PurchaseOrder {
                    @Id @GeneratedValue Long id;
                    String reference;
                    String status;
                    @OneToMany(mappedBy = "order") List<OrderLine> lines;

                    @Override
                    // expect: warning entity-equality "PurchaseOrder.equals compares every attribute, so an entity stops being equal to itself as it changes, and comparing loads its lazy associations — write equals: o instanceof PurchaseOrder other && id != null && id.equals(other.getId()); hashCode: return getClass().hashCode();"
                    public boolean equals(Object o) {
                        if (!(o instanceof PurchaseOrder that)) {
                            return false;
                        }
                        return Objects.equals(id, that.id) && Objects.equals(reference, that.reference)
                                && Objects.equals(status, that.status) && Objects.equals(lines, that.lines);
                    }

                    @Override
                    // expect: entity-equality "PurchaseOrder.hashCode hashes every attribute, so it changes whenever the entity does"
                    public int hashCode() {
                        return Objects.hash(getReference(), getStatus(), getLines());
                    }

                    String getReference() {
                        return reference;
                    }

                    String getStatus() {
                        return status;
                    }

                    List<OrderLine> getLines() {
                        return lines;
                    }
                }
                """));
    }

    @Test
    void reportsAGeneratedIdComparedOrHashedWithoutANullGuard() {
        lint.check(ORDER_LINE, source("com.acme.PurchaseOrder", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class PurchaseOrder {
                    @Id @GeneratedValue Long id;
                    String reference;

                    @Override
                    // expect: entity-equality "PurchaseOrder.equals compares the generated id 'id' without checking it for null, so any two new PurchaseOrders are equal (a Set keeps one of them)"
                    public boolean equals(Object o) {
                        return o instanceof PurchaseOrder other && Objects.equals(id, other.id);
                    }

                    @Override
                    // expect: entity-equality "PurchaseOrder.hashCode hashes the generated id 'id', which changes from null when the entity is persisted: a HashSet holding a new PurchaseOrder no longer finds it — return getClass().hashCode();"
                    public int hashCode() {
                        return Objects.hashCode(id);
                    }
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                /** An assigned id (no @GeneratedValue) is known from the start: comparing it is fine. */
                @Entity
                class Invoice {
                    @Id UUID id = UUID.randomUUID();
                    String number;

                    @Override
                    public boolean equals(Object o) {
                        return o instanceof Invoice other && id.equals(other.id);
                    }

                    @Override
                    public int hashCode() {
                        return id.hashCode();
                    }
                }
                """));
    }

    /** An id inherited from a mapped superclass, read through its getter, is the entity's generated id too. */
    @Test
    void readsAGeneratedIdInheritedFromAMappedSuperclass() {
        lint.check(source("com.acme.Base", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Base {
                    @Id @GeneratedValue Long id;

                    public Long getId() {
                        return id;
                    }
                }
                """), source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Customer extends Base {
                    String name;

                    @Override
                    // expect: entity-equality "Customer.equals compares the generated id 'id' without checking it for null"
                    public boolean equals(Object o) {
                        return o instanceof Customer other && getId().equals(other.getId());
                    }

                    @Override
                    public int hashCode() {
                        return 31;
                    }
                }
                """), source("com.acme.Supplier", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Supplier extends Base {
                    String name;

                    @Override
                    public boolean equals(Object o) {
                        return o instanceof Supplier other && getId() != null && getId().equals(other.getId());
                    }

                    @Override
                    public int hashCode() {
                        return Supplier.class.hashCode();
                    }
                }
                """));
    }

    private static final String LOMBOK_DATA = """
            package com.acme;

            import jakarta.persistence.*;
            import java.util.*;
            import lombok.*;

            @Entity
            // expect: entity-equality "@Data writes equals/hashCode over every field of Customer, so an entity changes its hash as it changes (and is lost in a HashSet) and comparing loads lazy associations; @Data writes a toString that reads lazy 'orders': printing a detached Customer throws LazyInitializationException, printing a managed one loads it (and a two-way association recurses) — replace @Data with @Getter @Setter and write equals"
            @Data
            public class Customer {
                @Id @GeneratedValue Long id;
                String name;
                @OneToMany(mappedBy = "customer") List<Account> orders;
            }
            """;

    private static final String LOMBOK_EQUALS = """
            package com.acme;

            import jakarta.persistence.*;
            import lombok.*;

            @Entity
            @Getter
            // expect: entity-equality "@EqualsAndHashCode writes equals/hashCode over every field of Account"
            @EqualsAndHashCode
            // expect: entity-equality "@ToString writes a toString that reads lazy 'customer': printing a detached Account throws LazyInitializationException"
            @ToString
            public class Account {
                @Id @GeneratedValue Long id;
                String iban;
                @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                @ManyToOne Bank bank;
            }
            """;

    private static final String LOMBOK_ID = """
            package com.acme;

            import jakarta.persistence.*;
            import lombok.*;

            @Entity
            @Getter
            // expect: entity-equality "@EqualsAndHashCode compares the generated id 'id', which is null until the entity is persisted"
            @EqualsAndHashCode(onlyExplicitlyIncluded = true)
            public class Bank {
                @Id @GeneratedValue @EqualsAndHashCode.Include Long id;
                String name;
            }
            """;

    /** A natural key only, toString without the lazy association: Lombok used as it should be on an entity. */
    private static final String LOMBOK_GOOD = """
            package com.acme;

            import jakarta.persistence.*;
            import lombok.*;

            @Entity
            @Getter
            @Setter
            @EqualsAndHashCode(onlyExplicitlyIncluded = true)
            @ToString
            public class Branch {
                @Id @GeneratedValue Long id;
                @EqualsAndHashCode.Include @Column(unique = true, updatable = false) String code;
                @ToString.Exclude @ManyToOne(fetch = FetchType.LAZY) Bank bank;
            }
            """;

    private static final String LOMBOK_VALUE = """
            package com.acme;

            import jakarta.persistence.*;
            import lombok.*;

            @Entity
            @NoArgsConstructor(access = AccessLevel.PROTECTED, force = true)
            // expect: entity-equality "@Value writes equals/hashCode over every field of Rate"
            @Value
            @lombok.experimental.NonFinal
            public class Rate {
                @Id @GeneratedValue Long id;
                String code;
            }
            """;

    @Test
    void reportsLombokOnEntities() {
        lint.check(source("com.acme.Customer", LOMBOK_DATA), source("com.acme.Account", LOMBOK_EQUALS),
                source("com.acme.Bank", LOMBOK_ID), source("com.acme.Branch", LOMBOK_GOOD),
                source("com.acme.Rate", LOMBOK_VALUE));
    }

    @Test
    void lombokGivesTheSameFindingsWhicheverProcessorRunsFirst() {
        LombokOrders.check("entity-equality", source("com.acme.Customer", LOMBOK_DATA),
                source("com.acme.Account", LOMBOK_EQUALS), source("com.acme.Bank", LOMBOK_ID),
                source("com.acme.Branch", LOMBOK_GOOD), source("com.acme.Rate", LOMBOK_VALUE));
    }

    /** Value semantics are right for an embeddable. */
    @Test
    void leavesEmbeddablesAlone() {
        lint.check(source("com.acme.Money", """
                package com.acme;

                import jakarta.persistence.*;
                import lombok.*;

                @Embeddable
                @Data
                public class Money {
                    long cents;
                    String currency;
                }
                """));
    }

    @Test
    void lombokOnAMappedSuperclassIsReportedThere() {
        lint.check(source("com.acme.Base", """
                package com.acme;

                import jakarta.persistence.*;
                import lombok.*;

                @MappedSuperclass
                // expect: entity-equality "@EqualsAndHashCode writes equals/hashCode over every field of Base"
                @EqualsAndHashCode
                abstract class Base {
                    @Id @GeneratedValue Long id;
                    String createdBy;
                }
                """), source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Customer extends Base {
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;
                import lombok.*;

                @Entity
                @Data
                @SuppressWarnings("entitylint:entity-equality")
                public class Customer {
                    @Id @GeneratedValue Long id;
                    String name;
                }
                """));
    }
}
