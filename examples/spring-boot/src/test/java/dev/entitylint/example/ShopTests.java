package dev.entitylint.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entitylint.Cursor;
import dev.entitylint.KeysetPage;
import dev.entitylint.Page;
import dev.entitylint.example.shop.Customer;
import dev.entitylint.example.shop.CustomerRepository;
import dev.entitylint.example.shop.CustomerStore;
import dev.entitylint.example.shop.OrderLine;
import dev.entitylint.example.shop.OrderLineStore;
import dev.entitylint.example.shop.OrderService;
import dev.entitylint.example.shop.Product;
import dev.entitylint.example.shop.ProductStore;
import dev.entitylint.example.shop.PurchaseOrder;
import dev.entitylint.example.shop.PurchaseOrderStore;
import dev.entitylint.example.tenancy.TenantContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

/**
 * The shop in a real Spring context, on the database the subclass names: the generated
 * repositories are injected as they are, and each test works in tenants of its own.
 */
@SpringBootTest(properties = "spring.main.banner-mode=off")
abstract class ShopTests {

    @Autowired CustomerStore customers;
    @Autowired ProductStore products;
    @Autowired PurchaseOrderStore orders;
    @Autowired OrderLineStore lines;
    @Autowired CustomerRepository springDataCustomers;
    @Autowired OrderService service;
    @Autowired ApplicationContext context;

    private final String tenantA = "a-" + UUID.randomUUID();
    private final String tenantB = "b-" + UUID.randomUUID();

