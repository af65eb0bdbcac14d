package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.testing.Lint;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MoneyTypeRuleTest {

    private final Lint lint = Lint.only("money-type");

    @Test
    void floatingPointMoneyIsAlwaysWrong() {
        lint.check(source("com.acme.LineItem", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class LineItem {
                    @Id Long id;
                    // expect: money-type "'unitPrice' is double"
                    double unitPrice;
                    // expect: money-type "'totalAmount' is Float"
                    Float totalAmount;
                    // expect: money-type "BigDecimal with @Column(precision = 19, scale = 2)"
                    @Column(name = "shipping_fee") double shippingFee;
                    double weightKg;
                    double ratio;
                    long balanceCents;
                    int quantity;
                }
                """));
    }

    @Test
    void bigDecimalNeedsPrecisionAndScale() {
        lint.check(source("com.acme.Product", """
                package com.acme;

                import jakarta.persistence.*;
                import jakarta.validation.constraints.Digits;
                import java.math.BigDecimal;

                @Entity
                class Product {
                    @Id Long id;
                    @Column(precision = 12, scale = 2) BigDecimal price;
                    @Digits(integer = 10, fraction = 2) BigDecimal listPrice;
                    // expect: money-type "without a declared precision and scale"
                    BigDecimal cost;
                    // expect: money-type "states no precision and scale"
                    @Column(name = "tax")
                    BigDecimal tax;
                    @Column(
                        // expect: money-type "declares a precision but no scale"
                        precision = 12)
                    BigDecimal discount;
                    BigDecimal weight;
                }
                """));
    }

    @Test
    void moneyAnnotationMarksAnyName() {
        lint.check(source("com.acme.Wallet", """
                package com.acme;

                import dev.entitylint.Money;
                import jakarta.persistence.*;
                import java.math.BigDecimal;

                @Entity
                class Wallet {
                    @Id Long id;
                    // expect: money-type "@Money attribute 'credit' is double"
                    @Money double credit;
                    // expect: money-type "@Money attribute 'stash' is String"
                    @Money @Column(length = 20) String stash;
                    @Money long creditCents;
                    @Money @Column(precision = 19, scale = 4) BigDecimal reserve;
                }
                """));
    }

    @Test
    void reportedOnceInAMappedSuperclassAndAnEmbeddable() {
        lint.check(source("com.acme.Priced", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Priced {
                    @Id Long id;
                    // expect: money-type
                    double price;
                }
                """), source("com.acme.Amount", """
                package com.acme;

                import jakarta.persistence.*;
                import java.math.BigDecimal;

                @Embeddable
                class Amount {
                    // expect: money-type
                    BigDecimal amount;
                    @Column(length = 3) String currency;
                }
                """), source("com.acme.Book", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Book extends Priced {
                    @Embedded Amount deposit;
                }
                """), source("com.acme.Game", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Game extends Priced {
                    @Embedded Amount deposit;
                }
                """));
    }

    @Test
    void anEmbeddableAmountEveryUseOverridesWithPrecisionAndScaleIsExact() {
        lint.check(source("com.acme.Money", """
                package com.acme;

                import jakarta.persistence.*;
                import java.math.BigDecimal;

                @Embeddable
                class Money {
                    BigDecimal amount;
                    // expect: money-type "fee"
                    BigDecimal fee;
                }
                """), source("com.acme.Invoice", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Invoice {
                    @Id Long id;
                    @Embedded
                    @AttributeOverride(name = "amount", column = @Column(name = "total", precision = 19, scale = 2))
                    @AttributeOverride(name = "fee", column = @Column(name = "fee", precision = 19))
                    Money total;
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(source("com.acme.Quote", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                class Quote {
                    @Id Long id;
                    @Allow(value = "money-type", reason = "an estimate shown rounded, never charged") double estimatedCost;
                    @SuppressWarnings("entitylint:money-type") double legacyTotal;
                }
                """));
    }

    @Test
    void patternIsConfigurable() {
        Lint.only("money-type", "-Aentitylint.money.pattern=bounty").check(source("com.acme.Job", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Job {
                    @Id Long id;
                    double price;
                    // expect: money-type
                    double bounty;
                }
                """));
    }

    @Test
    void splitsCamelAndSnakeCaseWords() {
        assertEquals(List.of("total", "amount"), dev.entitylint.processor.model.NameCase.words("totalAmount"));
        assertEquals(List.of("unit", "price", "usd"), dev.entitylint.processor.model.NameCase.words("unit_price_USD"));
        assertEquals(List.of("vat", "rate"), dev.entitylint.processor.model.NameCase.words("VATRate"));
        Pattern money = Pattern.compile(Options.DEFAULT_MONEY_PATTERN, Pattern.CASE_INSENSITIVE);
        assertTrue(MoneyTypeRule.namesMoney("shippingFees", money));
        assertTrue(MoneyTypeRule.namesMoney("salary", money));
        assertFalse(MoneyTypeRule.namesMoney("taxRate", money));
        assertFalse(MoneyTypeRule.namesMoney("totalWeight", money));
        assertFalse(MoneyTypeRule.namesMoney("priceless", money));
    }
}
