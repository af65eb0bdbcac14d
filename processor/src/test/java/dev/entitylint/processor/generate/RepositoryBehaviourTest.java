package dev.entitylint.processor.generate;

import static dev.entitylint.processor.testing.Reflect.call;
import static dev.entitylint.processor.testing.Reflect.construct;
import static dev.entitylint.processor.testing.Reflect.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.Page;
import dev.entitylint.processor.testing.CompiledSources;
import dev.entitylint.processor.testing.Database;
import dev.entitylint.processor.testing.Reflect;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Constructor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the generated repositories of {@link Shop} on Hibernate ORM against a real database. The
 * same tests run on H2 and PostgreSQL through the two subclasses; one persistence unit per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RepositoryBehaviourTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    final TestClock clock = new TestClock(T0);
    CompiledSources compiled;
    Database.Jpa jpa;
    Class<?> customer;
    Class<?> warehouse;
    Class<?> shipment;
    Class<?> tag;
    Class<?> coupon;
    Class<?> status;

    abstract Database database();

    @BeforeAll
    void start() {
        compiled = Shop.compiled();
        List<Class<?>> entities = new ArrayList<>();
        for (String name : Shop.ENTITIES) {
            entities.add(compiled.load(Shop.PACKAGE + "." + name));
        }
        customer = entities.get(0);
        warehouse = entities.get(1);
        shipment = entities.get(2);
        tag = entities.get(3);
        coupon = entities.get(4);
        status = compiled.load(Shop.PACKAGE + ".Shipment$Status");
        jpa = database().start(compiled.loader(), entities);
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
        clock.zone = ZoneOffset.UTC;
        jpa.run(em -> {
            for (String table : List.of("shipment", "customer", "warehouse", "tag_alias", "tag", "coupon")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
        });
    }

    // ---------------------------------------------------------------- helpers

    /** The generated repository of {@code entity} on {@code em}, with the test clock when it takes one. */
    Object repository(Class<?> entity, EntityManager em) {
        Class<?> type = compiled.load(entity.getName() + "Repository");
        boolean takesClock = Arrays.stream(type.getConstructors()).anyMatch(c -> c.getParameterCount() == 2);
        return takesClock ? construct(type, em, clock) : construct(type, em);
    }

    Object newCustomer(String email) {
        return construct(customer, email, "name of " + email);
    }

    /** Saves customers in one transaction; answers their ids. */
    List<Long> saveCustomers(String... emails) {
        return jpa.inTransaction(em -> {
            Object repository = repository(customer, em);
            List<Long> ids = new ArrayList<>();
            for (String email : emails) {
                ids.add((Long) call(call(repository, "save", newCustomer(email)), "getId"));
            }
            return ids;
        });
    }

    static Optional<?> optional(Object value) {
        return (Optional<?>) value;
    }

    static Page<?> page(Object value) {
        return (Page<?>) value;
    }

    static List<Object> ids(Page<?> page) {
        return idsOf(page.items());
    }

    static List<Object> idsOf(List<?> items) {
        List<Object> ids = new ArrayList<>();
        for (Object item : items) {
            ids.add(call(item, "getId"));
        }
        return ids;
    }

    // ---------------------------------------------------------------- soft delete hides rows

    @Test
    void everyReadHidesSoftDeletedRowsBeforeAndAfterClear() {
        List<Long> ids = saveCustomers("ann@example.com", "bob@example.com", "cy@example.com");
        Long bob = ids.get(1);
        jpa.run(em -> {
            Object repository = repository(customer, em);
            Object managed = optional(call(repository, "findById", bob)).orElseThrow();
            call(repository, "delete", managed);
            assertNotNull(call(managed, "getDeletedAt"), "the managed instance is refreshed");
            assertLiveCustomers(repository, ids, Set.of(bob));
            em.clear();
            assertLiveCustomers(repository, ids, Set.of(bob));
        });
        jpa.run(em -> assertLiveCustomers(repository(customer, em), ids, Set.of(bob)));
    }

    private void assertLiveCustomers(Object repository, List<Long> all, Set<Long> deleted) {
        List<Long> live = all.stream().filter(id -> !deleted.contains(id)).toList();
        for (Long id : all) {
            boolean isLive = live.contains(id);
            assertEquals(isLive, optional(call(repository, "findById", id)).isPresent(), "findById " + id);
            assertEquals(isLive, call(repository, "existsById", id), "existsById " + id);
            assertTrue(optional(call(repository, "findByIdIncludingDeleted", id)).isPresent());
        }
        assertEquals((long) live.size(), call(repository, "count"));
        assertEquals((long) deleted.size(), call(repository, "countDeleted"));
        Page<?> page = page(call(repository, "findAll", 0, 10));
        assertEquals(live, ids(page));
        assertEquals(live.size(), page.total());
        Page<?> deletedPage = page(call(repository, "findDeleted", 0, 10));
        assertEquals(new HashSet<>(deleted), new HashSet<>(ids(deletedPage)));
        assertEquals(deleted.size(), deletedPage.total());
        for (Long id : all) {
            Object row = optional(call(repository, "findByIdIncludingDeleted", id)).orElseThrow();
            String email = (String) call(row, "getEmail");
            String name = (String) call(row, "getName");
            assertEquals(live.contains(id), optional(call(repository, "findByEmail", email)).isPresent(), email);
            Page<?> byName = page(call(repository, "findByName", name, 0, 10));
            assertEquals(live.contains(id) ? List.of(id) : List.of(), ids(byName), name);
            assertEquals(live.contains(id) ? 1 : 0, byName.total());
        }
    }

    @Test
    void findersOnForeignKeysCompositeAndUniqueIndexesHideSoftDeletedRows() {
        Object[] fixture = jpa.inTransaction(em -> {
            Object customers = repository(customer, em);
            Object warehouses = repository(warehouse, em);
            Object shipments = repository(shipment, em);
            Object ann = call(customers, "save", newCustomer("ann@example.com"));
            Object bob = call(customers, "save", newCustomer("bob@example.com"));
            Object north = call(warehouses, "save", construct(warehouse, "NORTH"));
            Object south = call(warehouses, "save", construct(warehouse, "SOUTH"));
            Object open = status.getEnumConstants()[0];
            Object shipped = status.getEnumConstants()[1];
            List<Object> saved = new ArrayList<>();
            saved.add(call(shipments, "save", construct(shipment, "T1", ann, north, open)));
            saved.add(call(shipments, "save", construct(shipment, "T2", ann, north, shipped)));
            saved.add(call(shipments, "save", construct(shipment, "T3", ann, south, open)));
            saved.add(call(shipments, "save", construct(shipment, "T4", bob, north, open)));
            em.flush();
            call(shipments, "delete", saved.get(3));
            return new Object[] {call(ann, "getId"), call(bob, "getId"), call(north, "getId"),
                call(south, "getId"), idsOf(saved)};
        });
        @SuppressWarnings("unchecked")
        List<Object> t = (List<Object>) fixture[4];
        jpa.run(em -> {
            Object shipments = repository(shipment, em);
            Object ann = em.find(customer, fixture[0]);
            Object bob = em.find(customer, fixture[1]);
            Object north = em.find(warehouse, fixture[2]);
            Object south = em.find(warehouse, fixture[3]);
            Object open = status.getEnumConstants()[0];
            Object shipped = status.getEnumConstants()[1];

            assertEquals(Set.of(t.get(0), t.get(1), t.get(2)),
                    new HashSet<>(ids(page(call(shipments, "findByCustomer", ann, 0, 10)))));
            Page<?> bobs = page(call(shipments, "findByCustomer", bob, 0, 10));
            assertEquals(List.of(), bobs.items(), "T4 is soft-deleted");
            assertEquals(0, bobs.total());
            assertEquals(Set.of(t.get(0), t.get(1)),
                    new HashSet<>(ids(page(call(shipments, "findByWarehouse", north, 0, 10)))));
            assertEquals(List.of(t.get(2)), ids(page(call(shipments, "findByWarehouse", south, 0, 10))));
            assertEquals(List.of(t.get(0)),
                    ids(page(call(shipments, "findByWarehouseAndStatus", north, open, 0, 10))));
            assertEquals(List.of(t.get(1)),
                    ids(page(call(shipments, "findByWarehouseAndStatus", north, shipped, 0, 10))));
            assertEquals(List.of(), ids(page(call(shipments, "findByWarehouseAndStatus", south, shipped, 0, 10))));
            assertEquals(t.get(2), call(optional(call(shipments, "findByTrackingCode", "T3")).orElseThrow(), "getId"));
            assertTrue(optional(call(shipments, "findByTrackingCode", "T4")).isEmpty());
            assertTrue(optional(call(shipments, "findByTrackingCode", "T9")).isEmpty());

            Object warehouses = repository(warehouse, em);
            assertSame(north, optional(call(warehouses, "findByCode", "NORTH")).orElseThrow());
            assertTrue(optional(call(warehouses, "findByCode", "EAST")).isEmpty());
        });
    }

    // ---------------------------------------------------------------- delete, restore, purge

    @Test
    void deleteStampsTheClockAndKeepsTheFirstTimeWhenRepeated() {
        Long id = saveCustomers("ann@example.com").get(0);
        clock.set(T0.plusSeconds(60));
        jpa.run(em -> call(repository(customer, em), "deleteById", id));
        clock.set(T0.plusSeconds(120));
        jpa.run(em -> {
            Object repository = repository(customer, em);
            Object row = optional(call(repository, "findByIdIncludingDeleted", id)).orElseThrow();
            call(repository, "delete", row);
            call(repository, "deleteById", id);
            assertEquals(T0.plusSeconds(60), call(row, "getDeletedAt"));
        });
        jpa.run(em -> assertEquals(T0.plusSeconds(60),
                call(em.find(customer, id), "getDeletedAt")));
    }

    @Test
    void restoreMakesARowLiveAgainAndBumpsTheVersion() {
        Long id = saveCustomers("ann@example.com").get(0);
        long version = jpa.inTransaction(em -> (Long) call(em.find(customer, id), "getVersion"));
        jpa.run(em -> call(repository(customer, em), "deleteById", id));
        jpa.run(em -> {
            Object repository = repository(customer, em);
            Object row = optional(call(repository, "findByIdIncludingDeleted", id)).orElseThrow();
            call(repository, "restore", row);
            assertNull(call(row, "getDeletedAt"), "the managed instance is refreshed");
            assertTrue(optional(call(repository, "findById", id)).isPresent());
            assertEquals(1L, call(repository, "count"));
            assertEquals(0L, call(repository, "countDeleted"));
            call(repository, "restore", row); // already live: nothing happens
        });
        jpa.run(em -> {
            Object row = em.find(customer, id);
            assertNull(call(row, "getDeletedAt"));
            assertEquals(version + 2, call(row, "getVersion"), "delete and restore each bump @Version");
        });
    }

    @Test
    void purgeRemovesRowsDeletedBeforeTheCutoffOnly() {
        List<Long> ids = saveCustomers("a@example.com", "b@example.com", "c@example.com");
        clock.set(T0.plusSeconds(10));
        jpa.run(em -> call(repository(customer, em), "deleteById", ids.get(0)));
        clock.set(T0.plusSeconds(20));
        jpa.run(em -> call(repository(customer, em), "deleteById", ids.get(1)));
        int purged = jpa.inTransaction(em -> {
            Object repository = repository(customer, em);
            Object doomed = optional(call(repository, "findByIdIncludingDeleted", ids.get(0))).orElseThrow();
            int count = (Integer) call(repository, "purgeDeletedBefore", T0.plusSeconds(15));
            assertFalse(em.contains(doomed));
            assertTrue(optional(call(repository, "findByIdIncludingDeleted", ids.get(0))).isEmpty());
            return count;
        });
        assertEquals(1, purged);
        jpa.run(em -> {
            Object repository = repository(customer, em);
            assertTrue(optional(call(repository, "findByIdIncludingDeleted", ids.get(0))).isEmpty());
            assertTrue(optional(call(repository, "findByIdIncludingDeleted", ids.get(1))).isPresent());
            assertEquals(1L, call(repository, "countDeleted"));
            assertEquals(1L, call(repository, "count"));
            assertEquals(0, call(repository, "purgeDeletedBefore", T0.plusSeconds(20)), "the cutoff is exclusive");
            assertEquals(1, call(repository, "purgeDeletedBefore", T0.plusSeconds(21)));
            assertEquals(1L, call(repository, "count"), "live rows are never purged");
        });
    }

    @Test
    void anOffsetDateTimeSoftDeleteColumnIsStampedAndPurgedInTheClockZone() {
        clock.zone = ZoneOffset.ofHours(2);
        clock.set(T0);
        Object id = jpa.inTransaction(em -> {
            Object owner = call(repository(customer, em), "save", newCustomer("ann@example.com"));
            Object north = call(repository(warehouse, em), "save", construct(warehouse, "NORTH"));
            Object saved = call(repository(shipment, em), "save",
                    construct(shipment, "T1", owner, north, status.getEnumConstants()[0]));
            em.flush();
            call(repository(shipment, em), "delete", saved);
            assertEquals(T0, ((OffsetDateTime) call(saved, "getDeletedAt")).toInstant());
            return call(saved, "getId");
        });
        jpa.run(em -> {
            Object shipments = repository(shipment, em);
            assertEquals(0, call(shipments, "purgeDeletedBefore", T0));
            assertEquals(1, call(shipments, "purgeDeletedBefore", T0.plusMillis(1)));
            assertTrue(optional(call(shipments, "findByIdIncludingDeleted", id)).isEmpty());
        });
    }

    @Test
    void hardDeleteRemovesLiveAndSoftDeletedRows() {
        List<Long> ids = saveCustomers("a@example.com", "b@example.com");
        jpa.run(em -> call(repository(customer, em), "deleteById", ids.get(1)));
        jpa.run(em -> {
            Object repository = repository(customer, em);
            for (Long id : ids) {
                call(repository, "hardDelete", optional(call(repository, "findByIdIncludingDeleted", id)).orElseThrow());
            }
        });
        jpa.run(em -> assertEquals(0L, em.createQuery("select count(c) from Customer c").getSingleResult()));
    }

    // ---------------------------------------------------------------- pages, save, ids

    @Test
    void pagesAreDisjointOrderedByIdAndCarryTheLiveTotal() {
        List<Long> ids = saveCustomers("a@x.org", "b@x.org", "c@x.org", "d@x.org", "e@x.org", "f@x.org", "g@x.org");
        jpa.run(em -> call(repository(customer, em), "deleteById", ids.get(2)));
        List<Long> live = new ArrayList<>(ids);
        live.remove(2);
        jpa.run(em -> {
            Object repository = repository(customer, em);
            List<Object> seen = new ArrayList<>();
            int offset = 0;
            Page<?> page;
            do {
                page = page(call(repository, "findAll", offset, 4));
                assertEquals(6, page.total());
                assertEquals(offset, page.offset());
                assertEquals(4, page.limit());
                seen.addAll(ids(page));
                offset = page.nextOffset();
            } while (page.hasNext());
            assertEquals(live, seen);
            Page<?> beyond = page(call(repository, "findAll", 50, 4));
            assertEquals(List.of(), beyond.items());
            assertEquals(6, beyond.total(), "an empty page past the end still knows the total");
            Page<?> exact = page(call(repository, "findAll", 2, 4));
            assertEquals(live.subList(2, 6), ids(exact));
            assertEquals(6, exact.total());
        });
    }

    @Test
    void savePersistsNewEntitiesMergesDetachedOnesAndReturnsTheManagedInstance() {
        Object detached = jpa.inTransaction(em -> {
            Object repository = repository(customer, em);
            Object fresh = newCustomer("ann@example.com");
            Object saved = call(repository, "save", fresh);
            assertSame(fresh, saved, "a new entity is persisted as is");
            assertSame(saved, call(repository, "save", saved), "a managed entity is returned unchanged");
            return saved;
        });
        Long id = (Long) call(detached, "getId");
        assertNotNull(id, "Long id inherited from a @MappedSuperclass, generated by the database");
        call(detached, "rename", "Ann");
        jpa.run(em -> {
            Object merged = call(repository(customer, em), "save", detached);
            assertNotEquals(System.identityHashCode(detached), System.identityHashCode(merged));
            assertTrue(em.contains(merged));
        });
        jpa.run(em -> assertEquals("Ann", call(em.find(customer, id), "getName")));

        Object code = jpa.inTransaction(em -> {
            Object saved = call(repository(warehouse, em), "save", construct(warehouse, "NORTH"));
            assertTrue(em.contains(saved), "a new entity with an assigned UUID is merged into a managed one");
            return call(saved, "getId");
        });
        jpa.run(em -> assertEquals("NORTH",
                call(optional(call(repository(warehouse, em), "findById", code)).orElseThrow(), "getCode")));
    }

    // ---------------------------------------------------------------- without soft delete

    @Test
    void anEntityWithoutSoftDeleteHasNoneOfTheExtraMethodsAndDeleteRemovesTheRow() {
        Class<?> type = compiled.load(Shop.PACKAGE + ".WarehouseRepository");
        for (String extra : List.of("restore", "findByIdIncludingDeleted", "findDeleted", "countDeleted",
                "purgeDeletedBefore", "hardDelete")) {
            assertFalse(Reflect.hasMethod(type, extra), extra);
        }
        for (Constructor<?> constructor : type.getConstructors()) {
            assertEquals(List.of(EntityManager.class), List.of(constructor.getParameterTypes()));
        }
        Object[] ids = jpa.inTransaction(em -> {
            Object repository = repository(warehouse, em);
            Object a = call(repository, "save", construct(warehouse, "A"));
            Object b = call(repository, "save", construct(warehouse, "B"));
            return new Object[] {call(a, "getId"), call(b, "getId")};
        });
        jpa.run(em -> {
            Object repository = repository(warehouse, em);
            call(repository, "delete", optional(call(repository, "findById", ids[0])).orElseThrow());
            call(repository, "deleteById", ids[1]);
            call(repository, "deleteById", ids[1]); // gone already: nothing happens
            assertTrue(optional(call(repository, "findById", ids[0])).isEmpty());
            assertEquals(false, call(repository, "existsById", ids[1]));
        });
        jpa.run(em -> assertEquals(0L,
                ((Number) em.createNativeQuery("select count(*) from warehouse").getSingleResult()).longValue()));
    }

    // ---------------------------------------------------------------- Hibernate's @SoftDelete

    /** Saves tags in one transaction; answers their ids. */
    Object[] saveTags(String... labels) {
        return jpa.inTransaction(em -> {
            Object repository = repository(tag, em);
            List<Object> ids = new ArrayList<>();
            for (String label : labels) {
                ids.add(call(call(repository, "save", construct(tag, label)), "getId"));
            }
            return ids.toArray();
        });
    }

    long nativeCount(String sql) {
        return jpa.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void hibernateSoftDeleteHidesRowsFromEveryReadAndTheRepositoryStillReachesThem() {
        Class<?> type = compiled.load(Shop.PACKAGE + ".TagRepository");
        assertTrue(Reflect.hasMethod(type, "purgeDeleted"), "DELETED records no time, so purge takes none");
        assertFalse(Reflect.hasMethod(type, "purgeDeletedBefore"));
        Object[] ids = saveTags("red", "blue", "green");
        jpa.run(em -> {
            Object repository = repository(tag, em);
            call(repository, "deleteById", ids[0]);
            assertTrue(optional(call(repository, "findById", ids[0])).isEmpty(), "hidden before the flush");
            assertEquals(false, call(repository, "existsById", ids[0]));
            assertEquals(2L, call(repository, "count"));
            assertEquals(1L, call(repository, "countDeleted"), "the removal is flushed before native SQL reads");
            Optional<?> deleted = optional(call(repository, "findByIdIncludingDeleted", ids[0]));
            assertEquals("red", call(deleted.orElseThrow(), "getLabel"));
            assertFalse(em.contains(deleted.get()), "a deleted row comes back detached");
            assertTrue(optional(call(repository, "findById", ids[0])).isEmpty(), "hidden after it was read");
            assertEquals(false, call(repository, "existsById", ids[0]));
            Object live = optional(call(repository, "findByIdIncludingDeleted", ids[1])).orElseThrow();
            assertTrue(em.contains(live), "a live row comes back managed");
        });
        jpa.run(em -> {
            Object repository = repository(tag, em);
            assertTrue(optional(call(repository, "findById", ids[0])).isEmpty(), "hidden after clear");
            assertTrue(optional(call(repository, "findByLabel", "red")).isEmpty());
            assertEquals("blue", call(optional(call(repository, "findByLabel", "blue")).orElseThrow(), "getLabel"));
            Page<?> live = page(call(repository, "findAll", 0, 10));
            assertEquals(List.of(ids[1], ids[2]), ids(live));
            assertEquals(2L, live.total());
            Page<?> deleted = page(call(repository, "findDeleted", 0, 10));
            assertEquals(List.of(ids[0]), ids(deleted));
            assertEquals(1L, deleted.total());
            assertEquals(ids[0], call(optional(call(repository, "findByIdIncludingDeleted", ids[0])).orElseThrow(),
                    "getId"));
            assertTrue(optional(call(repository, "findByIdIncludingDeleted", -1L)).isEmpty());
        });
        assertEquals(1L, nativeCount("select count(*) from tag where deleted = true"), "the row is kept, marked");
    }

    @Test
    void hibernateSoftDeletedRowsAreRestoredPagedAndCounted() {
        Object[] ids = saveTags("a", "b", "c", "d", "e");
        jpa.run(em -> {
            Object repository = repository(tag, em);
            for (int i = 0; i < 4; i++) {
                call(repository, "deleteById", ids[i]);
            }
        });
        jpa.run(em -> {
            Object repository = repository(tag, em);
            Page<?> first = page(call(repository, "findDeleted", 0, 3));
            Page<?> second = page(call(repository, "findDeleted", 3, 3));
            assertEquals(List.of(ids[0], ids[1], ids[2]), ids(first));
            assertEquals(List.of(ids[3]), ids(second));
            assertEquals(4L, first.total());
            assertEquals(4L, second.total());
            Object deleted = optional(call(repository, "findByIdIncludingDeleted", ids[1])).orElseThrow();
            call(repository, "restore", deleted);
            call(repository, "restore", deleted); // a live row stays live
            assertEquals(ids[1], call(optional(call(repository, "findById", ids[1])).orElseThrow(), "getId"));
            assertEquals(2L, call(repository, "count"));
            assertEquals(3L, call(repository, "countDeleted"));
        });
        jpa.run(em -> {
            Object repository = repository(tag, em);
            assertEquals(List.of(ids[1], ids[4]), ids(page(call(repository, "findAll", 0, 10))));
            assertThrows(IllegalArgumentException.class, () -> call(repository, "findDeleted", -1, 3));
            assertThrows(IllegalArgumentException.class, () -> call(repository, "findDeleted", 0, 0));
        });
    }

    @Test
    void hibernateSoftDeletedRowsArePurgedAndHardDeletedWithTheirCollectionRows() {
        Object[] ids = saveTags("red", "blue", "green");
        assertEquals(3L, nativeCount("select count(*) from tag_alias"));
        jpa.run(em -> call(repository(tag, em), "deleteById", ids[0]));
        jpa.run(em -> {
            Object repository = repository(tag, em);
            assertEquals(1, call(repository, "purgeDeleted"));
            assertEquals(0, call(repository, "purgeDeleted"));
            assertTrue(optional(call(repository, "findByIdIncludingDeleted", ids[0])).isEmpty());
            Object blue = optional(call(repository, "findById", ids[1])).orElseThrow();
            call(repository, "hardDelete", blue);
            assertFalse(em.contains(blue), "the removed instance is detached");
            assertTrue(optional(call(repository, "findByIdIncludingDeleted", ids[1])).isEmpty());
        });
        assertEquals(1L, nativeCount("select count(*) from tag"));
        assertEquals(1L, nativeCount("select count(*) from tag_alias"), "only green's alias is left");
        jpa.run(em -> {
            Object repository = repository(tag, em);
            Object green = optional(call(repository, "findById", ids[2])).orElseThrow();
            call(repository, "delete", green);
            call(repository, "hardDelete", green); // soft-deleted in this transaction, then removed for real
            assertEquals(0L, call(repository, "countDeleted"));
        });
        assertEquals(0L, nativeCount("select count(*) from tag") + nativeCount("select count(*) from tag_alias"));
    }

    @Test
    void hibernateTimestampSoftDeleteIsPurgedByAge() {
        Class<?> type = compiled.load(Shop.PACKAGE + ".CouponRepository");
        assertTrue(Reflect.hasMethod(type, "purgeDeletedBefore"));
        assertFalse(Reflect.hasMethod(type, "purgeDeleted"));
        Object[] ids = jpa.inTransaction(em -> {
            Object repository = repository(coupon, em);
            return new Object[] {call(call(repository, "save", construct(coupon, "A")), "getId"),
                call(call(repository, "save", construct(coupon, "B")), "getId"),
                call(call(repository, "save", construct(coupon, "C")), "getId")};
        });
        jpa.run(em -> {
            Object repository = repository(coupon, em);
            call(repository, "deleteById", ids[0]);
            call(repository, "deleteById", ids[1]);
        });
        jpa.run(em -> {
            Object repository = repository(coupon, em);
            assertEquals(1L, call(repository, "count"));
            assertEquals(2L, call(repository, "countDeleted"));
            assertEquals(0, call(repository, "purgeDeletedBefore", Instant.now().minus(Duration.ofHours(1))),
                    "rows deleted a moment ago are younger than an hour");
            call(repository, "restore", optional(call(repository, "findByIdIncludingDeleted", ids[1])).orElseThrow());
            assertEquals(1, call(repository, "purgeDeletedBefore", Instant.now().plus(Duration.ofHours(1))));
            assertTrue(optional(call(repository, "findByIdIncludingDeleted", ids[0])).isEmpty());
            assertEquals(List.of(ids[1], ids[2]).stream().sorted().toList(),
                    ids(page(call(repository, "findAll", 0, 10))).stream().map(UUID.class::cast).sorted().toList());
            assertThrows(IllegalArgumentException.class, () -> call(repository, "purgeDeletedBefore", (Object) null));
        });
        assertEquals(0L, nativeCount("select count(*) from coupon where removed_at is not null"));
    }

    // ---------------------------------------------------------------- property: random sequences

    /** Fixed seeds, so a failure names its seed and reproduces. */
    static final long[] SEEDS = {1, 7, 42, 2024, 99991};
    static final int STEPS = 30;

    @Test
    void randomSequencesAgreeWithAModelOfTheLiveSet() {
        forEachSeed(this::runSequence);
    }

    @Test
    void randomSequencesOnHibernateSoftDeleteAgreeWithAModelOfTheLiveSet() {
        forEachSeed(this::runHibernateSequence);
    }

    /** Runs a sequence per seed on empty tables; a failure names its seed. */
    private void forEachSeed(java.util.function.LongConsumer sequence) {
        for (long seed : SEEDS) {
            emptyTables();
            try {
                sequence.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("sequence with seed " + seed + " failed: " + e.getMessage(), e);
            }
        }
    }

    private void runHibernateSequence(long seed) {
        java.util.Random random = new java.util.Random(seed);
        java.util.TreeMap<Long, String> live = new java.util.TreeMap<>();
        java.util.TreeMap<Long, String> deleted = new java.util.TreeMap<>();
        java.util.Map<Long, String> labels = new java.util.HashMap<>();
        for (int step = 0; step < STEPS; step++) {
            int choice = random.nextInt(10);
            String action = jpa.inTransaction(em -> {
                Object repository = repository(tag, em);
                List<Long> known = new ArrayList<>(labels.keySet());
                known.removeIf(id -> !live.containsKey(id) && !deleted.containsKey(id));
                Long target = known.isEmpty() ? null : known.get(random.nextInt(known.size()));
                String done;
                if (choice < 3 || target == null) {
                    String label = "t" + labels.size();
                    Long id = (Long) call(call(repository, "save", construct(tag, label)), "getId");
                    live.put(id, label);
                    labels.put(id, label);
                    done = "save " + id;
                } else if (choice < 5) {
                    call(repository, "deleteById", target);
                    if (live.containsKey(target)) {
                        deleted.put(target, live.remove(target));
                    }
                    done = "delete " + target;
                } else if (choice < 7) {
                    call(repository, "restore", optional(call(repository, "findByIdIncludingDeleted", target))
                            .orElseThrow());
                    if (deleted.containsKey(target)) {
                        live.put(target, deleted.remove(target));
                    }
                    done = "restore " + target;
                } else if (choice < 8) {
                    assertEquals(deleted.size(), call(repository, "purgeDeleted"), "purgeDeleted");
                    deleted.clear();
                    done = "purge";
                } else {
                    call(repository, "hardDelete", optional(call(repository, "findByIdIncludingDeleted", target))
                            .orElseThrow());
                    live.remove(target);
                    deleted.remove(target);
                    done = "hardDelete " + target;
                }
                assertHibernateAgrees(live, deleted, labels, repository, done + " (before clear)");
                return done;
            });
            jpa.run(em -> assertHibernateAgrees(live, deleted, labels, repository(tag, em), "after " + action));
        }
    }

    private static void assertHibernateAgrees(java.util.TreeMap<Long, String> live,
            java.util.TreeMap<Long, String> deleted, java.util.Map<Long, String> labels, Object repository,
            String context) {
        assertEquals((long) live.size(), call(repository, "count"), context + ": count");
        assertEquals((long) deleted.size(), call(repository, "countDeleted"), context + ": countDeleted");
        assertEquals(new ArrayList<>(live.keySet()), allPages(repository, "findAll", live.size()),
                context + ": findAll");
        assertEquals(new ArrayList<>(deleted.keySet()), allPages(repository, "findDeleted", deleted.size()),
                context + ": findDeleted");
        for (Long id : labels.keySet()) {
            boolean isLive = live.containsKey(id);
            assertEquals(isLive, optional(call(repository, "findById", id)).isPresent(), context + ": findById " + id);
            assertEquals(isLive, call(repository, "existsById", id), context + ": existsById " + id);
            assertEquals(isLive || deleted.containsKey(id),
                    optional(call(repository, "findByIdIncludingDeleted", id)).isPresent(),
                    context + ": findByIdIncludingDeleted " + id);
            assertEquals(isLive, optional(call(repository, "findByLabel", labels.get(id))).isPresent(),
                    context + ": findByLabel " + id);
        }
    }

    /** What the table should hold: live rows, soft-deleted rows with their time, and purged ids. */
    static final class Model {
        final java.util.TreeMap<Long, String> live = new java.util.TreeMap<>();
        final java.util.TreeMap<Long, Instant> deleted = new java.util.TreeMap<>();
        final java.util.Map<Long, String> emails = new java.util.HashMap<>();
        final Set<Long> gone = new HashSet<>();
    }

    private void runSequence(long seed) {
        java.util.Random random = new java.util.Random(seed);
        Model model = new Model();
        for (int step = 0; step < STEPS; step++) {
            clock.advance(Duration.ofSeconds(1 + random.nextInt(5)));
            int choice = random.nextInt(10);
            String action = jpa.inTransaction(em -> {
                Object repository = repository(customer, em);
                String done = apply(choice, random, model, repository, em);
                assertAgrees(model, repository, done + " (before clear)");
                return done;
            });
            final int at = step;
            jpa.run(em -> assertAgrees(model, repository(customer, em), "step " + at + ": " + action));
        }
    }

    private String apply(int choice, java.util.Random random, Model model, Object repository, EntityManager em) {
        List<Long> known = new ArrayList<>();
        known.addAll(model.live.keySet());
        known.addAll(model.deleted.keySet());
        Long target = known.isEmpty() ? null : known.get(random.nextInt(known.size()));
        if (choice < 3 || target == null) {
            String email = "c" + model.emails.size() + "@seq.org";
            Object saved = call(repository, "save", newCustomer(email));
            em.flush();
            Long id = (Long) call(saved, "getId");
            model.live.put(id, email);
            model.emails.put(id, email);
            return "save " + id;
        }
        if (choice < 5) {
            if (random.nextBoolean()) {
                call(repository, "deleteById", target);
            } else {
                call(repository, "delete", em.find(customer, target));
            }
            if (model.live.remove(target) != null) {
                model.deleted.put(target, clock.instant());
            }
            return "delete " + target;
        }
        if (choice < 7) {
            call(repository, "restore", em.find(customer, target));
            if (model.deleted.remove(target) != null) {
                model.live.put(target, model.emails.get(target));
            }
            return "restore " + target;
        }
        if (choice < 9) {
            Instant cutoff = clock.instant().minusSeconds(random.nextInt(12));
            int purged = (Integer) call(repository, "purgeDeletedBefore", cutoff);
            List<Long> expected = model.deleted.entrySet().stream()
                    .filter(e -> e.getValue().isBefore(cutoff))
                    .map(java.util.Map.Entry::getKey)
                    .toList();
            expected.forEach(model.deleted::remove);
            model.gone.addAll(expected);
            assertEquals(expected.size(), purged, "purgeDeletedBefore " + cutoff);
            return "purge before " + cutoff;
        }
        call(repository, "hardDelete", em.find(customer, target));
        model.live.remove(target);
        model.deleted.remove(target);
        model.gone.add(target);
        return "hardDelete " + target;
    }

    private void assertAgrees(Model model, Object repository, String after) {
        String context = "after " + after;
        assertEquals((long) model.live.size(), call(repository, "count"), context + ": count");
        assertEquals((long) model.deleted.size(), call(repository, "countDeleted"), context + ": countDeleted");
        assertEquals(new ArrayList<>(model.live.keySet()), allPages(repository, "findAll", model.live.size()),
                context + ": findAll");
        assertEquals(new ArrayList<>(model.deleted.keySet()),
                allPages(repository, "findDeleted", model.deleted.size()), context + ": findDeleted");
        for (Long id : model.emails.keySet()) {
            boolean live = model.live.containsKey(id);
            boolean stored = live || model.deleted.containsKey(id);
            assertEquals(live, optional(call(repository, "findById", id)).isPresent(), context + ": findById " + id);
            assertEquals(live, call(repository, "existsById", id), context + ": existsById " + id);
            assertEquals(stored, optional(call(repository, "findByIdIncludingDeleted", id)).isPresent(),
                    context + ": findByIdIncludingDeleted " + id);
            Optional<?> byEmail = optional(call(repository, "findByEmail", model.emails.get(id)));
            assertEquals(live, byEmail.isPresent(), context + ": findByEmail " + id);
        }
    }

    /** Reads every page of size 3, checking each page's total; answers the ids in order. */
    private static List<Object> allPages(Object repository, String method, int expectedTotal) {
        List<Object> ids = new ArrayList<>();
        int offset = 0;
        Page<?> page;
        do {
            page = page(call(repository, method, offset, 3));
            assertEquals(expectedTotal, page.total(), method + " total at offset " + offset);
            ids.addAll(ids(page));
            offset = page.nextOffset();
        } while (page.hasNext());
        return ids;
    }

    // ---------------------------------------------------------------- arguments

    @Test
    void rejectedArgumentsNameTheArgument() {
        jpa.run(em -> {
            Object customers = repository(customer, em);
            Object shipments = repository(shipment, em);
            assertRejected("offset", () -> call(customers, "findAll", -1, 10));
            assertRejected("limit", () -> call(customers, "findAll", 0, 0));
            assertRejected("limit", () -> call(customers, "findAll", 0, 1001));
            assertRejected("offset", () -> call(customers, "findDeleted", -5, 10));
            assertRejected("limit", () -> call(customers, "findByName", "x", 0, -1));
            assertRejected("id", () -> call(customers, "findById", new Object[] {null}));
            assertRejected("email", () -> call(customers, "findByEmail", new Object[] {null}));
            assertRejected("entity", () -> call(customers, "save", new Object[] {null}));
            assertRejected("cutoff", () -> call(customers, "purgeDeletedBefore", new Object[] {null}));
            assertRejected("status", () -> call(shipments, "findByWarehouseAndStatus",
                    construct(warehouse, "X"), null, 0, 10));
            assertRejected("no id", () -> call(customers, "delete", newCustomer("never@saved.org")));
            assertEquals(page(call(customers, "findAll", 0, 1000)).limit(), 1000, "MAX_LIMIT itself is accepted");
        });
    }

    private static void assertRejected(String fragment, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().contains(fragment), () -> "'" + e.getMessage() + "' should name " + fragment);
    }

    /** A test's runnable that may throw. */
    interface Executable {
        void run();
    }

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private volatile Instant now;
        volatile ZoneId zone = ZoneOffset.UTC;

        TestClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            TestClock copy = new TestClock(now);
            copy.zone = zone;
            return copy;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
