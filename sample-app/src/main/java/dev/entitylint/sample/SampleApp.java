package dev.entitylint.sample;

import dev.entitylint.CurrentTenant;
import dev.entitylint.Page;
import dev.entitylint.sample.domain.Address;
import dev.entitylint.sample.domain.AuditEntry;
import dev.entitylint.sample.domain.AuditEntryRepository;
import dev.entitylint.sample.domain.Category;
import dev.entitylint.sample.domain.CategoryRepository;
import dev.entitylint.sample.domain.Customer;
import dev.entitylint.sample.domain.CustomerRepository;
import dev.entitylint.sample.domain.OrderItem;
import dev.entitylint.sample.domain.Product;
import dev.entitylint.sample.domain.ProductRepository;
import dev.entitylint.sample.domain.ProductTag;
import dev.entitylint.sample.domain.ProductTagRepository;
import dev.entitylint.sample.domain.PurchaseOrder;
import dev.entitylint.sample.domain.PurchaseOrderRepository;
import dev.entitylint.sample.domain.Tag;
import dev.entitylint.sample.domain.TagRepository;
import dev.entitylint.sample.domain.Tenant;
import dev.entitylint.sample.domain.TenantRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A narrated run of the sample shop on a real database through the generated repositories:
 * it creates data, soft-deletes and restores, shows that finders hide deleted rows, pages through
 * a list with its total, and purges. Every claim it prints is checked; a claim that does not hold
 * ends the run with an exception (and a non-zero exit status).
 *
 * <p>The database is embedded H2 unless {@code --jdbc-url=...} or the environment variable
 * {@code SAMPLE_JDBC_URL} names another ({@code SAMPLE_JDBC_USER}, {@code SAMPLE_JDBC_PASSWORD}).
 */
public final class SampleApp {

    /** The entities of the shop, in the order a reader meets them. */
    public static final List<Class<?>> ENTITIES = List.of(Tenant.class, Customer.class, Category.class,
            Product.class, Tag.class, ProductTag.class, PurchaseOrder.class, OrderItem.class, AuditEntry.class);

    /** Held so the level sticks: JUL keeps loggers weakly. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private final PrintStream out;
    private final List<String> failures = new ArrayList<>();
    private final Ids ids = new Ids();
    /**
     * The tenant the repositories are bound to (-Aentitylint.tenantColumn=tenant_id): in an
     * application it comes from the request; here the narrative sets it.
     */
    private UUID currentTenant;
    private final CurrentTenant<UUID> tenant = () -> currentTenant;
    private int step;

