package dev.entitylint.processor.model;

import javax.lang.model.element.Element;

/**
 * One rule id excused on an element, by {@code @SuppressWarnings("entitylint:<id>")} or by
 * {@code @dev.entitylint.Allow(value = "<id>", reason = "...")}.
 *
 * @param on the annotated element
 * @param ruleId the excused rule id, or {@code null} for every rule ({@code "entitylint"})
 * @param reason the {@code Allow} reason, or {@code null} for {@code @SuppressWarnings}
 * @param source the annotation value that names the rule
 * @param reasonSource the {@code reason} value, or {@code null}
 */
public record Suppression(Element on, String ruleId, String reason, SourceRef source, SourceRef reasonSource) {

    public boolean isAllow() {
        return reasonSource != null;
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    /** Whether this excuses {@code id}: a blank {@code Allow} reason excuses nothing. */
    public boolean covers(String id) {
        if (isAllow() && !hasReason()) {
            return false;
        }
        return ruleId == null || ruleId.equals(id);
    }
}
