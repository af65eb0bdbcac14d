package dev.entitylint.example.shop;

import dev.entitylint.Cursor;
import dev.entitylint.KeysetPage;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The shop's use cases, on the generated repositories alone. No transaction code: each repository
 * call is its own transaction, and every call is bound to the current tenant, so nothing here
 * passes or checks a tenant.
 */
@Service
public class OrderService {

    private final CustomerStore customers;
    private final ProductStore products;
    private final PurchaseOrderStore orders;
    private final Clock clock;

    public OrderService(CustomerStore customers, ProductStore products, PurchaseOrderStore orders) {
        this.customers = customers;
        this.products = products;
        this.orders = orders;
        this.clock = Clock.systemUTC();
    }

    /** Places an order of {@code quantities} (by SKU) for a customer; saved with its lines in one call. */
    public PurchaseOrder placeOrder(UUID customerId, Map<String, Integer> quantities) {
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new NoSuchElementException("no customer " + customerId));
        PurchaseOrder order = new PurchaseOrder(customer, Instant.now(clock));
        quantities.forEach((sku, quantity) -> order.addLine(products.findBySku(sku)
                .orElseThrow(() -> new NoSuchElementException("no product " + sku)), quantity));
        return orders.save(order);
    }

    /** Cancels an order: the order and its lines are soft-deleted together, stamped with the current user. */
    public void cancel(UUID orderId) {
        orders.deleteById(orderId);
    }

    /** Takes a cancellation back: the order returns with exactly the lines its cancellation deleted. */
    public void reopen(UUID orderId) {
        orders.findByIdIncludingDeleted(orderId).ifPresent(orders::restore);
    }

    /** A customer's orders, oldest first, one keyset page at a time. */
    public KeysetPage<PurchaseOrder> history(UUID customerId, Cursor after, int size) {
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new NoSuchElementException("no customer " + customerId));
        return orders.findByCustomer(customer, after, size);
    }
}
