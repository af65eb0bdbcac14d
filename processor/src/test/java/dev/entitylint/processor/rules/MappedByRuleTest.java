package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappedByRuleTest {

    private final Lint lint = Lint.only("mapped-by");

    private static final String ORDER = """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "orders")
            class Order {
                @Id Long id;
                @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                @ManyToOne(fetch = FetchType.LAZY) Vendor seller;
                @OneToOne(fetch = FetchType.LAZY) Invoice invoice;
            }
            """;

    private static String customerWithTypo(String expectation) {
        return """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Customer {
                    @Id Long id;
                    // expect: EXPECTATION
                    @OneToMany(mappedBy = "custmer")
                    Set<Order> orders;
                }
                """.replace("EXPECTATION", expectation);
    }

    @Test
    void onEclipseLinkSaysOnlyWhatJpaRequires() {
        Lint.only("mapped-by", "-Aentitylint.provider=eclipselink").check(source("com.acme.Customer",
                customerWithTypo("error mapped-by \"Order has no attribute 'custmer', so EclipseLink cannot map the "
                        + "association: mappedBy must name the attribute that owns it — write mappedBy = "
                        + "\"customer\"\"")), source("com.acme.Order", ORDER), vendor(""),
                invoice("    @OneToOne(mappedBy = \"invoice\") Order order;"));
    }

    @Test
    void onHibernateSaysHibernateRefusesToStart() {
        for (String provider : List.of("hibernate", "auto")) {
            Lint.only("mapped-by", "-Aentitylint.provider=" + provider).check(source("com.acme.Customer",
                    customerWithTypo("error mapped-by \"Order has no attribute 'custmer', so Hibernate refuses to "
                            + "start\"")), source("com.acme.Order", ORDER), vendor(""),
                    invoice("    @OneToOne(mappedBy = \"invoice\") Order order;"));
        }
    }

    @Test
    void reportsUnknownAttributeWithTheClosestName() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Customer {
                    @Id Long id;
                    // expect: mapped-by "Order has no attribute 'custmer', so Hibernate refuses to start — write mappedBy = \"customer\""
                    @OneToMany(mappedBy = "custmer")
                    Set<Order> orders;
                }
                """), source("com.acme.Order", ORDER), vendor(""), invoice("    @OneToOne(mappedBy = \"invoice\") Order order;"));
    }

    @Test
    void reportsWrongKindAndWrongType() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Customer {
                    @Id Long id;
                    // expect: mapped-by "Order.invoice is a @OneToOne, not a @ManyToOne"
                    @OneToMany(mappedBy = "invoice") Set<Order> invoiced;
                    // expect: mapped-by "Order.seller refers to Vendor, not to Customer"
                    @OneToMany(mappedBy = "seller") Set<Order> sold;
                    @OneToMany(mappedBy = "customer") Set<Order> orders;
                }
                """), source("com.acme.Order", ORDER),
                vendor("    // expect: mapped-by \"Profile.vendor has a mappedBy itself, so neither side owns\"\n"
                        + "    @OneToOne(mappedBy = \"vendor\") Profile profile;"),
                invoice("    @OneToOne(mappedBy = \"invoice\") Order order;"), source("com.acme.Profile", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Profile {
                    @Id Long id;
                    // expect: mapped-by "Vendor.profile has a mappedBy itself"
                    @OneToOne(mappedBy = "profile") Vendor vendor;
                }
                """));
    }

    @Test
    void acceptsCorrectMappingsAcrossInheritanceAndEmbeddables() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Customer {
                    @Id Long id;
                    @OneToMany(mappedBy = "customer") List<Order> orders = new ArrayList<>();
                }
                """), source("com.acme.Order", ORDER),
                vendor("    @OneToMany(mappedBy = \"seller\") Set<Order> sales;\n"
                        + "    @ManyToMany(mappedBy = \"vendors\") Set<Region> regions;\n"
                        + "    @OneToMany(mappedBy = \"address.vendor\") Set<Depot> depots;"),
                invoice("    @OneToOne(mappedBy = \"invoice\") Order order;"),
                source("com.acme.Region", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Region {
                    @Id Long id;
                    @ManyToMany Set<Vendor> vendors;
                }
                """), source("com.acme.Depot", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Depot {
                    @Id Long id;
                    @Embedded DepotAddress address;
                }
                """), source("com.acme.DepotAddress", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                class DepotAddress {
                    @ManyToOne(fetch = FetchType.LAZY) Vendor vendor;
                }
                """), source("com.acme.Party", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                abstract class Party {
                    @Id Long id;
                    @OneToMany(mappedBy = "party") Set<Contact> contacts;
                }
                """), source("com.acme.Company", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Company extends Party {
                    @OneToMany(mappedBy = "employer") Set<Contact> staff;
                }
                """), source("com.acme.Contact", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class ContactBase {
                    @ManyToOne(fetch = FetchType.LAZY) Party party;
                }

                @Entity
                class Contact extends ContactBase {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) Company employer;
                }
                """));
    }

    @Test
    void suppressedOnTheAttribute() {
        lint.check(source("com.acme.Customer", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Customer {
                    @Id Long id;
                    @SuppressWarnings("entitylint:mapped-by")
                    @OneToMany(mappedBy = "buyer") Set<Order> orders;
                }
                """), source("com.acme.Order", ORDER), vendor(""), invoice("    @OneToOne(mappedBy = \"invoice\") Order order;"));
    }

    @Test
    void mappedSuperclassAssociationIsReportedOnceWhereWritten() {
        lint.check(source("com.acme.Owned", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @MappedSuperclass
                abstract class Owned {
                    @Id Long id;
                    // expect: mapped-by "has no attribute 'owner'"
                    @OneToMany(mappedBy = "owner") Set<Order> orders;
                }
                """), source("com.acme.Shop", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Shop extends Owned {
                }
                """), source("com.acme.Brand", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Brand extends Owned {
                }
                """), source("com.acme.Customer", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Customer {
                    @Id Long id;
                }
                """), source("com.acme.Order", ORDER), vendor(""), invoice(""));
    }

    private static javax.tools.JavaFileObject vendor(String members) {
        return source("com.acme.Vendor", """
                package com.acme;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                class Vendor {
                    @Id Long id;
                %s
                }
                """.formatted(members));
    }

    private static javax.tools.JavaFileObject invoice(String members) {
        return source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Invoice {
                    @Id Long id;
                %s
                }
                """.formatted(members));
    }
}
