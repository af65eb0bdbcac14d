package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.finding.SourceFix;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.ManagedTypeKind;
import dev.entitylint.processor.model.NameCase;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Money must be exact: BigDecimal with declared precision and scale, or integral minor units. */
@RuleInfo(
        id = "money-type",
        severity = Severity.ERROR,
        summary = "money stored inexactly (float/double) or as BigDecimal without declared precision and scale")
public final class MoneyTypeRule implements Rule {

    /** Words that make a name a measurement or a ratio rather than an amount of money. */
    private static final Set<String> NOT_MONEY = Set.of(
            "weight", "kg", "g", "lb", "lbs", "gram", "grams", "km", "distance", "count", "quantity", "qty",
            "percent", "percentage", "pct", "ratio", "rate", "score", "duration", "seconds", "minutes", "hours",
            "days", "size", "length", "width", "height", "volume", "area", "temperature", "ms", "millis");

    private static final java.util.Map<String, String> PRECISION_AND_SCALE = precisionAndScale();

    private static java.util.Map<String, String> precisionAndScale() {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("precision", "19");
        values.put("scale", "2");
        return java.util.Collections.unmodifiableMap(values);
    }

    /** A word of an attribute name that means money ({@code -Aentitylint.money.pattern}). */
    private final Pattern moneyWords;

    /** Made for each compilation, with the options it reads. */
    MoneyTypeRule(Pattern moneyWords) {
        this.moneyWords = moneyWords;
    }

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            if (attribute.kind() != AttributeKind.BASIC || attribute.type().isError()) {
                continue;
            }
            // Only a floating-point or BigDecimal attribute can be judged by its name alone.
            boolean namedMoney = (attribute.type().isFloatingPoint() || attribute.type().isBigDecimal())
                    && namesMoney(attribute.name(), moneyWords);
            if (!attribute.money() && !namedMoney) {
                continue;
            }
            String why = attribute.money() ? "@Money attribute" : "money attribute";
            String name = attribute.name();
            if (attribute.type().isFloatingPoint()) {
                context.report(attribute.ref(),
                        why + " '" + name + "' is " + attribute.type().simpleName()
                                + ", a binary fraction that cannot hold amounts like 0.10 exactly",
                        "declare it BigDecimal with @Column(precision = 19, scale = 2), or store minor units "
                                + "as long " + name + "Cents");
            } else if (attribute.type().isBigDecimal()) {
                checkPrecisionAndScale(type, attribute, why, context);
            } else if (attribute.money() && !attribute.type().isIntegral()) {
                context.report(attribute.ref(),
                        why + " '" + name + "' is " + attribute.type().simpleName() + ", not an exact number",
                        "declare it BigDecimal with @Column(precision = 19, scale = 2), or long minor units");
            }
        }
    }

    private static void checkPrecisionAndScale(ManagedType type, AttributeModel attribute, String why,
            RuleContext context) {
        if (attribute.digits() != null || exact(attribute.column())) {
            return;
        }
        if (type.kind() == ManagedTypeKind.EMBEDDABLE
                && context.everyUseOverrides(type, attribute, MoneyTypeRule::exact)) {
            return; // each @Embedded states precision and scale in its @AttributeOverride
        }
        Integer precision = attribute.column().precision();
        Integer scale = attribute.column().scale();
        boolean hasPrecision = precision != null && precision > 0;
        String name = attribute.name();
        if (!attribute.column().present()) {
            context.report(attribute.ref(),
                    why + " '" + name + "' is BigDecimal without a declared precision and scale, so each "
                            + "database picks its own (and rounds differently)",
                    "add @Column(precision = 19, scale = 2) with your currency's digits",
                    new SourceFix.AddAnnotation(attribute.element(), "jakarta.persistence.Column",
                            "precision = 19, scale = 2", List.of()));
        } else if (!hasPrecision && scale == null) {
            context.report(attribute.column().ref(),
                    why + " '" + name + "' is BigDecimal but its @Column states no precision and scale",
                    "add them to that @Column: precision = 19, scale = 2",
                    new SourceFix.SetMember(attribute.element(), attribute.column().annotation(), null,
                            PRECISION_AND_SCALE, List.of()));
        } else if (!hasPrecision) {
            context.report(attribute.column().ref(precision == null ? "scale" : "precision"),
                    why + " '" + name + "' declares a scale but no precision",
                    "add precision = 19 (total digits) to that @Column",
                    scale <= 2 ? SourceFix.SetMember.of(attribute.element(), attribute.column().annotation(),
                            "precision", "19") : null);
        } else {
            context.report(attribute.column().ref("precision"),
                    why + " '" + name + "' declares a precision but no scale, so the column keeps no fraction digits",
                    "add scale = 2 (digits after the decimal point) to that @Column");
        }
    }

    /** Whether the column states precision and scale. */
    private static boolean exact(ColumnSpec column) {
        return column.precision() != null && column.precision() > 0 && column.scale() != null;
    }

    /** Whether a camel-case or snake_case word of the name means money. */
    static boolean namesMoney(String attributeName, Pattern moneyWords) {
        List<String> words = NameCase.words(attributeName);
        if (words.stream().anyMatch(NOT_MONEY::contains)) {
            return false;
        }
        return words.stream().anyMatch(w -> moneyWords.matcher(w).matches());
    }
}
