package dev.entitylint.processor.generate;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.CompiledSources;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A multi-tenant order model the tenant, aggregate and keyset tests compile once per JVM
 * ({@code -Aentitylint.tenantColumn=tenant_id}): every table carries {@code tenant_id} and every
 * index leads with it. {@code PurchaseOrder} is an aggregate root that owns its lines
 * ({@code cascade = ALL, orphanRemoval}), which own their notes ({@code cascade = REMOVE}); its
 * index {@code (tenant_id, customer_id, placed_at)} gives {@code findByCustomer} ordered by
 * {@code placedAt}, then id. Orders and lines have {@code deleted_by}. {@code Ticket} uses
 * Hibernate's {@code @TenantId}. {@code Store} maps {@code tenant_id} as a {@code @ManyToOne} to
 * {@code Tenant} (a table every tenant shares).
 */
final class Orders {

    static final String PACKAGE = "com.acme.orders";
    static final List<String> ENTITIES = List.of("Account", "PurchaseOrder", "OrderLine", "LineNote", "Ticket",
            "Tenant", "Store");

    static final List<String> OPTIONS = List.of("-Aentitylint.rules=all:off,repository:error",
            "-Aentitylint.tenantColumn=tenant_id");

    private static CompiledSources compiled;

    private Orders() {
    }

    static synchronized CompiledSources compiled() {
        if (compiled == null) {
            compiled = CompiledSources.compile(OPTIONS, sources().toArray(JavaFileObject[]::new));
        }
        return compiled;
    }

