package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.Names;
import java.util.ArrayList;
import java.util.List;

/** Every index serves lookups no other index of the table already serves. */
@RuleInfo(
        id = "redundant-index",
        severity = Severity.WARNING,
        summary = "an index that is a leading prefix of another index or unique constraint, or a duplicate")
public final class RedundantIndexRule implements Rule {

    /** An index, unique constraint or the primary key, in the order they were declared. */
    private record Candidate(IndexModel index, List<String> columns, boolean unique) {
        /** How a message names it; only a finding needs it. */
        String description() {
            return index == null ? "the primary key (" + String.join(", ", columns) + ")" : RuleSupport.describe(index);
        }
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        List<Candidate> candidates = new ArrayList<>();
        if (!entity.table().primaryKey().isEmpty()) {
            candidates.add(new Candidate(null, entity.table().primaryKey(), true));
        }
        for (IndexModel index : entity.table().indexes()) {
            if (!index.columns().isEmpty()) {
                candidates.add(new Candidate(index, index.columns(), index.unique()));
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (candidate.index() == null || !reportedHere(candidate.index(), entity)) {
                continue;
            }
            for (int j = 0; j < candidates.size(); j++) {
                Candidate other = candidates.get(j);
                if (i == j) {
                    continue;
                }
                String why = redundancy(candidate, other, j < i);
                if (why != null) {
                    report(entity, candidate, other, why, context);
                    break;
                }
            }
        }
    }

    /** Why {@code index} adds nothing next to {@code other}, or {@code null} when it does. */
    private static String redundancy(Candidate index, Candidate other, boolean otherFirst) {
        boolean sameOrder = startsWith(other.columns(), index.columns()) && other.columns().size() == index.columns().size();
        if (!index.unique()) {
            if (sameOrder) {
                return other.unique() || otherFirst ? "duplicates" : null;
            }
            return startsWith(other.columns(), index.columns()) ? "is a leading prefix of" : null;
        }
        boolean sameSet = Names.sameSet(index.columns(), other.columns());
        return other.unique() && sameSet && otherFirst ? "duplicates" : null;
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        if (prefix.size() > columns.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!Names.same(columns.get(i), prefix.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean reportedHere(IndexModel index, EntityModel entity) {
        return index.kind() == IndexModel.Kind.UNIQUE_COLUMN || RuleSupport.declaredOn(index, entity);
    }

    private static void report(EntityModel entity, Candidate redundant, Candidate other, String why,
            RuleContext context) {
        IndexModel index = redundant.index();
        String fix = switch (index.kind()) {
            case INDEX -> "remove this @Index from @Table(indexes = ...)";
            case UNIQUE_CONSTRAINT -> "remove this @UniqueConstraint from @Table(uniqueConstraints = ...)";
            case UNIQUE_COLUMN -> "remove unique = true (" + other.description() + " already enforces it)";
        };
        RuleSupport.reportForTable(context, entity, index.source(),
                RuleSupport.describe(index) + " of table '" + entity.table().name() + "' " + why + " "
                        + other.description() + ", which serves the same lookups, so it only slows every write "
                        + "and takes space",
                fix);
    }
}
