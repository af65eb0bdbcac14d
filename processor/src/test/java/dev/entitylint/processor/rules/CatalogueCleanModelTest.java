package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

/**
 * A realistic, correct model — inheritance strategies, {@code @IdClass}, {@code @MapsId},
 * {@code @ElementCollection}, embeddables with overrides, bidirectional associations and
 * getter-style accessors — compiled with every rule at its recommended default: nothing may be
 * reported. False positives cost users more than misses.
 */
class CatalogueCleanModelTest {

    @Test
    void correctModelReportsNothing() {
        Lint.allRules().check(source("com.shop.BaseEntity", """
                package com.shop;

                import jakarta.persistence.*;
                import java.time.Instant;

                @MappedSuperclass
                @org.hibernate.annotations.SQLRestriction("deleted_at IS NULL")
                public abstract class BaseEntity {
                    @Id @GeneratedValue Long id;
                    @Version Long version;
                    @Column(name = "created_at", nullable = false, updatable = false) Instant createdAt;
                    @Column(name = "updated_at", nullable = false) Instant updatedAt;
                    Instant deletedAt;

                    public Long getId() { return id; }
                    public boolean isDeleted() { return deletedAt != null; }
                }
                """), source("com.shop.Address", """
                package com.shop;

                import jakarta.persistence.*;

                @Embeddable
                public class Address {
                    @Column(length = 120) String street;
                    @Column(length = 80) String city;
                    @Column(length = 2) String country;
                }
                """), source("com.shop.Customer", """
                package com.shop;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                public class Customer extends BaseEntity {
                    @Column(length = 320, nullable = false) String email;
                    @Enumerated(EnumType.STRING) @Column(length = 16) CustomerStatus status;
                    @Embedded Address billing;
                    @Embedded
                    @AttributeOverride(name = "street", column = @Column(name = "ship_street", length = 120))
                    @AttributeOverride(name = "city", column = @Column(name = "ship_city", length = 80))
                    @AttributeOverride(name = "country", column = @Column(name = "ship_country", length = 2))
                    Address shipping;
                    @ElementCollection
                    @CollectionTable(name = "customer_phones", joinColumns = @JoinColumn(name = "customer_id"))
                    @Column(name = "phone", length = 32)
                    Set<String> phones = new HashSet<>();
                    @OneToMany(mappedBy = "customer") Set<PurchaseOrder> orders = new HashSet<>();

                    public String getEmail() { return email; }
                    public boolean isActive() { return status == CustomerStatus.ACTIVE; }
                }
                """), source("com.shop.CustomerStatus", """
                package com.shop;

                public enum CustomerStatus { ACTIVE, SUSPENDED }
                """), source("com.shop.OrderStatus", """
                package com.shop;

                public enum OrderStatus { NEW, PAID, SHIPPED }
                """), source("com.shop.PurchaseOrder", """
                package com.shop;

                import jakarta.persistence.*;
                import java.math.BigDecimal;
                import java.util.*;

                @Entity
                @Table(name = "purchase_orders", indexes =
                    @Index(name = "ix_purchase_orders_customer_id_status", columnList = "customer_id, status"))
                public class PurchaseOrder extends BaseEntity {
                    @ManyToOne(fetch = FetchType.LAZY, optional = false) Customer customer;
                    @Enumerated(EnumType.STRING) @Column(length = 16, nullable = false) OrderStatus status;
                    @Column(precision = 12, scale = 2) BigDecimal totalAmount;
                    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
                    @OrderColumn(name = "line_no")
                    List<OrderLine> lines = new ArrayList<>();
                    @ManyToMany
                    @JoinTable(name = "purchase_order_tags",
                        joinColumns = @JoinColumn(name = "purchase_order_id"),
                        inverseJoinColumns = @JoinColumn(name = "tag_id"))
                    Set<Tag> tags = new HashSet<>();
                }
                """), source("com.shop.OrderLine", """
                package com.shop;

                import jakarta.persistence.*;
                import java.math.BigDecimal;

                @Entity
                @Table(name = "order_lines", indexes = {
                    @Index(name = "ix_order_lines_order_id", columnList = "order_id"),
                    @Index(name = "ix_order_lines_product_id", columnList = "product_id")
                })
                public class OrderLine extends BaseEntity {
                    @ManyToOne(fetch = FetchType.LAZY, optional = false) PurchaseOrder order;
                    @ManyToOne(fetch = FetchType.LAZY) Product product;
                    int quantity;
                    @Column(precision = 12, scale = 2) BigDecimal unitPrice;
                }
                """), source("com.shop.Product", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                public class Product extends BaseEntity {
                    @Column(length = 64, nullable = false) String sku;
                    @Column(length = 200) String title;
                    @Lob String description;
                    @Column(length = 32) byte[] checksum;
                    @Column(length = 512) String imageKey;
                    boolean active;

                    public String getSku() { return sku; }
                    public void setSku(String sku) { this.sku = sku; }
                    public boolean isActive() { return active; }
                }
                """), source("com.shop.Tag", """
                package com.shop;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                public class Tag extends BaseEntity {
                    @Column(length = 40) String label;
                    @ManyToMany(mappedBy = "tags") Set<PurchaseOrder> orders = new HashSet<>();
                }
                """), source("com.shop.Payment", """
                package com.shop;

                import jakarta.persistence.*;
                import java.math.BigDecimal;

                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                @Table(indexes = @Index(name = "ix_payment_order_id", columnList = "order_id"))
                public abstract class Payment extends BaseEntity {
                    @Column(precision = 12, scale = 2, nullable = false) BigDecimal amount;
                    @OneToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "order_id")
                    PurchaseOrder order;
                }
                """), source("com.shop.CardPayment", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                public class CardPayment extends Payment {
                    @Column(length = 4) String last4;
                }
                """), source("com.shop.BankTransfer", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                public class BankTransfer extends Payment {
                    @Column(length = 34) String iban;
                }
                """), source("com.shop.StockLevel", """
                package com.shop;

                import jakarta.persistence.*;
                import java.io.Serializable;
                import java.time.Instant;

                @Entity
                @org.hibernate.annotations.SQLRestriction("deleted_at IS NULL")
                @IdClass(StockLevel.Key.class)
                public class StockLevel {
                    @Id Long warehouseId;
                    @Id Long productId;
                    int quantity;
                    @Column(name = "created_at", nullable = false) Instant createdAt;
                    @Column(name = "updated_at", nullable = false) Instant updatedAt;
                    Instant deletedAt;

                    public static class Key implements Serializable {
                        Long warehouseId;
                        Long productId;
                    }
                }
                """), source("com.shop.CustomerProfile", """
                package com.shop;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                @org.hibernate.annotations.SQLRestriction("deleted_at IS NULL")
                public class CustomerProfile {
                    @Id Long id;
                    @MapsId @OneToOne(fetch = FetchType.LAZY) Customer customer;
                    @Column(length = 500) String bio;
                    @Column(name = "created_at", nullable = false) Instant createdAt;
                    @Column(name = "updated_at", nullable = false) Instant updatedAt;
                    Instant deletedAt;
                }
                """));
    }
}
