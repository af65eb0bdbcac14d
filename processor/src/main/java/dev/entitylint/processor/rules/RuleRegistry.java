package dev.entitylint.processor.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Every rule entitylint runs, by id. */
public final class RuleRegistry {

    /** The pseudo-id of diagnostics about entitylint failing internally. */
    public static final String INTERNAL = "internal";

    private final Map<String, Rule> rules = new LinkedHashMap<>();

    public RuleRegistry(List<Rule> rules) {
        for (Rule rule : rules) {
            if (this.rules.put(rule.id(), rule) != null) {
                throw new IllegalArgumentException("two rules share the id " + rule.id());
            }
        }
    }

    /** The rules entitylint ships, in the order they run. */
    public static RuleRegistry standard() {
        return new RuleRegistry(List.of(
                new StringLengthRule(),
                new MoneyTypeRule(),
                new FkIndexRule(),
                new ConstraintNameRule(),
                new AuditFieldsRule(),
                new AuditColumnNameRule(),
                new SoftDeleteRule(),
                new RepositoryRule(),
                new SuppressionRule(),
                new PrimaryKeyRule(),
                new IndexColumnRule(),
                new MappedByRule(),
                new EnumStringRule(),
                new TimestampTzRule(),
                new EagerFetchRule(),
                new ManyToManySetRule(),
                new CascadeRemoveRule(),
                new UnidirectionalOneToManyRule(),
                new LobColumnRule(),
                new ReservedWordRule(),
                new SqlIdentifierRule(),
                new IdentifierLengthRule(),
                new RedundantIndexRule(),
                new BooleanIndexRule(),
                new SoftDeleteUniqueRule(),
                new NullableColumnRule(),
                new TenantColumnRule(),
                new NamingConventionRule()));
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Ids a user may name in options and suppressions. */
    public Set<String> ids() {
        Set<String> ids = new TreeSet<>(rules.keySet());
        ids.add(INTERNAL);
        return ids;
    }
}
