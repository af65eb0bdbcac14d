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

/** A String column must state its length: JPA silently uses 255. */
@RuleInfo(
        id = "string-length",
        severity = Severity.ERROR,
        summary = "a String column whose length is not stated (JPA silently uses 255)")
public final class StringLengthRule implements Rule {

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            checkOverrides(attribute, context);
            if (attribute.kind() != AttributeKind.BASIC || !attribute.type().isString() || lengthStated(attribute)) {
                continue;
            }
            if (type.kind() == ManagedTypeKind.EMBEDDABLE
                    && context.everyUseOverrides(type, attribute, StringLengthRule::lengthStated)) {
                continue; // each @Embedded states the length in its @AttributeOverride
            }
            int suggested = suggestedLength(attribute.name());
            if (attribute.column().present()) {
                context.report(attribute.column().ref(),
                        "String column '" + attribute.name() + "' has @Column without a length, so the mapping "
                                + "silently declares VARCHAR(255), JPA's default",
                        "add its real maximum to that @Column: length = " + suggested
                                + " (or @Lob for unbounded text)",
                        widening(suggested) ? SourceFix.SetMember.of(attribute.element(), attribute.column().annotation(),
                                "length", String.valueOf(suggested)) : null);
            } else {
                context.report(attribute.ref(),
                        "String column '" + attribute.name() + "' has no explicit length, so the mapping silently "
                                + "declares VARCHAR(255), JPA's default",
                        "state its real maximum: @Column(length = " + suggested + ") (or @Lob for unbounded text)",
                        widening(suggested) ? new SourceFix.AddAnnotation(attribute.element(),
                                "jakarta.persistence.Column", "length = " + suggested, List.of()) : null);
            }
        }
    }

    /**
     * An {@code @AttributeOverride} replaces the embeddable's {@code @Column} as a whole: without
     * a length of its own, the column is VARCHAR(255) whatever the embeddable says.
     */
    private static void checkOverrides(AttributeModel attribute, RuleContext context) {
        if (attribute.overrides().isEmpty()) {
            return;
        }
        ManagedType type = context.embeddableOf(attribute).orElse(null);
        if (type == null) {
            return;
        }
        for (AttributeModel.AttributeOverride override : attribute.overrides()) {
            ColumnSpec column = override.column();
            if (!column.present() || lengthStated(column)) {
                continue;
            }
            AttributeModel component = type.declaredAttributes().stream()
                    .filter(c -> c.name().equals(override.name()))
                    .findFirst()
                    .orElse(null);
            if (component == null || component.kind() != AttributeKind.BASIC || !component.type().isString()
                    || component.sizeMax() != null || component.lob()
                    || component.column().columnDefinition() != null) {
                continue;
            }
            Integer written = component.column().length();
            int length = written != null ? written : suggestedLength(component.name());
            context.report(column.ref(),
                    "@AttributeOverride of '" + override.name() + "' replaces its @Column as a whole, so JPA "
                            + "silently makes the column VARCHAR(255)"
                            + (written != null ? ", not the " + written + " that " + type.simpleName() + " states" : ""),
                    "state the length in the override's @Column: length = " + length,
                    written != null || widening(length) ? SourceFix.SetMember.of(attribute.element(),
                            column.annotation(), "length", String.valueOf(length)) : null);
        }
    }

    /**
     * Whether stating {@code length} keeps every value the column takes today (255): the patch
     * applies only those; a shorter length guessed from the name is for a human to confirm.
     */
    private static boolean widening(int length) {
        return length >= 255;
    }

    /** Whether a column states its length itself: {@code length} or a whole {@code columnDefinition}. */
    private static boolean lengthStated(ColumnSpec column) {
        return column.length() != null || column.columnDefinition() != null;
    }

    private static boolean lengthStated(AttributeModel attribute) {
        return lengthStated(attribute.column())
                || attribute.sizeMax() != null
                || attribute.lob();
    }

    /**
     * A length that fits what the name says the value is, judged by its last word (and the one
     * before it): {@code contactEmail} and {@code emailAddress} are addresses (320), but
     * {@code emailFormat} or {@code emailMessage} is not; 255 where the name says nothing.
     */
    static int suggestedLength(String attributeName) {
        List<String> words = NameCase.words(attributeName);
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        String before = words.size() < 2 ? "" : words.get(words.size() - 2);
        if (last.equals("email") || last.equals("mail") || last.equals("address") && before.equals("email")) {
            return 320;
        }
        if (List.of("url", "uri", "link", "href", "website", "homepage").contains(last)) {
            return 2048;
        }
        if (last.equals("phone") || last.equals("number") && before.equals("phone")) {
            return 32;
        }
        if (last.equals("currency") || last.equals("code") && before.equals("currency")) {
            return 3;
        }
        if (last.equals("code") && before.equals("country")) {
            return 2; // an ISO 3166 code; a plain "country" is as often the country's name
        }
        return 255;
    }
}