    private SampleApp(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        String url = System.getenv().getOrDefault("SAMPLE_JDBC_URL", "jdbc:h2:mem:sample;DB_CLOSE_DELAY=-1");
        String user = System.getenv().getOrDefault("SAMPLE_JDBC_USER", "sa");
        String password = System.getenv().getOrDefault("SAMPLE_JDBC_PASSWORD", "");
        for (String arg : args) {
            if (arg.startsWith("--jdbc-url=")) {
                url = arg.substring("--jdbc-url=".length());
            } else if (arg.startsWith("--user=")) {
                user = arg.substring("--user=".length());
            } else if (arg.startsWith("--password=")) {
                password = arg.substring("--password=".length());
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg
                        + "' — use --jdbc-url=<url> [--user=<user>] [--password=<password>]");
            }
        }
        List<String> failures = run(url, user, password, System.out);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("the sample did not behave as narrated: " + failures);
        }
    }

    /** Runs the narrated sample against a database; returns the claims that did not hold. */
    public static List<String> run(String jdbcUrl, String user, String password, PrintStream out) {
        PersistenceConfiguration configuration = new PersistenceConfiguration("entitylint-sample")
                .property(PersistenceConfiguration.JDBC_URL, jdbcUrl)
                .property(PersistenceConfiguration.JDBC_USER, user)
                .property(PersistenceConfiguration.JDBC_PASSWORD, password)
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create")
                // entitylint's default naming (snake_case) is Spring Boot's physical naming.
                .property("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
        ENTITIES.forEach(configuration::managedClass);
        HIBERNATE_LOG.setLevel(Level.SEVERE);
        SampleApp app = new SampleApp(out);
        out.println("entitylint sample shop on " + jdbcUrl);
        try (EntityManagerFactory factory = configuration.createEntityManagerFactory()) {
            app.narrate(factory);
        }
        out.println(app.failures.isEmpty()
                ? "Every claim above held."
                : app.failures.size() + " claim(s) did not hold: " + app.failures);
        return List.copyOf(app.failures);
    }

    private void narrate(EntityManagerFactory factory) {

        say("Create tenant 'acme' with a category tree, five products and two customers");
        inTransaction(factory, em -> {
            Tenant acme = new TenantRepository(em).save(new Tenant("acme", "Acme Outdoor"));
            ids.tenant = acme.getId();
            currentTenant = acme.getId();
            CategoryRepository categories = new CategoryRepository(em, tenant);
            Category gear = categories.save(new Category(acme, "Gear", null));
            Category tents = categories.save(new Category(acme, "Tents", gear));
            ids.tents = tents.getId();
            ProductRepository products = new ProductRepository(em, tenant);
            String[][] catalogue = {
                {"TENT-1", "Two-person tent", "249.00"},
                {"TENT-2", "Four-person tent", "399.50"},
                {"TENT-3", "Ultralight tent", "519.99"},
                {"TENT-4", "Family tent", "689.00"},
                {"TENT-5", "Bivvy bag", "129.95"},
            };
            for (String[] row : catalogue) {
                Product product = products.save(new Product(acme, row[0], row[1], new BigDecimal(row[2]), tents));
                ids.products.add(product.getId());
            }
            Address address = new Address("1 Trail Road", "Boulder", "80302", "US");
            CustomerRepository customers = new CustomerRepository(em, tenant);
            ids.alice = customers.save(new Customer(acme, "alice@example.com", "Alice Example", address)).getId();
            ids.bob = customers.save(new Customer(acme, "bob@example.com", "Bob Example", address)).getId();
            Tag bestseller = new TagRepository(em, tenant).save(new Tag(acme, "bestseller"));
            new ProductTagRepository(em, tenant).save(new ProductTag(products.findById(ids.products.get(0)).orElseThrow(),
                    bestseller));
        });
        inTransaction(factory, em -> {
            Tenant acme = new TenantRepository(em).findBySlug("acme").orElse(null);
            check(acme != null && acme.getId().equals(ids.tenant), "findBySlug (unique constraint uq_tenants_slug) finds 'acme'");
            check(new ProductRepository(em, tenant).count() == 5, "count() sees 5 products");
        });

        say("Alice orders two tents; the order total is exact BigDecimal arithmetic");
        inTransaction(factory, em -> {
            Tenant acme = em.getReference(Tenant.class, ids.tenant);
            ProductRepository products = new ProductRepository(em, tenant);
            PurchaseOrder order = new PurchaseOrder(acme, new CustomerRepository(em, tenant).findById(ids.alice).orElseThrow(),
                    "USD", new Address("1 Trail Road", "Boulder", "80302", "US"));
            order.addLine(products.findById(ids.products.get(0)).orElseThrow(), 2);
            order.addLine(products.findById(ids.products.get(4)).orElseThrow(), 1);
            order.place(Instant.now());
            PurchaseOrderRepository orders = new PurchaseOrderRepository(em, tenant);
            orders.save(order);
            order.getItems().forEach(em::persist);
            ids.order = order.getId();
        });
        inTransaction(factory, em -> {
            PurchaseOrder order = new PurchaseOrderRepository(em, tenant).findById(ids.order).orElseThrow();
            check(order.getTotalAmount().compareTo(new BigDecimal("627.95")) == 0,
                    "the order total is 627.95 (2 × 249.00 + 129.95), to the cent");
            Customer alice = new CustomerRepository(em, tenant).findById(ids.alice).orElseThrow();
            Page<PurchaseOrder> hers = new PurchaseOrderRepository(em, tenant).findByCustomer(alice, 0, 10);
            check(hers.total() == 1, "findByCustomer (index ix_purchase_orders_customer_id_placed_at) finds her order");
        });

        say("Soft-delete the bivvy bag: the row stays, every finder hides it");
        inTransaction(factory, em -> {
            ProductRepository products = new ProductRepository(em, tenant);
            Product bivvy = products.findById(ids.products.get(4)).orElseThrow();
            products.delete(bivvy);
            check(products.findById(ids.products.get(4)).isEmpty(),
                    "findById hides it, even while it is still in the persistence context");
        });
        inTransaction(factory, em -> {
            ProductRepository products = new ProductRepository(em, tenant);
            Category tents = em.getReference(Category.class, ids.tents);
            check(products.count() == 4, "count() is 4");
            check(products.findByCategory(tents, 0, 10).total() == 4, "findByCategory sees 4 tents");
            check(!products.existsById(ids.products.get(4)), "existsById says it is gone");
            check(products.countDeleted() == 1, "countDeleted() is 1");
            check(products.findByIdIncludingDeleted(ids.products.get(4)).isPresent(),
                    "findByIdIncludingDeleted still reaches the row");
            Object deletedAt = em.createNativeQuery("select deleted_at from products where sku = 'TENT-5'").getSingleResult();
            check(deletedAt != null, "the row is still in the table, with deleted_at set");
        });

        say("Restore it: it is live again");
        inTransaction(factory, em -> {
            ProductRepository products = new ProductRepository(em, tenant);
            products.restore(products.findByIdIncludingDeleted(ids.products.get(4)).orElseThrow());
        });
        inTransaction(factory, em -> {
            ProductRepository products = new ProductRepository(em, tenant);
            check(products.count() == 5 && products.countDeleted() == 0, "count() is 5 again and nothing is deleted");
        });

        say("Page through the catalogue two at a time; every page knows the total");
        inTransaction(factory, em -> {
            ProductRepository products = new ProductRepository(em, tenant);
            products.delete(products.findById(ids.products.get(3)).orElseThrow());
            Set<UUID> seen = new HashSet<>();
            int offset = 0;
            int pages = 0;
            Page<Product> page;
            do {
                page = products.findAll(offset, 2);
                pages++;
                for (Product product : page.items()) {
                    out.println("      page " + pages + ": " + product.getSku() + "  " + product.getName()
                            + "  " + product.getUnitPrice());
                    check(seen.add(product.getId()), "pages are disjoint (" + product.getSku() + " appears once)");
                }
                check(page.total() == 4, "page " + pages + " says the total is 4 (the deleted family tent is not counted)");
                offset = page.nextOffset();
            } while (page.hasNext());
            check(pages == 2 && seen.size() == 4, "two pages hold the four live products");
        });

        say("Purge: rows soft-deleted before now are removed for good");
        inTransaction(factory, em -> {
            ProductRepository products = new ProductRepository(em, tenant);
            int purged = products.purgeDeletedBefore(Instant.now().plusSeconds(1));
            check(purged == 1, "purgeDeletedBefore removed 1 row");
            check(products.findByIdIncludingDeleted(ids.products.get(3)).isEmpty(), "the family tent is gone for good");
            check(products.count() == 4 && products.countDeleted() == 0, "4 live products, none deleted");
        });

        say("Tenant 'globex' signs up: the repositories bound to it see none of acme's rows");
        inTransaction(factory, em -> {
            currentTenant = new TenantRepository(em).save(new Tenant("globex", "Globex Camping")).getId();
            ProductRepository products = new ProductRepository(em, tenant);
            check(products.findById(ids.products.get(0)).isEmpty(), "findById does not find acme's tent");
            check(products.count() == 0 && products.findAll(0, 10).total() == 0, "count() and findAll see 0 products");
            Product acmeTent = em.find(Product.class, ids.products.get(0));
            boolean refused;
            try {
                products.save(acmeTent);
                refused = false;
            } catch (IllegalArgumentException expected) {
                refused = true;
            }
            check(refused, "save refuses acme's tent (IllegalArgumentException)");
            products.delete(acmeTent);
        });
        currentTenant = ids.tenant;
        inTransaction(factory, em -> check(new ProductRepository(em, tenant).count() == 4,
                "globex's delete of acme's tent did nothing: acme still has 4 live products"));

        say("An entity without soft delete (the audit trail) gets a plain repository");
        inTransaction(factory, em -> {
            AuditEntryRepository audit = new AuditEntryRepository(em);
            AuditEntry entry = audit.save(new AuditEntry("product", ids.products.get(3).toString(), "purged"));
            check(audit.count() == 1, "the audit trail has 1 entry");
            audit.delete(entry);
            check(audit.count() == 0, "delete removes an audit entry for real");
        });
    }

    private void say(String text) {
        step++;
        out.println();
        out.println(step + ". " + text);
    }

    private void check(boolean holds, String claim) {
        out.println("   " + (holds ? "ok   " : "FAIL ") + claim);
        if (!holds) {
            failures.add(step + ": " + claim);
        }
    }

    private static void inTransaction(EntityManagerFactory factory, Consumer<EntityManager> work) {
        try (EntityManager em = factory.createEntityManager()) {
            em.getTransaction().begin();
            try {
                work.accept(em);
                em.getTransaction().commit();
            } catch (RuntimeException e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw e;
            }
        }
    }

    /** Keys carried from one transaction to the next. */
    private static final class Ids {
        UUID tenant;
        UUID tents;
        UUID alice;
        UUID bob;
        UUID order;
        final List<UUID> products = new ArrayList<>();
    }
}
