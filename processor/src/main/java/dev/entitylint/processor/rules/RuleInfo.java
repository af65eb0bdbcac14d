package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a rule is, written on its class (as Error Prone's {@code @BugPattern}): the
 * {@link RuleRegistry} reads it once into a {@link RuleDescriptor} and refuses a rule without it.
 * Everything that needs a rule's id, summary or severity (the runner, the reporter, SARIF) asks the
 * registry, never the rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** The stable kebab-case id, also the name of the rule's page under {@code docs/rules/}. */
    String id();

    /** The severity under the {@code recommended} profile. */
    Severity severity();

    /** One line: what the rule reports. */
    String summary();

    /**
     * Whether the rule's findings break the application at run time (the provider refuses to
     * start, or the database rejects the SQL). Those rules stay on under the {@code relaxed} profile.
     */
    boolean breaksAtRunTime() default false;

    /**
     * Whether {@code -Aentitylint.profile} moves the rule's severity. A rule that does not (one about
     * entitylint's own configuration, or one the user switched on by naming its option) keeps
     * {@link #severity()} under every profile.
     */
    boolean followsProfile() default true;

    /**
     * The option ({@code dev.entitylint.processor.config.Options} key) the rule has nothing to check
     * without: until it is set, the rule is off, whatever the profile (the entries of
     * {@code -Aentitylint.rules} still apply). Empty: none.
     */
    String needsOption() default "";
}