    /** Runs {@code work} as {@code user} of {@code tenant}. */
    static <T> T as(String tenant, String user, Callable<T> work) {
        try {
            return TenantContext.call(tenant, user, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T asA(Callable<T> work) {
        return as(tenantA, "alice", work);
    }

    <T> T asB(Callable<T> work) {
        return as(tenantB, "bob", work);
    }

    @Test
    void theGeneratedRepositoriesAreTransactionalBeansThatNobodyConfigured() {
        // Found by component scanning (@Repository), named by their qualified names, so that they
        // never collide with Spring Data's bean names; @Transactional makes them proxies.
        assertThat(context.getBean("dev.entitylint.example.shop.CustomerStore")).isSameAs(customers);
        assertThat(context.getBean("dev.entitylint.example.shop.PurchaseOrderStore")).isSameAs(orders);
        assertThat(context.getBeanNamesForType(CustomerRepository.class)).containsExactly("customerRepository");
        assertThat(List.of(customers, products, orders, lines)).allSatisfy(r -> assertThat(AopUtils.isAopProxy(r)).isTrue());
        // No transaction around this test's calls, and none in OrderService: each repository call is its own.
        assertThat(org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive())
                .isFalse();
    }

    @Test
    void savesAndFindsThroughInjectedGeneratedRepositoriesWithAuditing() {
        Customer ann = asA(() -> customers.save(new Customer("ann@example.com", "Ann")));

        assertThat(ann.getId()).isNotNull();
        assertThat(ann.getTenantId()).isEqualTo(tenantA);
        assertThat(ann.getCreatedBy()).isEqualTo("alice");
        assertThat(ann.getCreatedAt()).isNotNull();
        assertThat(asA(() -> customers.findById(ann.getId()))).get().extracting(Customer::getName).isEqualTo("Ann");
        assertThat(asA(() -> customers.findByEmail("ann@example.com"))).get()
                .extracting(Customer::getId).isEqualTo(ann.getId());
        assertThat(asA(() -> customers.existsById(ann.getId()))).isTrue();
        assertThat(asA(customers::count)).isEqualTo(1);

        ann.setName("Ann Smith");
        Customer renamed = as(tenantA, "carol", () -> customers.save(ann));
        assertThat(renamed.getUpdatedBy()).isEqualTo("carol");
        assertThat(renamed.getCreatedBy()).isEqualTo("alice");
        assertThat(asA(() -> customers.findById(ann.getId()))).get()
                .extracting(Customer::getName).isEqualTo("Ann Smith");
    }

    @Test
    void pagesByOffsetAndByKeysetWithRowsInsertedBetweenPages() {
        asA(() -> {
            for (int i = 0; i < 5; i++) {
                customers.save(new Customer("ann" + i + "@example.com", "Ann"));
            }
            return customers.save(new Customer("bert@example.com", "Bert"));
        });

        Page<Customer> first = asA(() -> customers.findByName("Ann", 0, 2));
        assertThat(first.items()).hasSize(2);
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hasNext()).isTrue();
        assertThat(asA(() -> customers.findByName("Ann", 4, 2)).items()).hasSize(1);

        List<String> seen = new ArrayList<>();
        Cursor cursor = Cursor.first();
        KeysetPage<Customer> page;
        int inserted = 0;
        do {
            Cursor after = cursor;
            page = asA(() -> customers.findByName("Ann", after, 2));
            page.items().forEach(c -> seen.add(c.getEmail()));
            cursor = page.next();
            if (inserted++ < 2) {
                int n = inserted;
                asA(() -> customers.save(new Customer("late" + n + "@example.com", "Ann")));
            }
        } while (page.hasNext());
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).contains("ann0@example.com", "ann1@example.com", "ann2@example.com",
                "ann3@example.com", "ann4@example.com");
        assertThat(seen).hasSizeBetween(5, 7);

        assertThat(asA(() -> customers.findAll(0, 100)).total()).isEqualTo(8);
        assertThat(asA(() -> customers.findAll(Cursor.first(), 100)).items()).hasSize(8);
    }

    @Test
    void pagesAsSpringDataPagesAndWindows() {
        asA(() -> {
            for (int i = 0; i < 5; i++) {
                customers.save(new Customer("ann" + i + "@example.com", "Ann"));
            }
            return customers.save(new Customer("bert@example.com", "Bert"));
        });

        org.springframework.data.domain.Page<Customer> second = asA(() -> customers.findByName("Ann", PageRequest.of(1, 2)));
        assertThat(second.getContent()).hasSize(2);
        assertThat(second.getTotalElements()).isEqualTo(5);
        assertThat(second.getTotalPages()).isEqualTo(3);
        assertThat(second.hasNext()).isTrue();
        assertThat(asA(() -> customers.findAll(PageRequest.of(0, 10))).getTotalElements()).isEqualTo(6);
        // The finder's order is its index's (name, then id): another order needs another index.
        // (Spring translates the IllegalArgumentException, as for every @Repository bean.)
        assertThatThrownBy(() -> asA(() -> customers.findByName("Ann", PageRequest.of(0, 2, Sort.by("email")))))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not this method's order");

        List<String> seen = new ArrayList<>();
        ScrollPosition position = ScrollPosition.keyset();
        Window<Customer> window;
        int inserted = 0;
        do {
            ScrollPosition at = position;
            window = asA(() -> customers.findByName("Ann", at, 2));
            window.forEach(c -> seen.add(c.getEmail()));
            position = window.positionAt(window.size() - 1);
            if (inserted++ < 2) {
                int n = inserted;
                asA(() -> customers.save(new Customer("late" + n + "@example.com", "Ann")));
            }
        } while (window.hasNext());
        assertThat(seen).doesNotHaveDuplicates().hasSizeBetween(5, 7)
                .contains("ann0@example.com", "ann1@example.com", "ann2@example.com", "ann3@example.com",
                        "ann4@example.com");
        // Another tenant's windows are empty.
        assertThat(asB(() -> customers.findByName("Ann", ScrollPosition.keyset(), 10)).isEmpty()).isTrue();
    }

    @Test
    void aCustomersOrdersComeInPlacementOrderOneKeysetPageAtATime() {
        Customer ann = asA(() -> customers.save(new Customer("ann@example.com", "Ann")));
        asA(() -> products.save(new Product("TEA", "Tea", new BigDecimal("3.50"))));
        List<UUID> placed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            placed.add(asA(() -> service.placeOrder(ann.getId(), Map.of("TEA", 1))).getId());
        }

        List<UUID> read = new ArrayList<>();
        Cursor cursor = Cursor.first();
        KeysetPage<PurchaseOrder> page;
        do {
            Cursor after = cursor;
            page = asA(() -> service.history(ann.getId(), after, 2));
            page.items().forEach(o -> read.add(o.getId()));
            cursor = page.next();
        } while (page.hasNext());
        assertThat(read).isEqualTo(placed);
        assertThat(asA(() -> orders.findByCustomer(ann, 0, 10)).items()).extracting(PurchaseOrder::getId)
                .isEqualTo(placed);
        assertThat(asA(() -> orders.findByCustomer(ann, PageRequest.of(0, 10))).getContent())
                .extracting(PurchaseOrder::getId).isEqualTo(placed);
        Window<PurchaseOrder> firstThree = asA(() -> orders.findByCustomer(ann, ScrollPosition.keyset(), 3));
        Window<PurchaseOrder> lastTwo = asA(() -> orders.findByCustomer(ann, firstThree.positionAt(2), 3));
        assertThat(firstThree.hasNext()).isTrue();
        assertThat(lastTwo.hasNext()).isFalse();
        assertThat(lastTwo.getContent()).extracting(PurchaseOrder::getId).isEqualTo(placed.subList(3, 5));
    }

