package dev.entitylint.processor.rules;

import dev.entitylint.processor.model.EnumStorage;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.finding.SourceFix;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.TypeInfo;
import java.util.List;
import java.util.Set;

/** Enums are stored by name: a stored position changes meaning when the enum is reordered. */
@RuleInfo(
        id = "enum-string",
        severity = Severity.ERROR,
        summary = "an enum attribute stored by ordinal: reordering the enum silently corrupts data")
public final class EnumStringRule implements Rule {

    /** Annotations that replace JPA's enum mapping with a conversion of their own. */
    private static final Set<String> CONVERTED = Set.of(
            "jakarta.persistence.Convert", "org.hibernate.annotations.JdbcTypeCode",
            "org.hibernate.annotations.JdbcType", "org.hibernate.annotations.Type",
            "org.hibernate.annotations.Convert");

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            if (attribute.kind() != AttributeKind.BASIC || attribute.type().kind() != TypeInfo.Kind.ENUM
                    || attribute.enumValueMapped() || attribute.enumerated() == EnumStorage.STRING
                    || attribute.annotations().stream().anyMatch(CONVERTED::contains)) {
                continue;
            }
            String enumName = attribute.type().simpleName();
            String how = attribute.enumerated() == null
                    ? "has no @Enumerated, so JPA stores its position (ORDINAL)"
                    : "is stored by position (@Enumerated ORDINAL)";
            context.report(attribute.ref(),
                    "enum attribute '" + attribute.name() + "' (" + enumName + ") " + how
                            + ": inserting or reordering a constant of " + enumName
                            + " silently changes what every stored row means",
                    "write @Enumerated(EnumType.STRING) on '" + attribute.name() + "' (or map a stable code "
                            + "with @EnumeratedValue on a field of " + enumName + ")",
                    attribute.enumerated() == null
                            ? new SourceFix.AddAnnotation(attribute.element(), "jakarta.persistence.Enumerated",
                                    "EnumType.STRING", List.of("jakarta.persistence.EnumType"))
                            : new SourceFix.SetMember(attribute.element(), null, "jakarta.persistence.Enumerated",
                                    java.util.Map.of("value", "EnumType.STRING"), List.of("jakarta.persistence.EnumType")));
        }
    }
}
