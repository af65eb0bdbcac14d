package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.config.Suggestions;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.Suppression;

/**
 * Suppressions name real rules, and every {@code @Allow} says why. Suppressions configure
 * entitylint itself, so every profile keeps this rule at its severity.
 */
@RuleInfo(
        id = "suppression",
        severity = Severity.ERROR,
        followsProfile = false,
        summary = "a suppression naming an unknown rule id, or an @Allow with a blank reason")
public final class SuppressionRule implements Rule {

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (Suppression suppression : type.suppressions()) {
            String where = suppression.isAllow() ? "@Allow" : "@SuppressWarnings";
            if (suppression.ruleId() != null && !context.ruleIds().contains(suppression.ruleId())) {
                String written = suppression.isAllow() ? suppression.ruleId() : "entitylint:" + suppression.ruleId();
                context.report(suppression.source(),
                        "unknown rule id '" + suppression.ruleId() + "' in " + where + ", so it suppresses nothing"
                                + Suggestions.didYouMean(suppression.ruleId(), context.ruleIds()),
                        "write one of: " + String.join(", ", context.ruleIds()) + " (found \"" + written + "\")");
            }
            if (suppression.isAllow() && !suppression.hasReason()) {
                context.report(suppression.reasonSource(),
                        "@Allow has a blank reason, so it excuses nothing",
                        "say why the rule does not apply here: reason = \"...\"");
            }
        }
    }
}
