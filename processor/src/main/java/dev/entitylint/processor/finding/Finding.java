package dev.entitylint.processor.finding;

import dev.entitylint.processor.model.SourceRef;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * One problem a rule found.
 *
 * @param ruleId the rule's id
 * @param where the spot the diagnostic points at
 * @param problem what is wrong, in one sentence without a trailing period
 * @param fix what to type instead, or {@code null}
 * @param alsoSuppressedBy further elements whose suppression excuses this finding (an inherited
 *     attribute behind a finding reported at the entity)
 * @param noteOnly whether the finding is reported as a note at most, whatever the rule's severity
 * @param mechanical the change that fixes it, when {@code fix} states one that needs no human
 *     decision (it goes into the fix patch); else {@code null}
 */
public record Finding(String ruleId, SourceRef where, String problem, String fix, List<Element> alsoSuppressedBy,
        boolean noteOnly, SourceFix mechanical) {

    /** The pseudo-id of findings about entitylint failing internally. */
    public static final String INTERNAL = "internal";

    public Finding {
        alsoSuppressedBy = List.copyOf(alsoSuppressedBy);
    }

    /** A finding reported at its rule's severity. */
    public Finding(String ruleId, SourceRef where, String problem, String fix, List<Element> alsoSuppressedBy) {
        this(ruleId, where, problem, fix, alsoSuppressedBy, false, null);
    }

    /**
     * The one finding that stands for a failure of entitylint itself (a rule, the model, the
     * generator, the reporter), pointed at the element it failed on.
     */
    public static Finding internalFailure(String what, Element element, Throwable failure) {
        StackTraceElement top = failure.getStackTrace().length > 0 ? failure.getStackTrace()[0] : null;
        String problem = "entitylint's " + what + " failed on " + element + " with " + failure.getClass().getName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                + (top == null ? "" : " at " + top)
                + "; this is a bug in entitylint, not in your code, and the other checks still ran";
        return new Finding(INTERNAL, SourceRef.of(element), problem,
                "please report it with this message and the entity's source; until it is fixed, "
                        + "@SuppressWarnings(\"entitylint\") on the class skips it", List.of());
    }

    /** The diagnostic text: {@code [<id>] what is wrong — the fix (see docs/rules/<id>.md)}. */
    public String message() {
        StringBuilder text = new StringBuilder("[").append(ruleId).append("] ").append(problem);
        if (fix != null && !fix.isBlank()) {
            text.append(" — ").append(fix);
        }
        text.append(" (see docs/rules/").append(ruleId).append(".md)");
        return text.toString();
    }
}
