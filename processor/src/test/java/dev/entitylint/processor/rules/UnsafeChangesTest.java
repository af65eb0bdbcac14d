package dev.entitylint.processor.rules;

import static com.google.testing.compile.Compiler.javac;
import static dev.entitylint.processor.rules.Evolution.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.evolve.SchemaChange;
import dev.entitylint.processor.evolve.SchemaEvolution;
import dev.entitylint.processor.evolve.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import javax.lang.model.element.Element;
import org.junit.jupiter.api.Test;

/**
 * What the migration writer reads: the verdict on each change since the snapshot (safe, accepted
 * where its finding is reported, or not accepted), the same concerns the rules report.
 */
class UnsafeChangesTest {

    static final List<String> RULE_IDS = List.of("dropped-table", "dropped-column", "rename-without-intent",
            "column-type-change", "not-null-change", "key-change", "foreign-key-added", "enum-change");

    @Test
    void theRulesAreTheRegisteredOnes() {
        List<String> ids = new ArrayList<>();
        UnsafeChanges.RULES.forEach(rule -> ids.add(RuleDescriptor.of(rule.getClass()).id()));
        assertEquals(RULE_IDS, ids);
        RULE_IDS.forEach(id -> RuleRegistry.standard().descriptor(id).orElseThrow());
    }

    /** The snapshot's own sources: no change, under any rule. */
    @Test
    void theSnapshotsOwnSourcesGiveNoFinding() {
        for (String rule : RULE_IDS) {
            Evolution.only(rule).check(shop());
        }
    }

    /** Compiles, then judges the compilation's changes with {@code excused} standing for the suppressions. */
    private static Map<String, UnsafeChanges.Verdict> verdicts(BiPredicate<Element, String> excused,
            javax.tools.JavaFileObject... sources) throws ReflectiveOperationException {
        EntityLintProcessor processor = new EntityLintProcessor();
        javac().withProcessors(processor)
                .withOptions("-Aentitylint.migrations=" + Evolution.migrations(), "-Aentitylint.rules=all:off")
                .compile(sources);
        var field = EntityLintProcessor.class.getDeclaredField("evolution");
        field.setAccessible(true);
        SchemaEvolution evolution = (SchemaEvolution) field.get(processor);
        List<SchemaChange> changes = evolution.changes();
        Snapshot current = evolution.current();
        List<UnsafeChanges.Concern> concerns = UnsafeChanges.of(changes, current);
        Map<String, UnsafeChanges.Verdict> verdicts = new TreeMap<>();
        for (SchemaChange change : changes) {
            verdicts.put(change.describe(), UnsafeChanges.verdict(change, concerns, excused, UnsafeChanges.entityClasses(current)));
        }
        return verdicts;
    }

    @Test
    void aDropAcceptedOnTheFieldsClassIsAcceptedAndTheSafeChangesAreSafe() throws ReflectiveOperationException {
        String customer = Evolution.V1.get("Customer")
                .replace("@Column(length = 30) String fax;", "@Column(length = 200) String note;");
        String order = Evolution.V1.get("Order").replace("@Column(length = 20) String reference;",
                "@Column(length = 40) String reference;");
        BiPredicate<Element, String> excusedOnCustomer = (element, id) -> id.equals("rename-without-intent")
                && element.getSimpleName().contentEquals("note");
        assertEquals(Map.of(
                "column customers.fax dropped", UnsafeChanges.Verdict.ACCEPTED,
                "column customers.note added", UnsafeChanges.Verdict.ACCEPTED,
                "column orders.reference type varchar(20) -> varchar(40)", UnsafeChanges.Verdict.SAFE),
                verdicts(excusedOnCustomer, shop("Customer", customer, "Order", order)));
        assertEquals(Map.of(
                "column customers.fax dropped", UnsafeChanges.Verdict.UNACCEPTED,
                "column customers.note added", UnsafeChanges.Verdict.UNACCEPTED,
                "column orders.reference type varchar(20) -> varchar(40)", UnsafeChanges.Verdict.SAFE),
                verdicts((element, id) -> false, shop("Customer", customer, "Order", order)));
    }

    @Test
    void aGoneTablesDropIsAcceptedOnItsStandIn() throws ReflectiveOperationException {
        BiPredicate<Element, String> onCoupon = (element, id) -> id.equals("dropped-table")
                && element.getSimpleName().contentEquals("Coupon");
        assertEquals(Map.of("table fax_numbers dropped", UnsafeChanges.Verdict.ACCEPTED),
                verdicts(onCoupon, shop("FaxNumber", null)));
        assertEquals(Map.of("table fax_numbers dropped", UnsafeChanges.Verdict.UNACCEPTED),
                verdicts((element, id) -> id.equals("dropped-table") && element.getSimpleName().contentEquals("Order"),
                        shop("FaxNumber", null)));
    }
}
