package dev.entitylint.processor.rules;

import dev.entitylint.processor.evolve.SchemaChange;
import dev.entitylint.processor.evolve.Snapshot;
import dev.entitylint.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javax.lang.model.element.Element;

/**
 * What the unsafe-change rules ({@code dropped-table}, {@code dropped-column},
 * {@code rename-without-intent}, {@code column-type-change}, {@code not-null-change},
 * {@code key-change}, {@code foreign-key-added}, {@code enum-change}) make of the changes since the
 * latest schema snapshot, for the code that writes migrations: which changes are unsafe, where
 * each is reported, and whether the user accepted it there ({@code @Allow} with a reason, or
 * {@code @SuppressWarnings("entitylint:<id>")}). The rules report exactly these concerns.
 */
public final class UnsafeChanges {

    private UnsafeChanges() {
    }

    /** The rules that judge changes, in the order they run. */
    static final List<ChangeCheck> RULES = List.of(new DroppedTableRule(), new DroppedColumnRule(),
            new RenameWithoutIntentRule(), new ColumnTypeChangeRule(), new NotNullChangeRule(), new KeyChangeRule(),
            new ForeignKeyAddedRule(), new EnumChangeRule());

    /** What a change needs before it is safe to apply, reported once, at one place. */
    public enum Verdict {
        /** No rule objects to it. */
        SAFE,
        /** A rule objects, and the user accepted it where the finding is reported. */
        ACCEPTED,
        /** A rule objects and nothing accepts it: the compilation reports it. */
        UNACCEPTED
    }

    /**
     * One unsafe change (or pair of changes: a drop and the add that most likely renames it) as a
     * rule reports it.
     *
     * @param ruleId the rule that reports it
     * @param changes the changes it covers (two for a suspected rename: the drop and the add)
     * @param entity the qualified name of the entity the finding is reported on, or {@code null}
     *     when no entity is mapped at all
     * @param source where the change is declared, or {@code null}: then at the entity's class
     * @param problem what is wrong
     * @param fix what to type
     */
    public record Concern(String ruleId, List<SchemaChange> changes, String entity, SourceRef source, String problem,
            String fix) {

        public Concern {
            changes = List.copyOf(changes);
        }

        /**
         * Whether the user accepted it: a suppression of its rule on the element it is declared on
         * (or one enclosing it) or on the entity class it is reported on, as the reporter decides.
         *
         * @param excused whether a suppression on (or enclosing) the element excuses the rule id:
         *     {@code Suppressions::suppressed}
         * @param entityClass the class element of an entity, by qualified name ({@code null} when unknown)
         */
        public boolean accepted(BiPredicate<Element, String> excused, Function<String, Element> entityClass) {
            if (source != null && source.element() != null && excused.test(source.element(), ruleId)) {
                return true;
            }
            Element type = entity == null ? null : entityClass.apply(entity);
            return type != null && excused.test(type, ruleId);
        }
    }

    /** Every concern the unsafe-change rules have with these changes, {@code current} being the whole current schema. */
    public static List<Concern> of(List<SchemaChange> changes, Snapshot current) {
        return of(ChangeSet.of(changes, current));
    }

    static List<Concern> of(ChangeSet set) {
        List<Concern> concerns = new ArrayList<>();
        for (SchemaChange change : set.changes) {
            for (ChangeCheck rule : RULES) {
                rule.concern(change, set).ifPresent(concerns::add);
            }
        }
        return List.copyOf(concerns);
    }

    /**
     * The class element of each entity the current schema maps, by qualified name, read from where
     * its tables and columns are declared: what {@link Concern#accepted} and {@link #verdict} need
     * to find a suppression on the class a finding is reported on.
     */
    public static Function<String, Element> entityClasses(Snapshot current) {
        java.util.Map<String, Element> classes = new java.util.HashMap<>();
        if (current != null) {
            for (Snapshot.Table table : current.tables()) {
                if (table.kind().equals("entity") && table.source() != null) {
                    classes.putIfAbsent(table.entity(), RuleSupport.owningType(table.source().element()));
                }
            }
            for (Snapshot.Table table : current.tables()) {
                for (Snapshot.Column column : table.columns()) {
                    javax.lang.model.element.TypeElement owner = column.source() == null ? null
                            : RuleSupport.owningType(column.source().element());
                    if (owner != null && column.entity() != null
                            && owner.getQualifiedName().contentEquals(column.entity())) {
                        classes.putIfAbsent(column.entity(), owner);
                    }
                }
            }
        }
        return classes::get;
    }

    /**
     * The verdict on one change: {@link Verdict#UNACCEPTED} when any concern about it is not
     * accepted, {@link Verdict#ACCEPTED} when every one is, else {@link Verdict#SAFE}. The migration
     * writer puts accepted destructive changes in the contract step.
     */
    public static Verdict verdict(SchemaChange change, List<Concern> concerns, BiPredicate<Element, String> excused,
            Function<String, Element> entityClass) {
        Verdict verdict = Verdict.SAFE;
        for (Concern concern : concerns) {
            if (concern.changes().contains(change)) {
                if (!concern.accepted(excused, entityClass)) {
                    return Verdict.UNACCEPTED;
                }
                verdict = Verdict.ACCEPTED;
            }
        }
        return verdict;
    }
}
