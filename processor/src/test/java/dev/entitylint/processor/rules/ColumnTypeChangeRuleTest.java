package dev.entitylint.processor.rules;

import static dev.entitylint.processor.rules.Evolution.shop;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class ColumnTypeChangeRuleTest {

    private final Lint lint = Evolution.only("column-type-change");

    @Test
    void reportsNarrowingAtTheValueThatChanged() {
        lint.check(shop("Order", Evolution.V1.get("Order")
                .replace("@Column(length = 20) String reference;", """
                        // expect: column-type-change "column 'reference' of table 'orders' gets shorter, varchar(20) → varchar(10): the migration fails on (or cuts) every longer value stored — add a column of the new type, backfill it, switch reads, then drop the old one"
                            @Column(length = 10) String reference;""")
                .replace("@Column(precision = 12, scale = 2) BigDecimal total;", """
                        // expect: column-type-change "column 'total' of table 'orders' keeps fewer digits before the point, numeric(12,2) → numeric(12,4)"
                            @Column(precision = 12, scale = 4) BigDecimal total;""")));
    }

    @Test
    void reportsFewerDigitsAfterThePointAndAnotherFamily() {
        lint.check(shop("Order", Evolution.V1.get("Order")
                .replace("@Column(precision = 12, scale = 2) BigDecimal total;", """
                        // expect: column-type-change "keeps fewer digits after the point, numeric(12,2) → numeric(11,1): every stored value is rounded"
                            @Column(precision = 11, scale = 1) BigDecimal total;""")
                .replace("@Column(length = 20) String reference;", """
                        // expect: column-type-change "column 'reference' of table 'orders' changes type, varchar(20) → bigint"
                            Long reference;""")
                .replace("@Enumerated(EnumType.ORDINAL) Status status;", """
                        // expect: column-type-change "changes its enum storage from ORDINAL (smallint) to STRING (varchar(10))"
                            @Enumerated(EnumType.STRING) @Column(length = 10) Status status;""")));
    }

    @Test
    void wideningIsSafe() {
        lint.check(shop("Order", Evolution.V1.get("Order")
                .replace("@Column(length = 20) String reference;", "@Column(length = 40) String reference;")
                .replace("@Column(precision = 12, scale = 2) BigDecimal total;",
                        "@Column(precision = 16, scale = 4) BigDecimal total;")));
        assertTrue(ColumnTypeChangeRule.widens("integer", "bigint"));
        assertTrue(ColumnTypeChangeRule.widens("varchar(20)", "text"));
        assertTrue(ColumnTypeChangeRule.widens("float(24)", "float(53)"));
        assertTrue(ColumnTypeChangeRule.widens("numeric(10,2)", "numeric"));
        assertFalse(ColumnTypeChangeRule.widens("bigint", "integer"));
        assertFalse(ColumnTypeChangeRule.widens("numeric(10,2)", "numeric(10,3)"));
        assertFalse(ColumnTypeChangeRule.widens("timestamp(6)", "timestamp(6) with time zone"));
        assertFalse(ColumnTypeChangeRule.widens("text", "varchar(20)"));
    }

    @Test
    void acceptedWithAReason() {
        lint.check(shop("Order", Evolution.V1.get("Order")
                .replace("import jakarta.persistence.*;", "import dev.entitylint.Allow;\nimport jakarta.persistence.*;")
                .replace("@Column(length = 20) String reference;", """
                        @Allow(value = "column-type-change", reason = "max(length(reference)) is 9 in production, checked 2026-11-30")
                            @Column(length = 10) String reference;""")));
    }
}
