package dev.entitylint.processor.generate;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.CompiledSources;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A small shop model the repository behaviour tests compile once per JVM: an id inherited from a
 * {@code @MappedSuperclass} (Long, generated), UUID ids, a soft-deleted entity without setters, an
 * entity without soft delete, an {@code OffsetDateTime} soft-delete column, Hibernate's
 * {@code @SoftDelete} with its default boolean column (and an element collection) and with its
 * timestamp strategy, unique, composite and foreign key indexes.
 */
final class Shop {

    static final String PACKAGE = "com.acme.shop";
    static final List<String> ENTITIES = List.of("Customer", "Warehouse", "Shipment", "Tag", "Coupon");

    /** Only the rule under test: the behaviour tests are about the generated code. */
    static final List<String> OPTIONS = List.of("-Aentitylint.rules=all:off,repository:error");

    private static CompiledSources compiled;

    private Shop() {
    }

    static synchronized CompiledSources compiled() {
        if (compiled == null) {
            compiled = CompiledSources.compile(OPTIONS, sources().toArray(JavaFileObject[]::new));
        }
        return compiled;
    }

    static List<JavaFileObject> sources() {
        return List.of(source("com.acme.shop.LongIdEntity", """
                package com.acme.shop;

                import jakarta.persistence.*;

                @MappedSuperclass
                public abstract class LongIdEntity {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    public Long getId() {
                        return id;
                    }
                }
                """), source("com.acme.shop.Customer", """
                package com.acme.shop;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;
                import java.time.Instant;

                /** Soft-deleted through deleted_at, which has no setter. */
                @Entity
                @GenerateRepository
                @Table(name = "customer", indexes = @Index(name = "ix_customer_name", columnList = "name"))
                public class Customer extends LongIdEntity {
                    @Column(name = "email", unique = true, nullable = false, length = 120)
                    private String email;

                    @Column(name = "name", length = 80)
                    private String name;

                    @Column(name = "deleted_at")
                    private Instant deletedAt;

                    @Version
                    private long version;

                    protected Customer() {
                    }

                    public Customer(String email, String name) {
                        this.email = email;
                        this.name = name;
                    }

                    public String getEmail() {
                        return email;
                    }

                    public String getName() {
                        return name;
                    }

                    public void rename(String name) {
                        this.name = name;
                    }

                    public Instant getDeletedAt() {
                        return deletedAt;
                    }

                    public long getVersion() {
                        return version;
                    }
                }
                """), source("com.acme.shop.Warehouse", """
                package com.acme.shop;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;
                import java.util.UUID;

                /** No soft delete: delete removes the row. */
                @Entity
                @GenerateRepository
                @Table(name = "warehouse",
                        uniqueConstraints = @UniqueConstraint(name = "uq_warehouse_code", columnNames = "code"))
                public class Warehouse {
                    @Id
                    private UUID id;

                    @Column(name = "code", nullable = false, length = 20)
                    private String code;

                    protected Warehouse() {
                    }

                    public Warehouse(String code) {
                        this.id = UUID.randomUUID();
                        this.code = code;
                    }

                    public UUID getId() {
                        return id;
                    }

                    public String getCode() {
                        return code;
                    }
                }
                """), source("com.acme.shop.Shipment", """
                package com.acme.shop;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;
                import java.time.OffsetDateTime;
                import java.util.UUID;

                @Entity
                @GenerateRepository
                @Table(name = "shipment",
                        indexes = {
                            @Index(name = "ix_shipment_customer_id", columnList = "customer_id"),
                            @Index(name = "ix_shipment_warehouse_id_status", columnList = "warehouse_id, status")
                        },
                        uniqueConstraints = @UniqueConstraint(name = "uq_shipment_tracking_code",
                                columnNames = "tracking_code"))
                public class Shipment {
                    public enum Status { OPEN, SHIPPED }

                    @Id
                    private UUID id;

                    @Column(name = "tracking_code", nullable = false, length = 40)
                    private String trackingCode;

                    @ManyToOne(optional = false)
                    private Customer customer;

                    @ManyToOne(optional = false)
                    private Warehouse warehouse;

                    @Enumerated(EnumType.STRING)
                    @Column(name = "status", nullable = false, length = 20)
                    private Status status;

                    @Column(name = "deleted_at")
                    private OffsetDateTime deletedAt;

                    protected Shipment() {
                    }

                    public Shipment(String trackingCode, Customer customer, Warehouse warehouse, Status status) {
                        this.id = UUID.randomUUID();
                        this.trackingCode = trackingCode;
                        this.customer = customer;
                        this.warehouse = warehouse;
                        this.status = status;
                    }

                    public UUID getId() {
                        return id;
                    }

                    public String getTrackingCode() {
                        return trackingCode;
                    }

                    public OffsetDateTime getDeletedAt() {
                        return deletedAt;
                    }
                }
                """), source("com.acme.shop.Tag", """
                package com.acme.shop;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;
                import java.util.LinkedHashSet;
                import java.util.Set;
                import org.hibernate.annotations.SoftDelete;

                /** Hibernate's own soft delete, with a collection table that belongs to each row. */
                @Entity
                @GenerateRepository
                @SoftDelete
                @Table(name = "tag")
                public class Tag {
                    @Id
                    @GeneratedValue
                    private Long id;

                    @Column(name = "label", unique = true, nullable = false, length = 40)
                    private String label;

                    @ElementCollection
                    @CollectionTable(name = "tag_alias", joinColumns = @JoinColumn(name = "tag_id"))
                    @Column(name = "alias", length = 40)
                    private Set<String> aliases = new LinkedHashSet<>();

                    protected Tag() {
                    }

                    public Tag(String label) {
                        this.label = label;
                        this.aliases.add(label.toUpperCase());
                    }

                    public Long getId() {
                        return id;
                    }

                    public String getLabel() {
                        return label;
                    }
                }
                """), source("com.acme.shop.Coupon", """
                package com.acme.shop;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;
                import java.util.UUID;
                import org.hibernate.annotations.SoftDelete;
                import org.hibernate.annotations.SoftDeleteType;

                /** Hibernate's soft delete that records when: purgeable by age. */
                @Entity
                @GenerateRepository
                @SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "removed_at")
                @Table(name = "coupon")
                public class Coupon {
                    @Id
                    private UUID id;

                    @Column(name = "code", nullable = false, length = 20)
                    private String code;

                    protected Coupon() {
                    }

                    public Coupon(String code) {
                        this.id = UUID.randomUUID();
                        this.code = code;
                    }

                    public UUID getId() {
                        return id;
                    }

                    public String getCode() {
                        return code;
                    }
                }
                """));
    }
}
