package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.config.Suggestions;
import dev.entitylint.processor.model.QueryModel;
import dev.entitylint.processor.model.RepositoryModel;
import java.util.Optional;

/**
 * A Spring Data query method name (or a Jakarta Data {@code @By}) names only properties its entity
 * has: Spring Data resolves the name when the application starts and refuses to start otherwise.
 */
@RuleInfo(
        id = "query-property",
        severity = Severity.ERROR,
        breaksAtRunTime = true,
        summary = "a derived query method or @By naming a property its entity does not have, with the closest name")
public final class QueryPropertyRule implements Rule {

    @Override
    public void checkQueries(RepositoryModel repository, RuleContext context) {
        for (QueryModel query : repository.queries()) {
            for (QueryModel.Unresolved missing : query.unresolved()) {
                Optional<String> closest = Suggestions.closest(missing.property(), missing.candidates());
                String entity = context.model().entityOf(query).map(e -> e.simpleName()).orElse(missing.type());
                boolean derived = query.kind() == QueryModel.Kind.DERIVED;
                String where = derived ? "query method " + query.method() : "@By(\"" + missing.written() + "\") of "
                        + query.method();
                String problem = where + " names property '" + missing.property() + "', which "
                        + missing.type() + (missing.type().equals(entity) ? "" : " (on the path from " + entity + ")")
                        + " does not have, so " + (derived
                                ? "Spring Data refuses to start (No property '" + missing.property()
                                        + "' found for type '" + missing.type() + "')"
                                : "the repository cannot be implemented");
                String fix;
                if (closest.isPresent()) {
                    String corrected = derived ? query.method().replaceFirst(
                            java.util.regex.Pattern.quote(capitalize(missing.property())),
                            java.util.regex.Matcher.quoteReplacement(capitalize(closest.get()))) : null;
                    fix = "did you mean '" + closest.get() + "'?"
                            + (corrected != null && !corrected.equals(query.method()) ? " write " + corrected : "");
                } else {
                    fix = "name a property of " + missing.type() + ", or give the method a @Query";
                }
                context.report(query.source(), problem, fix);
            }
        }
    }

    private static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
