package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ManagedType;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Files live in object storage; the row keeps their key. */
@RuleInfo(
        id = "lob-column",
        severity = Severity.WARNING,
        summary = "binary content (byte[], Byte[], Blob, @Lob on binary) stored in the row")
public final class LobColumnRule implements Rule {

    private static final Set<String> BINARY = Set.of("byte[]", "java.lang.Byte[]", "java.sql.Blob");
    /** Binary values up to this size (hashes, keys, UUIDs) are values, not content. */
    static final int SMALL = 1024;
    private static final Pattern SIZED = Pattern.compile("(?i)\\s*(?:var)?binary\\s*\\(\\s*(\\d{1,9})\\s*\\).*");

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            if (attribute.kind() != AttributeKind.BASIC || !BINARY.contains(attribute.type().name())
                    || (!attribute.lob() && smallValue(attribute))) {
                continue;
            }
            String key = attribute.name() + "Key";
            context.report(attribute.ref(),
                    "'" + attribute.name() + "' stores binary content (" + attribute.type().simpleName()
                            + (attribute.lob() ? ", @Lob" : "") + ") in the row, which bloats the table, its "
                            + "backups, replication and every query that reads the row",
                    "keep the file in object storage and store its key: @Column(length = 512) String " + key
                            + "; (a small fixed-size value such as a hash may stay: state its size with "
                            + "@Column(length = 32))");
        }
    }

    private static boolean smallValue(AttributeModel attribute) {
        Integer length = attribute.column().length() != null ? attribute.column().length() : attribute.sizeMax();
        if (length != null && length <= SMALL) {
            return true;
        }
        String definition = attribute.column().columnDefinition();
        if (definition != null) {
            Matcher sized = SIZED.matcher(definition);
            return sized.matches() && Long.parseLong(sized.group(1)) <= SMALL;
        }
        return false;
    }
}
