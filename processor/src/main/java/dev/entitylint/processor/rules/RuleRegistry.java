package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every rule entitylint runs, by id: each rule's metadata, read once from its {@link RuleInfo}, and
 * how to make it for a compilation. It is also the one place that works out the severity a rule
 * has in a compilation ({@link #severity}).
 */
public final class RuleRegistry {

    /**
     * A rule as it is registered: its class, which carries its {@link RuleInfo}, and how to make it
     * for a compilation from the options.
     */
    public record Registration(Class<? extends Rule> type, Function<Options, ? extends Rule> make) {
    }

    /** A rule made for one compilation, with its metadata. */
    public record Made(RuleDescriptor descriptor, Rule rule) {
    }

    private record Entry(Class<? extends Rule> type, RuleDescriptor descriptor, Function<Options, ? extends Rule> make) {
    }

    private final Map<String, Entry> rules = new LinkedHashMap<>();

    /**
     * @throws IllegalArgumentException for a rule without {@link RuleInfo}, with metadata that is
     *     not valid, or with the id of another
     */
    public RuleRegistry(List<Registration> registrations) {
        for (Registration registration : registrations) {
            RuleDescriptor descriptor = RuleDescriptor.of(registration.type());
            if (descriptor.id().equals(Finding.INTERNAL)) {
                throw new IllegalArgumentException(registration.type().getName() + " takes the id " + Finding.INTERNAL
                        + ", which stands for entitylint's own failures");
            }
            if (rules.put(descriptor.id(), new Entry(registration.type(), descriptor, registration.make())) != null) {
                throw new IllegalArgumentException("two rules share the id " + descriptor.id());
            }
        }
    }

    /** A rule that reads no options: the same instance serves every compilation. */
    public static Registration rule(Rule rule) {
        return new Registration(rule.getClass(), options -> rule);
    }

    /** A rule made for each compilation, {@code make} handing it the options it reads. */
    public static <R extends Rule> Registration rule(Class<R> type, Function<Options, R> make) {
        return new Registration(type, make);
    }

    /**
     * The rules entitylint ships, in the order they run. A rule that reads options is made for each
     * compilation and handed only those, typed; no rule reads the options as a whole.
     */
    public static RuleRegistry standard() {
        return new RuleRegistry(List.of(
                rule(new StringLengthRule()),
                rule(MoneyTypeRule.class, options -> new MoneyTypeRule(options.moneyWords())),
                rule(FkIndexRule.class, options -> new FkIndexRule(ProposedNames.of(options))),
                rule(ConstraintNameRule.class, options -> new ConstraintNameRule(ProposedNames.of(options))),
                rule(AuditFieldsRule.class,
                        options -> new AuditFieldsRule(options.createdColumn(), options.updatedColumn())),
                rule(AuditColumnNameRule.class,
                        options -> new AuditColumnNameRule(options.createdColumn(), options.updatedColumn())),
                rule(SoftDeleteRule.class,
                        options -> new SoftDeleteRule(options.softDeleteColumn(), options.softDelete())),
                rule(RepositoryRule.class, options -> new RepositoryRule()),
                rule(new SuppressionRule()),
                rule(new PrimaryKeyRule()),
                rule(new IndexColumnRule()),
                rule(new MappedByRule()),
                rule(new EnumStringRule()),
                rule(new TimestampTzRule()),
                rule(new EagerFetchRule()),
                rule(new ManyToManySetRule()),
                rule(new CascadeRemoveRule()),
                rule(new UnidirectionalOneToManyRule()),
                rule(new LobColumnRule()),
                rule(ReservedWordRule.class, options -> new ReservedWordRule(options.reservedWordSets())),
                rule(new SqlIdentifierRule()),
                rule(IdentifierLengthRule.class,
                        options -> new IdentifierLengthRule(options.identifierLength(), options.identifierLengthSource())),
                rule(new RedundantIndexRule()),
                rule(BooleanIndexRule.class, options -> new BooleanIndexRule(ProposedNames.of(options))),
                rule(SoftDeleteUniqueRule.class,
                        options -> new SoftDeleteUniqueRule(options.softDeleteColumn(), ProposedNames.of(options))),
                rule(NullableColumnRule.class, options -> new NullableColumnRule(options.softDeleteColumn())),
                rule(TenantColumnRule.class,
                        options -> new TenantColumnRule(options.tenantColumn(), ProposedNames.of(options))),
                rule(NamingConventionRule.class, options -> new NamingConventionRule(options.namingConvention())),
                rule(new NullabilityRule()),
                rule(FkNameRule.class, options -> new FkNameRule(ProposedNames.of(options))),
                rule(new FkOnDeleteRule()),
                rule(NaturalKeyRule.class, options -> new NaturalKeyRule(options.naturalKeys(), options.tenantColumn(),
                        options.softDeleteColumn(), ProposedNames.of(options))),
                rule(MissingForeignKeyRule.class, options -> new MissingForeignKeyRule(options.tenantColumn())),
                rule(new DenormalizedCopyRule()),
                rule(StringlyTypedRule.class,
                        options -> new StringlyTypedRule(options.createdColumn(), options.updatedColumn())),
                rule(new CascadeToParentRule()),
                rule(new EntityEqualityRule()),
                rule(new EntityShapeRule()),
                rule(new VersionColumnRule()),
                rule(IdGenerationRule.class, options -> new IdGenerationRule(options.tenantColumn())),
                rule(new OneToOneRule()),
                rule(QueryIndexRule.class, options -> new QueryIndexRule(options.tenantColumn(),
                        options.softDeleteColumn(), ProposedNames.of(options))),
                rule(new QueryPropertyRule()),
                rule(new UnusedIndexRule()),
                rule(new DroppedTableRule()),
                rule(new DroppedColumnRule()),
                rule(new RenameWithoutIntentRule()),
                rule(new ColumnTypeChangeRule()),
                rule(new NotNullChangeRule()),
                rule(new KeyChangeRule()),
                rule(new ForeignKeyAddedRule()),
                rule(new EnumChangeRule()),
                rule(new SchemaDriftRule())));
    }

    /** Every rule's metadata, in the order the rules run. */
    public List<RuleDescriptor> descriptors() {
        return rules.values().stream().map(Entry::descriptor).toList();
    }

    /** Every rule's class, in the order the rules run. */
    public List<Class<? extends Rule>> classes() {
        return rules.values().stream().<Class<? extends Rule>>map(Entry::type).toList();
    }

    public Optional<RuleDescriptor> descriptor(String id) {
        return Optional.ofNullable(rules.get(id)).map(Entry::descriptor);
    }

    /** Ids a user may name in options and suppressions. */
    public Set<String> ids() {
        Set<String> ids = new TreeSet<>(rules.keySet());
        ids.add(Finding.INTERNAL);
        return ids;
    }

    /**
     * The severity of a rule in a compilation, the only place it is worked out: the rule's
     * {@link RuleInfo#severity()}, off while the option it needs is unset, moved by
     * {@code -Aentitylint.profile} unless the rule says otherwise, then the entries of
     * {@code -Aentitylint.rules}. {@link Finding#INTERNAL} starts as a warning.
     */
    public Severity severity(String ruleId, Options options) {
        Entry entry = rules.get(ruleId);
        Severity base = entry == null ? Severity.WARNING : entry.descriptor().baseSeverity(options);
        return options.severity(ruleId, base);
    }

    /** The rules that are not off under these options, made for them, in the order they run. */
    public List<Made> enabled(Options options) {
        List<Made> enabled = new ArrayList<>();
        for (Entry entry : rules.values()) {
            if (severity(entry.descriptor().id(), options) != Severity.OFF) {
                enabled.add(new Made(entry.descriptor(), entry.make().apply(options)));
            }
        }
        return enabled;
    }
}