    @Test
    void deletingAnOrderHidesItsLinesAndRestoringItBringsBackExactlyThose() {
        Customer ann = asA(() -> customers.save(new Customer("ann@example.com", "Ann")));
        asA(() -> {
            products.save(new Product("TEA", "Tea", new BigDecimal("3.50")));
            products.save(new Product("CUP", "Cup", new BigDecimal("8.00")));
            return products.save(new Product("POT", "Pot", new BigDecimal("24.00")));
        });
        Map<String, Integer> quantities = new LinkedHashMap<>();
        quantities.put("TEA", 2);
        quantities.put("CUP", 1);
        quantities.put("POT", 1);
        PurchaseOrder order = asA(() -> service.placeOrder(ann.getId(), quantities));
        List<OrderLine> placedLines = asA(() -> lines.findByOrder(order, 0, 10)).items();
        assertThat(placedLines).hasSize(3).allSatisfy(l -> assertThat(l.getTenantId()).isEqualTo(tenantA));

        // The tea is taken off the order on its own first, by dave.
        OrderLine tea = placedLines.get(0);
        as(tenantA, "dave", () -> {
            lines.delete(tea);
            return null;
        });
        // Then erin cancels the whole order.
        as(tenantA, "erin", () -> {
            service.cancel(order.getId());
            return null;
        });

        assertThat(asA(() -> orders.findById(order.getId()))).isEmpty();
        assertThat(asA(() -> lines.findByOrder(order, 0, 10)).total()).isZero();
        assertThat(asA(lines::count)).isZero();
        assertThat(asA(() -> orders.findByIdIncludingDeleted(order.getId()))).get()
                .extracting(PurchaseOrder::getDeletedBy).isEqualTo("erin");
        Map<String, String> deletedBy = new LinkedHashMap<>();
        asA(() -> lines.findDeleted(0, 10)).items().forEach(l -> deletedBy.put(l.getId().toString(), l.getDeletedBy()));
        assertThat(deletedBy).containsEntry(tea.getId().toString(), "dave")
                .containsEntry(placedLines.get(1).getId().toString(), "erin")
                .containsEntry(placedLines.get(2).getId().toString(), "erin");

        asA(() -> {
            service.reopen(order.getId());
            return null;
        });

        assertThat(asA(() -> orders.findById(order.getId()))).get()
                .extracting(PurchaseOrder::getDeletedBy).isNull();
        assertThat(asA(() -> lines.findByOrder(order, 0, 10)).items()).extracting(OrderLine::getId)
                .containsExactly(placedLines.get(1).getId(), placedLines.get(2).getId());
        assertThat(asA(() -> lines.findDeleted(0, 10)).items()).extracting(OrderLine::getDeletedBy)
                .containsExactly("dave");
    }

