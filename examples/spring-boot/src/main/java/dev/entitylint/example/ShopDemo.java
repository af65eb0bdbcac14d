package dev.entitylint.example;

import dev.entitylint.Cursor;
import dev.entitylint.example.shop.Customer;
import dev.entitylint.example.shop.CustomerStore;
import dev.entitylint.example.shop.OrderLineStore;
import dev.entitylint.example.shop.OrderService;
import dev.entitylint.example.shop.Product;
import dev.entitylint.example.shop.ProductStore;
import dev.entitylint.example.shop.PurchaseOrder;
import dev.entitylint.example.tenancy.TenantContext;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A short story told on start with the {@code demo} profile
 * ({@code mvn spring-boot:run -Dspring-boot.run.profiles=demo}): two tenants, one order placed,
 * cancelled and reopened.
 */
@Component
@Profile("demo")
class ShopDemo implements CommandLineRunner {

    private final CustomerStore customers;
    private final ProductStore products;
    private final OrderLineStore lines;
    private final OrderService service;
    private final PrintStream out = System.out;

    ShopDemo(CustomerStore customers, ProductStore products, OrderLineStore lines, OrderService service) {
        this.customers = customers;
        this.products = products;
        this.lines = lines;
        this.service = service;
    }

    @Override
    public void run(String... args) {
        TenantContext.run("acme", "alice", () -> {
            Customer ann = customers.save(new Customer("ann@example.com", "Ann"));
            products.save(new Product("TEA", "Tea", new BigDecimal("3.50")));
            products.save(new Product("CUP", "Cup", new BigDecimal("8.00")));
            PurchaseOrder order = service.placeOrder(ann.getId(), Map.of("TEA", 2, "CUP", 1));
            out.printf("acme/alice placed order %s with %d lines (created_by %s)%n", order.getId(),
                    lines.findByOrder(order, 0, 10).total(), order.getCreatedBy());

            service.cancel(order.getId());
            out.printf("acme/alice cancelled it: %d live lines, %d deleted by %s%n", lines.count(),
                    lines.countDeleted(), lines.findDeleted(0, 1).items().get(0).getDeletedBy());

            service.reopen(order.getId());
            out.printf("acme/alice reopened it: %d live lines; Ann's orders: %d%n", lines.count(),
                    service.history(ann.getId(), Cursor.first(), 10).items().size());

            TenantContext.run("globex", "bob", () -> out.printf(
                    "globex/bob sees %d customers of acme, and Ann by id: %s%n", customers.count(),
                    customers.findById(ann.getId()).isPresent()));
        });
    }
}
