package dev.entitylint.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Reads {@code @SuppressWarnings("entitylint[:<id>]")} and {@code @dev.entitylint.Allow} from
 * elements, once per element.
 */
public final class Suppressions {

    public static final String PREFIX = "entitylint";
    static final String ALLOW = "dev.entitylint.Allow";
    static final String ALLOW_LIST = "dev.entitylint.Allow.List";

    /**
     * Reads suppressions for the whole compilation (the reporter asks about elements of every
     * round); owned by the processor instance, so nothing outlives the compilation.
     */
    private final Annotations annotations = new Annotations(0);
    private final java.util.Map<Element, List<Suppression>> byElement = new java.util.HashMap<>();

    /** The suppressions written directly on {@code element}, read once per compilation. */
    public List<Suppression> on(Element element) {
        return on(element, annotations);
    }

    /**
     * The same, read with the round's reader when the element was not read yet: the model builder
     * has just indexed the element's annotations there, so they are not read a second time.
     */
    List<Suppression> on(Element element, Annotations reader) {
        List<Suppression> found = byElement.get(element);
        if (found == null) {
            found = read(element, reader);
            byElement.put(element, found);
        }
        return found;
    }

    /** Whether {@code ruleId} is excused on {@code element} or any element enclosing it. */
    public boolean suppressed(Element element, String ruleId) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            for (Suppression suppression : on(e)) {
                if (suppression.covers(ruleId)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Suppression> read(Element element, Annotations annotations) {
        List<Suppression> found = new ArrayList<>();
        AnnotationMirror suppress = annotations.find(element, "java.lang.SuppressWarnings");
        if (suppress != null) {
            for (AnnotationValue value : annotations.list(suppress, "value")) {
                if (Annotations.content(value) instanceof String text) {
                    if (text.equals(PREFIX) || text.equals(PREFIX + ":all")) {
                        found.add(new Suppression(element, null, null, SourceRef.of(element, suppress, value), null));
                    } else if (text.startsWith(PREFIX + ":")) {
                        found.add(new Suppression(element, text.substring(PREFIX.length() + 1).trim(), null,
                                SourceRef.of(element, suppress, value), null));
                    }
                }
            }
        }
        for (AnnotationMirror allow : annotations.repeated(element, ALLOW, ALLOW_LIST)) {
            String reason = annotations.string(allow, "reason");
            AnnotationValue reasonValue = annotations.value(allow, "reason");
            SourceRef reasonRef = SourceRef.of(element, allow, reasonValue);
            for (AnnotationValue value : annotations.list(allow, "value")) {
                if (Annotations.content(value) instanceof String id) {
                    String ruleId = id.equals("all") ? null : id.trim();
                    found.add(new Suppression(element, ruleId, reason == null ? "" : reason,
                            SourceRef.of(element, allow, value), reasonRef));
                }
            }
        }
        return List.copyOf(found);
    }
}