    @Test
    void aTenantCannotReadCountOrChangeAnotherTenantsRows() {
        Customer ann = asA(() -> customers.save(new Customer("ann@example.com", "Ann")));
        asA(() -> products.save(new Product("TEA", "Tea", new BigDecimal("3.50"))));
        PurchaseOrder order = asA(() -> service.placeOrder(ann.getId(), Map.of("TEA", 1)));

        assertThat(asB(() -> customers.findById(ann.getId()))).isEmpty();
        assertThat(asB(() -> customers.existsById(ann.getId()))).isFalse();
        assertThat(asB(() -> customers.findByEmail("ann@example.com"))).isEmpty();
        assertThat(asB(customers::count)).isZero();
        assertThat(asB(() -> customers.findAll(0, 10)).total()).isZero();
        assertThat(asB(() -> customers.findByName("Ann", Cursor.first(), 10)).items()).isEmpty();
        assertThat(asB(() -> orders.findByCustomer(ann, 0, 10)).total()).isZero();
        assertThat(asB(lines::count)).isZero();

        ann.setName("Mallory");
        // save refuses another tenant's entity with IllegalArgumentException, which Spring translates
        // as it does for every @Repository bean.
        assertThatThrownBy(() -> asB(() -> customers.save(ann)))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another tenant");
        asB(() -> {
            customers.delete(ann);
            customers.deleteById(ann.getId());
            service.cancel(order.getId());
            return null;
        });
        assertThatThrownBy(() -> asB(() -> service.placeOrder(ann.getId(), Map.of("TEA", 1))))
                .hasMessageContaining("no customer");

        assertThat(asA(() -> customers.findById(ann.getId()))).get().extracting(Customer::getName).isEqualTo("Ann");
        assertThat(asA(() -> orders.findById(order.getId()))).isPresent();
        assertThat(asA(lines::count)).isEqualTo(1);
        assertThat(asA(customers::countDeleted)).isZero();

        // Outside any tenant, the repository works for nobody rather than guess.
        assertThatThrownBy(() -> customers.findById(ann.getId()))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("current tenant is not known");
    }

    @Test
    void aSpringDataRepositoryWorksBesideTheGeneratedOnes() {
        Customer ann = asA(() -> customers.save(new Customer("ann@example.com", "Ann")));
        asA(() -> customers.save(new Customer("anna@example.com", "Anna")));
        asB(() -> customers.save(new Customer("andy@example.com", "Andy")));

        // Spring Data reads what the generated repository wrote; its query names the tenant itself.
        assertThat(springDataCustomers.findByTenantIdAndDeletedAtIsNullAndNameStartingWithOrderByName(tenantA, "An"))
                .extracting(Customer::getName).containsExactly("Ann", "Anna");

        // And the generated repository reads what Spring Data wrote.
        Customer loaded = asA(() -> springDataCustomers.findById(ann.getId()).orElseThrow());
        loaded.setName("Ann Smith");
        asA(() -> springDataCustomers.save(loaded));
        assertThat(asA(() -> customers.findById(ann.getId()))).get()
                .extracting(Customer::getName).isEqualTo("Ann Smith");

        // A soft delete through the generated repository is a row like any other for Spring Data.
        asA(() -> {
            customers.delete(ann);
            return null;
        });
        assertThat(springDataCustomers.findByTenantIdAndDeletedAtIsNullAndNameStartingWithOrderByName(tenantA, "An"))
                .extracting(Customer::getName).containsExactly("Anna");
        assertThat(springDataCustomers.findById(ann.getId())).get()
                .extracting(Customer::getDeletedBy).isEqualTo("alice");
    }
}
