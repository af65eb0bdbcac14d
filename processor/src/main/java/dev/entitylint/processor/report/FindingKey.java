package dev.entitylint.processor.report;

import dev.entitylint.processor.finding.Finding;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * What identifies a finding without its position, so reformatting, moving members or adding
 * unrelated code never changes it: the rule, the class, the member, and a short detail where one
 * member can have several findings of one rule. Baseline entries and SARIF fingerprints are keys.
 *
 * <p>Written as {@code <rule-id> <type>[#<member>] ['<detail>']}: {@code fk-index
 * com.shop.Invoice#customer 'customer_id'}. The detail is the index or constraint the finding
 * points at (its name, else its columns), else the first name the message quotes (a column, an
 * attribute), else absent.
 *
 * @param ruleId the rule's id
 * @param type the qualified name of the class the finding is written in (or the package)
 * @param member the field ({@code status}) or method ({@code getStatus()}) it points at, or {@code null}
 * @param detail the detail, or {@code null}; never contains a quote or a line break
 */
public record FindingKey(String ruleId, String type, String member, String detail) implements Comparable<FindingKey> {

    private static final Pattern LINE = Pattern.compile(
            "([a-z][a-z0-9-]*) ([^\\s#']+)(?:#([^\\s']+))?(?: '([^'\\r\\n]*)')?");
    private static final Pattern FIRST_QUOTED = Pattern.compile("'([^'\\s][^'\\r\\n]{0,99})'");
    private static final Comparator<FindingKey> ORDER = Comparator.comparing(FindingKey::type)
            .thenComparing(FindingKey::ruleId)
            .thenComparing(k -> k.member == null ? "" : k.member)
            .thenComparing(k -> k.detail == null ? "" : k.detail);

    /** The key of a finding. */
    public static FindingKey of(Finding finding) {
        Element element = finding.where().element();
        String type = "?";
        String member = null;
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement typeElement) {
                type = typeElement.getQualifiedName().toString();
                break;
            }
            if (e instanceof PackageElement packageElement) {
                type = packageElement.getQualifiedName().toString();
                break;
            }
            if (member == null && (e.getKind().isField() || e instanceof ExecutableElement)) {
                member = e.getSimpleName() + (e instanceof ExecutableElement ? "()" : "");
            }
        }
        if (element != null && element.getKind() == ElementKind.PARAMETER) {
            member = null;
        }
        return new FindingKey(finding.ruleId(), type, member, detail(finding));
    }

    private static String detail(Finding finding) {
        String constraint = constraintOf(finding.where().annotation());
        if (constraint != null) {
            return clean(constraint);
        }
        Matcher quoted = FIRST_QUOTED.matcher(finding.problem());
        return quoted.find() ? clean(quoted.group(1)) : null;
    }

    /** {@code @Index(name = "ix_a")} → {@code ix_a}; unnamed: its columns, {@code (status,customer_id)}. */
    private static String constraintOf(AnnotationMirror annotation) {
        if (annotation == null) {
            return null;
        }
        String simple = annotation.getAnnotationType().asElement().getSimpleName().toString();
        if (!simple.equals("Index") && !simple.equals("UniqueConstraint")) {
            return null;
        }
        String name = null;
        String columns = null;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : annotation.getElementValues().entrySet()) {
            String member = entry.getKey().getSimpleName().toString();
            Object value = entry.getValue().getValue();
            if (member.equals("name") && value instanceof String text && !text.isBlank()) {
                name = text;
            } else if (member.equals("columnList") && value instanceof String text) {
                columns = text;
            } else if (member.equals("columnNames") && value instanceof java.util.List<?> list) {
                StringBuilder joined = new StringBuilder();
                for (Object item : list) {
                    if (item instanceof AnnotationValue v && v.getValue() instanceof String text) {
                        joined.append(joined.length() == 0 ? "" : ",").append(text);
                    }
                }
                columns = joined.toString();
            }
        }
        if (name != null) {
            return name;
        }
        return columns == null ? null : "(" + columns.replaceAll("\\s+", "").toLowerCase(Locale.ROOT) + ")";
    }

    private static String clean(String text) {
        String cleaned = text.replace('\'', '"').replaceAll("[\\r\\n]+", " ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** The entry's text, without a count. */
    public String text() {
        return ruleId + " " + type + (member == null ? "" : "#" + member) + (detail == null ? "" : " '" + detail + "'");
    }

    /** Reads {@link #text()} back. */
    public static Optional<FindingKey> parse(String text) {
        Matcher matcher = LINE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FindingKey(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)));
    }

    @Override
    public int compareTo(FindingKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return text();
    }
}