    static List<JavaFileObject> sources() {
        return List.of(source("com.acme.orders.TenantOwned", """
                package com.acme.orders;

                import jakarta.persistence.*;

                /** The tenant column, set by the repository on save when missing; no setter. */
                @MappedSuperclass
                public abstract class TenantOwned {
                    @Column(name = "tenant_id", nullable = false, updatable = false, length = 20)
                    private String tenantId;

                    public String getTenantId() {
                        return tenantId;
                    }
                }
                """), source("com.acme.orders.Account", """
                package com.acme.orders;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                @GenerateRepository
                @Table(name = "account",
                        uniqueConstraints = @UniqueConstraint(name = "uq_account_tenant_id_email",
                                columnNames = {"tenant_id", "email"}),
                        indexes = @Index(name = "ix_account_tenant_id_name", columnList = "tenant_id, name"))
                public class Account extends TenantOwned {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @Column(name = "email", nullable = false, length = 120)
                    private String email;

                    @Column(name = "name", nullable = false, length = 80)
                    private String name;

                    @Column(name = "deleted_at")
                    private Instant deletedAt;

                    protected Account() {
                    }

                    public Account(String email, String name) {
                        this.email = email;
                        this.name = name;
                    }

                    public Long getId() {
                        return id;
                    }

                    public String getEmail() {
                        return email;
                    }

                    public String getName() {
                        return name;
                    }

                    public Instant getDeletedAt() {
                        return deletedAt;
                    }
                }
                """), source("com.acme.orders.PurchaseOrder", """
                package com.acme.orders;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;
                import java.time.Instant;
                import java.util.ArrayList;
                import java.util.List;

                @Entity
                @GenerateRepository
                @Table(name = "purchase_order", indexes = @Index(name = "ix_purchase_order_customer_placed_at",
                        columnList = "tenant_id, customer_id, placed_at"))
                public class PurchaseOrder extends TenantOwned {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @ManyToOne(optional = false, fetch = FetchType.LAZY)
                    @JoinColumn(name = "customer_id", nullable = false)
                    private Account customer;

                    @Column(name = "placed_at", nullable = false)
                    private Instant placedAt;

                    @Column(name = "deleted_at")
                    private Instant deletedAt;

                    @Column(name = "deleted_by", length = 40)
                    private String deletedBy;

                    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
                    private List<OrderLine> lines = new ArrayList<>();

                    protected PurchaseOrder() {
                    }

                    public PurchaseOrder(Account customer, Instant placedAt) {
                        this.customer = customer;
                        this.placedAt = placedAt;
                    }

                    public Long getId() {
                        return id;
                    }

                    public Instant getPlacedAt() {
                        return placedAt;
                    }

                    public Instant getDeletedAt() {
                        return deletedAt;
                    }

                    public String getDeletedBy() {
                        return deletedBy;
                    }

                    public List<OrderLine> getLines() {
                        return lines;
                    }

                    public OrderLine addLine(String sku) {
                        OrderLine line = new OrderLine(this, sku);
                        lines.add(line);
                        return line;
                    }
                }
                """), source("com.acme.orders.OrderLine", """
                package com.acme.orders;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;
                import java.time.Instant;
                import java.util.ArrayList;
                import java.util.List;

                @Entity
                @GenerateRepository
                @Table(name = "order_line",
                        indexes = @Index(name = "ix_order_line_tenant_id_order_id", columnList = "tenant_id, order_id"))
                public class OrderLine extends TenantOwned {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @ManyToOne(optional = false, fetch = FetchType.LAZY)
                    @JoinColumn(name = "order_id", nullable = false)
                    private PurchaseOrder order;

                    @Column(name = "sku", nullable = false, length = 40)
                    private String sku;

                    @Column(name = "deleted_at")
                    private Instant deletedAt;

                    @Column(name = "deleted_by", length = 40)
                    private String deletedBy;

                    @OneToMany(mappedBy = "line", cascade = CascadeType.REMOVE)
                    private List<LineNote> notes = new ArrayList<>();

                    protected OrderLine() {
                    }

                    OrderLine(PurchaseOrder order, String sku) {
                        this.order = order;
                        this.sku = sku;
                        this.tenantIdFrom(order);
                    }

                    private void tenantIdFrom(PurchaseOrder order) {
                        // the repository of the line sets it on save; a cascaded persist takes the order's
                        try {
                            java.lang.reflect.Field field = TenantOwned.class.getDeclaredField("tenantId");
                            field.setAccessible(true);
                            field.set(this, order.getTenantId());
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    }

                    public Long getId() {
                        return id;
                    }

                    public String getSku() {
                        return sku;
                    }

                    public Instant getDeletedAt() {
                        return deletedAt;
                    }

                    public String getDeletedBy() {
                        return deletedBy;
                    }
                }
                """), source("com.acme.orders.LineNote", """
                package com.acme.orders;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;
                import java.time.OffsetDateTime;

                /** A grandchild of the order, with an OffsetDateTime soft-delete column and no deleted_by. */
                @Entity
                @GenerateRepository
                @Table(name = "line_note",
                        indexes = @Index(name = "ix_line_note_tenant_id_line_id", columnList = "tenant_id, line_id"))
                public class LineNote extends TenantOwned {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @ManyToOne(optional = false, fetch = FetchType.LAZY)
                    @JoinColumn(name = "line_id", nullable = false)
                    private OrderLine line;

                    @Column(name = "text", nullable = false, length = 200)
                    private String text;

                    @Column(name = "deleted_at")
                    private OffsetDateTime deletedAt;

                    protected LineNote() {
                    }

                    public LineNote(OrderLine line, String text) {
                        this.line = line;
                        this.text = text;
                    }

                    public Long getId() {
                        return id;
                    }

                    public OffsetDateTime getDeletedAt() {
                        return deletedAt;
                    }
                }
                """), source("com.acme.orders.Ticket", """
                package com.acme.orders;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;
                import org.hibernate.annotations.TenantId;

                /** Hibernate's own tenant discriminator: Hibernate sets and filters tenant_id. */
                @Entity
                @GenerateRepository
                @Table(name = "ticket",
                        indexes = @Index(name = "ix_ticket_tenant_id_title", columnList = "tenant_id, title"))
                public class Ticket {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @TenantId
                    @Column(name = "tenant_id", nullable = false, length = 20)
                    private String tenantId;

                    @Column(name = "title", nullable = false, length = 80)
                    private String title;

                    protected Ticket() {
                    }

                    public Ticket(String title) {
                        this.title = title;
                    }

                    public Long getId() {
                        return id;
                    }

                    public String getTenantId() {
                        return tenantId;
                    }

                    public String getTitle() {
                        return title;
                    }
                }
                """), source("com.acme.orders.Tenant", """
                package com.acme.orders;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                /** The tenants: a table all tenants share, so its repository is not bound to one. */
                @Entity
                @GenerateRepository
                @Table(name = "tenant")
                public class Tenant {
                    @Id
                    @Column(name = "id", length = 20)
                    private String id;

                    protected Tenant() {
                    }

                    public Tenant(String id) {
                        this.id = id;
                    }

                    public String getId() {
                        return id;
                    }
                }
                """), source("com.acme.orders.Store", """
                package com.acme.orders;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                /** The tenant column mapped by an association; no setter for it. */
                @Entity
                @GenerateRepository
                @Table(name = "store",
                        indexes = @Index(name = "ix_store_tenant_id_name", columnList = "tenant_id, name"))
                public class Store {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @ManyToOne(optional = false, fetch = FetchType.LAZY)
                    @JoinColumn(name = "tenant_id", nullable = false)
                    private Tenant tenant;

                    @Column(name = "name", nullable = false, length = 80)
                    private String name;

                    protected Store() {
                    }

                    public Store(String name) {
                        this.name = name;
                    }

                    public Long getId() {
                        return id;
                    }

                    public Tenant getTenant() {
                        return tenant;
                    }

                    public String getName() {
                        return name;
                    }
                }
                """));
    }
}
