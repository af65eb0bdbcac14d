package dev.entitylint.processor.generate;

import static dev.entitylint.processor.testing.Reflect.call;
import static dev.entitylint.processor.testing.Reflect.construct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.CurrentTenant;
import dev.entitylint.CurrentUser;
import dev.entitylint.Cursor;
import dev.entitylint.KeysetPage;
import dev.entitylint.Page;
import dev.entitylint.processor.generate.RepositoryBehaviourTest.TestClock;
import dev.entitylint.processor.testing.CompiledSources;
import dev.entitylint.processor.testing.Database;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the generated repositories of {@link Orders} on Hibernate ORM against a real database:
 * tenant binding (a tenant column the repository filters by, and Hibernate's {@code @TenantId}),
 * aggregate soft delete with {@code deleted_by}, and keyset pages under concurrent inserts. The
 * same tests run on H2 and PostgreSQL through the two subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TenantAggregateBehaviourTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final String ACME = "acme";
    static final String GLOBEX = "globex";

    final TestClock clock = new TestClock(T0);
    /** The tenant of the unit of work: the repositories' CurrentTenant and Hibernate's resolver read it. */
    volatile String tenant = ACME;
    volatile String user = "alice";
    final CurrentTenant<String> currentTenant = () -> tenant;
    final CurrentUser<String> currentUser = () -> user;

    CompiledSources compiled;
    Database.Jpa jpa;
    Class<?> account;
    Class<?> order;
    Class<?> line;
    Class<?> note;
    Class<?> ticket;
    Class<?> tenantEntity;
    Class<?> store;

    abstract Database database();

    /** Hibernate's tenant for {@code @TenantId}, the same as the repositories'. */
    public final class Resolver implements CurrentTenantIdentifierResolver<Object> {
        @Override
        public Object resolveCurrentTenantIdentifier() {
            String current = tenant;
            return current == null ? "nobody" : current; // Hibernate needs one; the repositories see null
        }

        @Override
        public boolean validateExistingCurrentSessions() {
            return false;
        }
    }

    @BeforeAll
    void start() {
        compiled = Orders.compiled();
        List<Class<?>> entities = new ArrayList<>();
        for (String name : Orders.ENTITIES) {
            entities.add(compiled.load(Orders.PACKAGE + "." + name));
        }
        account = entities.get(0);
        order = entities.get(1);
        line = entities.get(2);
        note = entities.get(3);
        ticket = entities.get(4);
        tenantEntity = entities.get(5);
        store = entities.get(6);
        jpa = database().start(compiled.loader(), entities,
                Map.of("hibernate.tenant_identifier_resolver", new Resolver()));
    }

    @AfterAll
    void stop() {
        if (jpa != null) {
            jpa.close();
        }
    }

    @BeforeEach
    void emptyTables() {
        clock.set(T0);
        tenant = ACME;
        user = "alice";
        jpa.run(em -> {
            for (String table : List.of("line_note", "order_line", "purchase_order", "account", "ticket", "store",
                    "tenant")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
            em.persist(construct(tenantEntity, ACME));
            em.persist(construct(tenantEntity, GLOBEX));
        });
    }

    // ---------------------------------------------------------------- helpers

    /** The generated repository of {@code entity}, with the test clock, tenant and user where it takes them. */
    Object repository(Class<?> entity, EntityManager em) {
        Class<?> type = compiled.load(entity.getName() + "Repository");
        Constructor<?> widest = Arrays.stream(type.getConstructors())
                .max((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()))
                .orElseThrow();
        List<Object> args = new ArrayList<>();
        for (Class<?> parameter : widest.getParameterTypes()) {
            if (parameter == EntityManager.class) {
                args.add(em);
            } else if (parameter == java.time.Clock.class) {
                args.add(clock);
            } else if (parameter == CurrentTenant.class) {
                args.add(currentTenant);
            } else if (parameter == CurrentUser.class) {
                args.add(currentUser);
            } else {
                throw new AssertionError("unexpected constructor parameter " + parameter);
            }
        }
        return construct(type, args.toArray());
    }

    <T> T as(String who, java.util.function.Function<EntityManager, T> work) {
        String before = tenant;
        tenant = who;
        try {
            return jpa.inTransaction(work);
        } finally {
            tenant = before;
        }
    }

    void runAs(String who, java.util.function.Consumer<EntityManager> work) {
        as(who, em -> {
            work.accept(em);
            return null;
        });
    }

    /** Saves an account and {@code orders} orders of it, each with {@code lines} lines; answers the order ids. */
    List<Long> saveOrders(String who, String email, int orders, int lines) {
        return as(who, em -> {
            Object customer = call(repository(account, em), "save", construct(account, email, "name of " + email));
            Object repository = repository(order, em);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < orders; i++) {
                Object saved = call(repository, "save", construct(order, customer, T0.plusSeconds(i)));
                for (int l = 0; l < lines; l++) {
                    call(saved, "addLine", "sku-" + i + "-" + l);
                }
                em.flush();
                ids.add((Long) call(saved, "getId"));
            }
            return ids;
        });
    }

    static void setField(Object target, String name, Object value) {
        try {
            java.lang.reflect.Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static Optional<?> optional(Object value) {
        return (Optional<?>) value;
    }

    static Page<?> page(Object value) {
        return (Page<?>) value;
    }

    static KeysetPage<?> keysetPage(Object value) {
        return (KeysetPage<?>) value;
    }

    static List<Object> idsOf(List<?> items) {
        List<Object> ids = new ArrayList<>();
        for (Object item : items) {
            ids.add(call(item, "getId"));
        }
        return ids;
    }

    /** Every row of a table, by id, as the database holds it: tenant and deletion state, for any tenant. */
    Map<Long, String> rawRows(String table) {
        return jpa.inTransaction(em -> {
            Map<Long, String> rows = new TreeMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> result = em.createNativeQuery("select id, tenant_id, "
                    + (table.equals("ticket") || table.equals("store") ? "null" : "deleted_at") + " from " + table)
                    .getResultList();
            for (Object[] row : result) {
                rows.put(((Number) row[0]).longValue(), row[1] + (row[2] == null ? " live" : " deleted " + row[2]));
            }
            return rows;
        });
    }

    static Map<Long, String> ofTenant(Map<Long, String> rows, String who) {
        Map<Long, String> own = new TreeMap<>();
        rows.forEach((id, state) -> {
            if (state.startsWith(who + " ")) {
                own.put(id, state);
            }
        });
        return own;
    }

    // ---------------------------------------------------------------- tenants

    @Test
    void noGeneratedMethodTakesATenant() {
        for (String name : Orders.ENTITIES) {
            Class<?> type = compiled.load(Orders.PACKAGE + "." + name + "Repository");
            for (Method method : type.getDeclaredMethods()) {
                assertFalse(method.getName().toLowerCase(java.util.Locale.ROOT).contains("tenant"),
                        type.getSimpleName() + "." + method.getName());
            }
            String source = compiled.generatedSource(Orders.PACKAGE + "." + name + "Repository");
            assertFalse(source.contains("String tenantId"), name + " takes a tenant argument");
        }
        Class<?> accounts = compiled.load(Orders.PACKAGE + ".AccountRepository");
        assertEquals(1, dev.entitylint.processor.testing.Reflect.method(accounts, "findByEmail", 1)
                .getParameterCount(), "the unique (tenant_id, email) gives findByEmail(email)");
        Class<?> orders = compiled.load(Orders.PACKAGE + ".PurchaseOrderRepository");
        assertFalse(dev.entitylint.processor.testing.Reflect.hasMethod(orders, "findByCustomerAndPlacedAt"),
                "(tenant_id, customer_id, placed_at) orders findByCustomer by placed_at: no finder on an exact time");
        assertTrue(compiled.generatedSource(Orders.PACKAGE + ".PurchaseOrderRepository")
                .contains("order by e.placedAt, e.id"));
    }

    @Test
    void aRepositoryBoundToATenantNeverReadsCountsChangesOrPurgesAnotherTenantsRows() {
        List<Long> acme = saveOrders(ACME, "ann@acme.org", 3, 1);
        List<Long> globex = saveOrders(GLOBEX, "gus@globex.org", 2, 1);
        clock.set(T0.plusSeconds(10));
        runAs(ACME, em -> call(repository(order, em), "deleteById", acme.get(2)));
        Map<Long, String> acmeBefore = ofTenant(rawRows("purchase_order"), ACME);
        Long acmeAccount = as(ACME, em -> (Long) call(optional(call(repository(account, em), "findByEmail",
                "ann@acme.org")).orElseThrow(), "getId"));

        runAs(GLOBEX, em -> {
            Object orders = repository(order, em);
            Object accounts = repository(account, em);
            for (Long id : acme) {
                assertTrue(optional(call(orders, "findById", id)).isEmpty(), "findById " + id);
                assertFalse((Boolean) call(orders, "existsById", id), "existsById " + id);
                assertTrue(optional(call(orders, "findByIdIncludingDeleted", id)).isEmpty(),
                        "findByIdIncludingDeleted " + id);
            }
            assertEquals(2L, call(orders, "count"));
            assertEquals(0L, call(orders, "countDeleted"));
            assertEquals(globex, idsOf(page(call(orders, "findAll", 0, 10)).items()));
            assertEquals(2, page(call(orders, "findAll", 0, 10)).total());
            assertEquals(globex, idsOf(keysetPage(call(orders, "findAll", Cursor.first(), 10)).items()));
            assertEquals(List.of(), page(call(orders, "findDeleted", 0, 10)).items());
            assertEquals(List.of(), keysetPage(call(orders, "findDeleted", Cursor.first(), 10)).items());
            assertTrue(optional(call(accounts, "findByEmail", "ann@acme.org")).isEmpty());
            assertTrue(optional(call(accounts, "findById", acmeAccount)).isEmpty());
            Object ann = em.find(account, acmeAccount); // the application reaches it around the repository
            assertEquals(List.of(), page(call(orders, "findByCustomer", ann, 0, 10)).items());
            assertEquals(0, page(call(orders, "findByCustomer", ann, 0, 10)).total());
            assertEquals(List.of(), keysetPage(call(orders, "findByCustomer", ann, Cursor.first(), 10)).items());

            // Writes that name another tenant's rows do nothing, or are refused.
            call(orders, "deleteById", acme.get(0));
            call(orders, "delete", em.find(order, acme.get(1)));
            call(orders, "restore", em.find(order, acme.get(2)));
            call(orders, "hardDelete", em.find(order, acme.get(0)));
            assertEquals(0, call(orders, "purgeDeletedBefore", T0.plus(Duration.ofDays(1))));
            call(accounts, "deleteById", acmeAccount);
            Object acmeOrder = em.find(order, acme.get(1));
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> call(orders, "save", acmeOrder));
            assertTrue(refused.getMessage().contains("another tenant"), refused.getMessage());
            em.flush();
        });
        assertEquals(acmeBefore, ofTenant(rawRows("purchase_order"), ACME), "acme's orders are untouched");
        assertEquals(2, ofTenant(rawRows("purchase_order"), GLOBEX).size());
        assertTrue(ofTenant(rawRows("account"), ACME).values().stream().allMatch(s -> s.endsWith(" live")));
        assertEquals((Object) 2L, as(ACME, em -> call(repository(order, em), "count")), "acme still sees its own");
    }

    @Test
    void saveSetsAMissingTenantAndRefusesADetachedCopyOfAnotherTenantsRow() {
        saveOrders(ACME, "ann@acme.org", 0, 0);
        Object saved = as(GLOBEX, em -> call(repository(account, em), "save",
                construct(account, "gus@globex.org", "Gus")));
        assertEquals(GLOBEX, call(saved, "getTenantId"), "a new entity takes the current tenant");
        Long acmeId = as(ACME, em -> (Long) call(optional(call(repository(account, em), "findByEmail",
                "ann@acme.org")).orElseThrow(), "getId"));
        Object detached = as(ACME, em -> em.find(account, acmeId));
        // A detached acme account handed to globex's repository: refused, acme's row unchanged.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> runAs(GLOBEX, em -> call(repository(account, em), "save", detached)));
        assertTrue(e.getMessage().contains("another tenant"), e.getMessage());
        assertEquals(Map.of(acmeId, ACME + " live"), ofTenant(rawRows("account"), ACME));
        // A new instance given the id of acme's row and no tenant: it takes globex's, and is still refused.
        Object forged = construct(account, "ann@acme.org", "Mallory");
        setField(forged, "id", acmeId);
        IllegalArgumentException overwrite = assertThrows(IllegalArgumentException.class,
                () -> runAs(GLOBEX, em -> call(repository(account, em), "save", forged)));
        assertTrue(overwrite.getMessage().contains("another tenant"), overwrite.getMessage());
        assertEquals("name of ann@acme.org", as(ACME, em -> call(em.find(account, acmeId), "getName")));
        // With no current tenant the repository works for nobody.
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> runAs(null, em -> call(repository(account, em), "count")));
        assertTrue(unknown.getMessage().contains("tenant"), unknown.getMessage());
    }

    /**
     * An aggregate built whole and then saved: the lines the cascade persists take the order's tenant
     * (nobody set theirs), and a line of another tenant put into the collection is refused before
     * the merge would overwrite it.
     */
    @Test
    void saveGivesTheRowsItsCascadeWritesTheTenantAndRefusesAnotherTenantsRow() {
        Long built = as(GLOBEX, em -> {
            Object customer = call(repository(account, em), "save", construct(account, "gus@globex.org", "Gus"));
            Object draft = construct(order, customer, T0);
            call(draft, "addLine", "sku-a");
            call(draft, "addLine", "sku-b");
            Object saved = call(repository(order, em), "save", draft);
            em.flush();
            return (Long) call(saved, "getId");
        });
        assertEquals(2, ofTenant(rawRows("order_line"), GLOBEX).size(), "both lines were written as globex's");
        assertTrue(ofTenant(rawRows("purchase_order"), GLOBEX).containsKey(built));

        List<Long> acme = saveOrders(ACME, "ann@acme.org", 1, 1);
        Map<Long, String> acmeLines = ofTenant(rawRows("order_line"), ACME);
        Object acmeLine = as(ACME, em -> {
            Object loaded = em.find(order, acme.get(0));
            return ((List<?>) call(loaded, "getLines")).get(0);
        });
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> runAs(GLOBEX, em -> {
            Object customer = optional(call(repository(account, em), "findByEmail", "gus@globex.org")).orElseThrow();
            Object draft = construct(order, customer, T0.plusSeconds(5));
            @SuppressWarnings("unchecked")
            List<Object> lines = (List<Object>) call(draft, "getLines");
            lines.add(acmeLine);
            call(repository(order, em), "save", draft);
        }));
        assertTrue(refused.getMessage().contains("'lines' a row of another tenant"), refused.getMessage());
        assertEquals(acmeLines, ofTenant(rawRows("order_line"), ACME), "acme's line is unchanged");
    }

    @Test
    void hibernateTenantIdFiltersEveryReadOfTheRepository() {
        Long acmeTicket = as(ACME, em -> (Long) call(call(repository(ticket, em), "save",
                construct(ticket, "printer jam")), "getId"));
        Long globexTicket = as(GLOBEX, em -> (Long) call(call(repository(ticket, em), "save",
                construct(ticket, "printer jam")), "getId"));
        runAs(GLOBEX, em -> {
            Object tickets = repository(ticket, em);
            assertTrue(optional(call(tickets, "findById", acmeTicket)).isEmpty(), "findById of acme's ticket");
            assertFalse((Boolean) call(tickets, "existsById", acmeTicket));
            assertTrue(optional(call(tickets, "findById", globexTicket)).isPresent());
            assertEquals(1L, call(tickets, "count"));
            assertEquals(List.of(globexTicket), idsOf(page(call(tickets, "findAll", 0, 10)).items()));
            assertEquals(List.of(globexTicket), idsOf(page(call(tickets, "findByTitle", "printer jam", 0, 10)).items()));
            assertEquals(List.of(globexTicket),
                    idsOf(keysetPage(call(tickets, "findByTitle", "printer jam", Cursor.first(), 10)).items()));
            call(tickets, "deleteById", acmeTicket);
        });
        assertEquals(ACME + " live", rawRows("ticket").get(acmeTicket), "globex could not delete acme's ticket");
        assertEquals(GLOBEX + " live", rawRows("ticket").get(globexTicket), "Hibernate set the tenant on insert");
    }

    @Test
    void aTenantColumnMappedByAnAssociationIsBoundByTheReferencedId() {
        Long acmeStore = as(ACME, em -> (Long) call(call(repository(store, em), "save", construct(store, "Main")),
                "getId"));
        Object saved = as(GLOBEX, em -> {
            Object stores = repository(store, em);
            Object main = call(stores, "save", construct(store, "Main"));
            assertEquals(GLOBEX, call(call(main, "getTenant"), "getId"), "a new store references the current tenant");
            return main;
        });
        Long globexStore = (Long) call(saved, "getId");
        runAs(GLOBEX, em -> {
            Object stores = repository(store, em);
            assertTrue(optional(call(stores, "findById", acmeStore)).isEmpty());
            assertFalse((Boolean) call(stores, "existsById", acmeStore));
            assertEquals(1L, call(stores, "count"));
            assertEquals(List.of(globexStore), idsOf(page(call(stores, "findAll", 0, 10)).items()));
            assertEquals(List.of(globexStore), idsOf(page(call(stores, "findByName", "Main", 0, 10)).items()));
            assertEquals(List.of(globexStore),
                    idsOf(keysetPage(call(stores, "findByName", "Main", Cursor.first(), 10)).items()));
            call(stores, "deleteById", acmeStore);
            call(stores, "delete", em.find(store, acmeStore));
            Object acmeRow = em.find(store, acmeStore);
            assertThrows(IllegalArgumentException.class, () -> call(stores, "save", acmeRow));
            assertEquals(2L, call(repository(tenantEntity, em), "count"), "the tenants table is shared");
        });
        assertEquals(ACME + " live", rawRows("store").get(acmeStore), "globex could not delete acme's store");
    }

    // ---------------------------------------------------------------- aggregate soft delete

    @Test
    void deletingAnOrderSoftDeletesItsLinesAndTheirNotesAtOnceAndRestoreBringsBackExactlyThose() {
        List<Long> orderIds = saveOrders(ACME, "ann@acme.org", 1, 3);
        Long orderId = orderIds.get(0);
        List<Long> lineIds = as(ACME, em -> {
            Object lines = repository(line, em);
            Object notes = repository(note, em);
            Object theOrder = em.find(order, orderId);
            List<Long> ids = new ArrayList<>();
            for (Object l : idsOfLines(lines, theOrder)) {
                ids.add((Long) l);
                call(notes, "save", construct(note, em.find(line, l), "note of " + l));
            }
            return ids;
        });
        // One line (and its note) deleted on its own first, by bob.
        clock.set(T0.plusSeconds(60));
        user = "bob";
        runAs(ACME, em -> call(repository(line, em), "deleteById", lineIds.get(0)));
        // Then the order, by alice: the two live lines and their notes go with it, at its time.
        clock.set(T0.plusSeconds(120));
        user = "alice";
        runAs(ACME, em -> {
            Object orders = repository(order, em);
            Object managedLine = em.find(line, lineIds.get(1));
            call(orders, "delete", em.find(order, orderId));
            assertEquals(T0.plusSeconds(120), call(managedLine, "getDeletedAt"), "managed lines are refreshed");
        });
        runAs(ACME, em -> {
            Object theOrder = optional(call(repository(order, em), "findByIdIncludingDeleted", orderId)).orElseThrow();
            assertEquals(T0.plusSeconds(120), call(theOrder, "getDeletedAt"));
            assertEquals("alice", call(theOrder, "getDeletedBy"));
            Object lines = repository(line, em);
            assertEquals(0L, call(lines, "count"), "the lines' own repository hides them");
            assertEquals(List.of(), page(call(lines, "findByOrder", theOrder, 0, 10)).items());
            assertEquals(T0.plusSeconds(60), call(em.find(line, lineIds.get(0)), "getDeletedAt"));
            assertEquals("bob", call(em.find(line, lineIds.get(0)), "getDeletedBy"));
            for (Long id : lineIds.subList(1, 3)) {
                assertEquals(T0.plusSeconds(120), call(em.find(line, id), "getDeletedAt"), "line " + id);
                assertEquals("alice", call(em.find(line, id), "getDeletedBy"), "line " + id);
            }
            assertEquals(0L, call(repository(note, em), "count"), "the notes went with their lines");
            assertEquals(3L, call(repository(note, em), "countDeleted"));
        });
        clock.set(T0.plusSeconds(180));
        runAs(ACME, em -> call(repository(order, em), "restore", em.find(order, orderId)));
        runAs(ACME, em -> {
            Object orders = repository(order, em);
            Object theOrder = optional(call(orders, "findById", orderId)).orElseThrow();
            assertNull(call(theOrder, "getDeletedBy"));
            Object lines = repository(line, em);
            assertEquals(new HashSet<>(lineIds.subList(1, 3)),
                    new HashSet<>(idsOf(page(call(lines, "findByOrder", theOrder, 0, 10)).items())),
                    "the lines deleted with the order are back, the one deleted on its own is not");
            assertNull(call(em.find(line, lineIds.get(1)), "getDeletedBy"));
            assertEquals(T0.plusSeconds(60), call(em.find(line, lineIds.get(0)), "getDeletedAt"));
            Object notes = repository(note, em);
            assertEquals(2L, call(notes, "count"));
            assertEquals(1L, call(notes, "countDeleted"), "the note of the line deleted on its own stays deleted");
        });
    }

    private static List<Object> idsOfLines(Object lines, Object theOrder) {
        return idsOf(page(call(lines, "findByOrder", theOrder, 0, 100)).items());
    }

    @Test
    void aNoteUsesItsOwnTimestampTypeAndTheSameInstant() {
        Long orderId = saveOrders(ACME, "ann@acme.org", 1, 1).get(0);
        Long noteId = as(ACME, em -> {
            Object l = page(call(repository(line, em), "findByOrder", em.find(order, orderId), 0, 10)).items().get(0);
            return (Long) call(call(repository(note, em), "save", construct(note, l, "x")), "getId");
        });
        clock.set(T0.plusSeconds(30));
        runAs(ACME, em -> call(repository(order, em), "deleteById", orderId));
        OffsetDateTime stamped = as(ACME, em -> (OffsetDateTime) call(em.find(note, noteId), "getDeletedAt"));
        assertNotNull(stamped);
        assertEquals(T0.plusSeconds(30), stamped.toInstant());
    }

    // ---------------------------------------------------------------- keyset pages

    @Test
    void keysetPagesFollowTheIndexOrderAndNeverOverlapOrSkipUnderInserts() {
        Random random = new Random(5);
        Object[] fixture = as(ACME, em -> {
            Object customer = call(repository(account, em), "save", construct(account, "ann@acme.org", "Ann"));
            Object orders = repository(order, em);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Object saved = call(orders, "save", construct(order, customer, T0.plusSeconds(random.nextInt(10) * 60)));
                em.flush();
                ids.add((Long) call(saved, "getId"));
            }
            return new Object[] {call(customer, "getId"), ids};
        });
        @SuppressWarnings("unchecked")
        List<Long> initial = (List<Long>) fixture[1];
        List<Object> seen = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        Cursor cursor = Cursor.first();
        boolean more = true;
        int inserted = 0;
        while (more) {
            Cursor after = cursor;
            KeysetPage<?> page = as(ACME, em -> keysetPage(call(repository(order, em), "findByCustomer",
                    em.find(account, fixture[0]), after, 3)));
            for (Object item : page.items()) {
                seen.add(call(item, "getId"));
                times.add((Instant) call(item, "getPlacedAt"));
            }
            cursor = page.next();
            more = page.hasNext();
            // Rows inserted between pages, before and after the cursor.
            as(ACME, em -> {
                Object customer = em.find(account, fixture[0]);
                Object orders = repository(order, em);
                call(orders, "save", construct(order, customer, T0.minusSeconds(1 + random.nextInt(100))));
                return call(orders, "save", construct(order, customer, T0.plusSeconds(random.nextInt(10) * 60)));
            });
            inserted += 2;
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no row is read twice: " + seen);
        assertTrue(seen.containsAll(initial), "every row there at the start is read once");
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isBefore(times.get(i - 1)), "ordered by placedAt: " + times);
        }
        assertTrue(inserted > 0);

        // Offset paging over the same inserts does overlap: the test would see it.
        List<Object> byOffset = new ArrayList<>();
        int offset = 0;
        Page<?> page;
        do {
            int at = offset;
            page = as(ACME, em -> page(call(repository(order, em), "findByCustomer", em.find(account, fixture[0]),
                    at, 3)));
            byOffset.addAll(idsOf(page.items()));
            offset = page.nextOffset();
            as(ACME, em -> call(repository(order, em), "save", construct(order, em.find(account, fixture[0]),
                    T0.minusSeconds(500))));
        } while (page.hasNext() && byOffset.size() < 200);
        assertTrue(byOffset.size() > new HashSet<>(byOffset).size(), "offset paging re-reads rows under inserts");
    }

    @Test
    void keysetPagesOfFindAllAndFindDeletedWalkEveryRowOnceAndCursorsAreChecked() {
        List<Long> ids = saveOrders(ACME, "ann@acme.org", 7, 0);
        runAs(ACME, em -> {
            Object orders = repository(order, em);
            call(orders, "deleteById", ids.get(1));
            call(orders, "deleteById", ids.get(4));
        });
        runAs(ACME, em -> {
            Object orders = repository(order, em);
            assertEquals(List.of(ids.get(0), ids.get(2), ids.get(3), ids.get(5), ids.get(6)),
                    allKeysetPages(orders, "findAll", 2));
            assertEquals(List.of(ids.get(1), ids.get(4)), allKeysetPages(orders, "findDeleted", 1));
            KeysetPage<?> last = keysetPage(call(orders, "findAll", Cursor.after(ids.get(6)), 5));
            assertEquals(List.of(), last.items());
            assertFalse(last.hasNext());
            assertEquals(Cursor.after(ids.get(6)), last.next(), "an empty page keeps the cursor, to poll from");
            assertThrows(IllegalArgumentException.class,
                    () -> call(orders, "findAll", Cursor.after(T0, ids.get(0)), 5), "a cursor of another method");
            assertThrows(IllegalArgumentException.class, () -> call(orders, "findAll", null, 5));
            assertThrows(IllegalArgumentException.class, () -> call(orders, "findAll", Cursor.first(), 0));
        });
    }

    private static List<Object> allKeysetPages(Object repository, String method, int limit) {
        List<Object> ids = new ArrayList<>();
        Cursor cursor = Cursor.first();
        KeysetPage<?> page;
        do {
            page = keysetPage(call(repository, method, cursor, limit));
            assertTrue(page.items().size() <= limit);
            ids.addAll(idsOf(page.items()));
            cursor = page.next();
        } while (page.hasNext());
        return ids;
    }

    // ---------------------------------------------------------------- property: two tenants, aggregates

    static final long[] SEEDS = {3, 11, 64, 2026};
    static final int STEPS = 40;

    /** What one tenant's tables should hold. */
    static final class TenantModel {
        final TreeMap<Long, Instant> liveOrders = new TreeMap<>();
        final TreeMap<Long, Instant> deletedOrders = new TreeMap<>();
        /** Lines by order; a line's deletion time, or null when live. */
        final Map<Long, Map<Long, Instant>> lines = new HashMap<>();
        Long customer;
    }

    @Test
    void randomSequencesOfTwoTenantsNeverTouchTheOtherTenantsRows() {
        for (long seed : SEEDS) {
            emptyTables();
            try {
                runTenantSequence(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("sequence with seed " + seed + " failed: " + e.getMessage(), e);
            }
        }
    }

    private void runTenantSequence(long seed) {
        Random random = new Random(seed);
        deletionTimes.clear();
        allOrders.clear();
        Map<String, TenantModel> models = Map.of(ACME, new TenantModel(), GLOBEX, new TenantModel());
        for (String who : models.keySet()) {
            models.get(who).customer = as(who, em -> (Long) call(call(repository(account, em), "save",
                    construct(account, who + "@example.org", who)), "getId"));
        }
        for (int step = 0; step < STEPS; step++) {
            clock.advance(Duration.ofSeconds(1 + random.nextInt(5)));
            String who = random.nextBoolean() ? ACME : GLOBEX;
            String other = who.equals(ACME) ? GLOBEX : ACME;
            TenantModel model = models.get(who);
            Map<Long, String> otherOrders = ofTenant(rawRows("purchase_order"), other);
            Map<Long, String> otherLines = ofTenant(rawRows("order_line"), other);
            // Targets are drawn from every order, the other tenant's too.
            List<Long> everyOrder = new ArrayList<>(rawRows("purchase_order").keySet());
            Long target = everyOrder.isEmpty() ? null : everyOrder.get(random.nextInt(everyOrder.size()));
            int choice = random.nextInt(10);
            String action = as(who, em -> apply(choice, random, model, target, em));
            assertEquals(otherOrders, ofTenant(rawRows("purchase_order"), other),
                    "step " + step + " " + who + ": " + action + " changed " + other + "'s orders");
            assertEquals(otherLines, ofTenant(rawRows("order_line"), other),
                    "step " + step + " " + who + ": " + action + " changed " + other + "'s lines");
            for (String reader : models.keySet()) {
                String context = "step " + step + " " + who + ": " + action + ", read as " + reader;
                runAs(reader, em -> assertAgrees(models.get(reader), em, context));
            }
        }
    }

    private String apply(int choice, Random random, TenantModel model, Long target, EntityManager em) {
        Object orders = repository(order, em);
        boolean own = target != null && (model.liveOrders.containsKey(target) || model.deletedOrders.containsKey(target));
        if (choice < 3 || target == null) {
            Instant placed = T0.plusSeconds(random.nextInt(20) * 10L);
            Object saved = call(orders, "save", construct(order, em.find(account, model.customer), placed));
            int lines = random.nextInt(3);
            for (int i = 0; i < lines; i++) {
                call(saved, "addLine", "sku");
            }
            em.flush();
            Long id = (Long) call(saved, "getId");
            model.liveOrders.put(id, placed);
            allOrders.add(id);
            Map<Long, Instant> byLine = new HashMap<>();
            for (Object l : (List<?>) call(saved, "getLines")) {
                byLine.put((Long) call(l, "getId"), null);
            }
            model.lines.put(id, byLine);
            return "save " + id + " with " + lines + " lines";
        }
        if (choice < 5) {
            if (random.nextBoolean()) {
                call(orders, "deleteById", target);
            } else {
                call(orders, "delete", em.find(order, target));
            }
            if (own && model.liveOrders.containsKey(target)) {
                model.deletedOrders.put(target, model.liveOrders.remove(target));
                Instant now = clock.instant();
                model.lines.get(target).replaceAll((l, deleted) -> deleted == null ? now : deleted);
                deletionTimes.put(target, now);
            }
            return "delete " + target + (own ? "" : " (another tenant's)");
        }
        if (choice < 6) {
            // A line deleted on its own.
            Map<Long, Instant> lines = own ? model.lines.get(target) : Map.of();
            Long lineId = lines.isEmpty() ? null : new TreeSet<>(lines.keySet()).first();
            if (lineId == null || !model.liveOrders.containsKey(target)) {
                return "nothing";
            }
            call(repository(line, em), "deleteById", lineId);
            if (lines.get(lineId) == null) {
                lines.put(lineId, clock.instant());
            }
            return "delete line " + lineId;
        }
        if (choice < 8) {
            call(orders, "restore", em.find(order, target));
            if (own && model.deletedOrders.containsKey(target)) {
                model.liveOrders.put(target, model.deletedOrders.remove(target));
                Instant at = deletionTimes.get(target);
                model.lines.get(target).replaceAll((l, deleted) -> at.equals(deleted) ? null : deleted);
            }
            return "restore " + target + (own ? "" : " (another tenant's)");
        }
        if (choice < 9) {
            Instant cutoff = clock.instant().minusSeconds(random.nextInt(15));
            int purged = (Integer) call(orders, "purgeDeletedBefore", cutoff);
            List<Long> expected = new ArrayList<>();
            for (Map.Entry<Long, Instant> e : new ArrayList<>(model.deletedOrders.entrySet())) {
                if (deletionTimes.get(e.getKey()).isBefore(cutoff)) {
                    expected.add(e.getKey());
                }
            }
            assertEquals(expected.size(), purged, "purgeDeletedBefore " + cutoff);
            for (Long id : expected) {
                model.deletedOrders.remove(id);
                model.lines.remove(id);
            }
            return "purge before " + cutoff;
        }
        call(orders, "hardDelete", em.find(order, target));
        if (own) {
            model.liveOrders.remove(target);
            model.deletedOrders.remove(target);
            model.lines.remove(target);
        }
        return "hardDelete " + target + (own ? "" : " (another tenant's)");
    }

    /** When each order was last deleted, across tenants (ids are unique). */
    private final Map<Long, Instant> deletionTimes = new HashMap<>();
    /** Every order saved, of both tenants. */
    private final Set<Long> allOrders = new TreeSet<>();

    private void assertAgrees(TenantModel model, EntityManager em, String context) {
        Object orders = repository(order, em);
        List<Long> live = new ArrayList<>(model.liveOrders.keySet());
        List<Long> deleted = new ArrayList<>(model.deletedOrders.keySet());
        assertEquals((long) live.size(), call(orders, "count"), context + ": count");
        assertEquals((long) deleted.size(), call(orders, "countDeleted"), context + ": countDeleted");
        assertEquals(live, idsOf(page(call(orders, "findAll", 0, 1000)).items()), context + ": findAll");
        assertEquals(live, allKeysetPages(orders, "findAll", 3), context + ": findAll keyset");
        assertEquals(deleted, allKeysetPages(orders, "findDeleted", 2), context + ": findDeleted keyset");
        Object customer = em.find(account, model.customer);
        List<Long> byCustomer = new ArrayList<>(live);
        byCustomer.sort((a, b) -> {
            int byTime = model.liveOrders.get(a).compareTo(model.liveOrders.get(b));
            return byTime != 0 ? byTime : a.compareTo(b);
        });
        assertEquals(byCustomer, idsOf(page(call(orders, "findByCustomer", customer, 0, 1000)).items()),
                context + ": findByCustomer, by placedAt then id");
        List<Object> keyset = new ArrayList<>();
        Cursor cursor = Cursor.first();
        KeysetPage<?> page;
        do {
            page = keysetPage(call(orders, "findByCustomer", customer, cursor, 2));
            keyset.addAll(idsOf(page.items()));
            cursor = page.next();
        } while (page.hasNext());
        assertEquals(byCustomer, keyset, context + ": findByCustomer keyset");
        long liveLines = 0;
        for (Map<Long, Instant> byLine : model.lines.values()) {
            liveLines += byLine.values().stream().filter(java.util.Objects::isNull).count();
        }
        assertEquals(liveLines, call(repository(line, em), "count"), context + ": live lines");
        for (Long id : allOrders) {
            boolean isLive = model.liveOrders.containsKey(id);
            assertEquals(isLive, optional(call(orders, "findById", id)).isPresent(), context + ": findById " + id);
            assertEquals(isLive || model.deletedOrders.containsKey(id),
                    optional(call(orders, "findByIdIncludingDeleted", id)).isPresent(),
                    context + ": findByIdIncludingDeleted " + id);
        }
        for (Long id : new HashSet<>(idsOf(page(call(orders, "findAll", 0, 1000)).items())).stream()
                .map(Long.class::cast).toList()) {
            assertTrue(model.liveOrders.containsKey(id), context + ": another tenant's order " + id);
        }
        Set<Long> known = new HashSet<>(live);
        known.addAll(deleted);
        assertEquals(known.size(), live.size() + deleted.size());
    }
}
