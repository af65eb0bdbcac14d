package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Provider;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.config.Suggestions;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.InheritanceStrategy;
import dev.entitylint.processor.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every column an index or unique constraint names exists in its table. */
@RuleInfo(
        id = "index-column",
        severity = Severity.ERROR,
        breaksAtRunTime = true,
        summary = "an @Index or @UniqueConstraint naming a column its table does not have")
public final class IndexColumnRule implements Rule {

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        if (!entity.complete()) {
            return;
        }
        List<String> known = null;
        for (IndexModel index : entity.table().indexes()) {
            if (index.kind() == IndexModel.Kind.UNIQUE_COLUMN || !RuleSupport.declaredOn(index, entity)) {
                continue;
            }
            for (String column : index.columns()) {
                if (entity.table().column(column).isPresent()) {
                    continue; // the usual case, without indexing the whole table
                }
                if (known == null) {
                    known = context.model().tableOf(entity)
                            .map(t -> t.columns().stream().map(c -> Names.key(c.name())).toList()).orElse(List.of());
                }
                if (known.contains(Names.key(column)) || sharedWithUnseenSubclasses(entity)) {
                    continue;
                }
                report(entity, index, column, new ArrayList<>(known), context);
            }
        }
    }

    /**
     * Whether the table is that of a {@code SINGLE_TABLE} hierarchy the root declares
     * ({@code @Inheritance}, a {@code @DiscriminatorColumn}, or an abstract root): any subclass
     * may map a column into it, also one this compilation does not see (Gradle and IDEs recompile
     * the root alone with its subclasses as class files, which cannot be found from the root;
     * another module may add one), so a column the root does not map cannot be judged missing.
     */
    private static boolean sharedWithUnseenSubclasses(EntityModel entity) {
        InheritanceStrategy inheritance = entity.inheritance();
        return inheritance == InheritanceStrategy.SINGLE_TABLE || (inheritance == null
                && ((entity.discriminator() != null && entity.discriminator().explicit())
                        || entity.type().abstractClass()));
    }

    private static void report(EntityModel entity, IndexModel index, String column, List<String> known,
            RuleContext context) {
        String annotation = index.kind() == IndexModel.Kind.INDEX ? "@Index" : "@UniqueConstraint";
        String member = RuleSupport.columnsMember(index);
        Optional<String> closest = closest(column, known);
        String fix;
        if (closest.isPresent()) {
            List<String> fixed = index.columns().stream()
                    .map(c -> Names.same(c, column) ? closest.get() : c)
                    .toList();
            String list = member.equals("columnList")
                    ? "\"" + String.join(", ", fixed) + "\""
                    : "{" + RuleSupport.quoted(fixed) + "}";
            fix = "did you mean '" + closest.get() + "'? write " + member + " = " + list;
        } else {
            fix = "name columns of table '" + entity.table().name() + "' (" + String.join(", ",
                    known.subList(0, Math.min(known.size(), 12))) + (known.size() > 12 ? ", ..." : "")
                    + "), as the database names them";
        }
        context.report(index.ref(member),
                annotation + " of table '" + entity.table().name() + "' names column '" + column
                        + "', which the table does not have, so " + consequence(context.environment().provider()),
                fix);
    }

    /**
     * What really happens, by provider. Hibernate 7 does not check these names when it boots: it
     * writes them into the DDL it generates, the database rejects that statement, and Hibernate
     * logs the error and starts anyway, without the index (it stops only under
     * {@code hibernate.hbm2ddl.halt_on_error}). Other providers, and migrations written from the
     * mapping, fail the same way in the database.
     */
    private static String consequence(Provider provider) {
        return switch (provider) {
            case HIBERNATE -> "the database rejects the DDL Hibernate generates for it (Hibernate logs the error "
                    + "and starts anyway, or stops under hibernate.hbm2ddl.halt_on_error)";
            case UNKNOWN -> "the DDL generated for it refers to a column that does not exist, and the database "
                    + "rejects it";
            default -> "the DDL " + provider.displayName() + " generates for it refers to a column that does not "
                    + "exist, and the database rejects it";
        };
    }

    /** A plausible typo, or the column an attribute name stands for ({@code customer} → {@code customer_id}). */
    private static Optional<String> closest(String column, List<String> known) {
        Optional<String> typo = Suggestions.closest(Names.key(column), known);
        if (typo.isPresent()) {
            return typo;
        }
        String key = Names.key(column);
        return known.stream().filter(k -> k.startsWith(key + "_")).findFirst();
    }
}
