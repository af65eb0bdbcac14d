package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.GenerationStrategy;
import dev.entitylint.processor.model.IdGeneration;
import dev.entitylint.processor.model.ManagedType;
import java.util.Set;

/**
 * Generated keys that cost every insert: {@code IDENTITY} (Hibernate must insert at once to learn
 * the key, which turns JDBC batching off), {@code TABLE} (a locked row in a shared table), a sequence
 * fetched one value at a time ({@code allocationSize = 1}); a 32-bit key, which runs out at 2^31;
 * and, with {@code -Aentitylint.tenantColumn}, a sequential key on a multi-tenant table, where the
 * convention is a UUID. {@code AUTO} on a number is a sequence under Hibernate: fine.
 */
@RuleInfo(
        id = "id-generation",
        severity = Severity.OFF,
        summary = "GenerationType.IDENTITY or TABLE, a sequence with allocationSize = 1, an int/Integer generated "
                + "key, a sequential key on a multi-tenant table")
public final class IdGenerationRule implements Rule {

    private static final Set<String> INT_TYPES = Set.of("int", "java.lang.Integer", "short", "java.lang.Short");

    /** The tenant column ({@code -Aentitylint.tenantColumn}), or {@code null}. */
    private final String tenantColumn;

    /** Made for each compilation, with the options it reads. */
    IdGenerationRule(String tenantColumn) {
        this.tenantColumn = tenantColumn;
    }

    @Override
    public void checkType(ManagedType type, RuleContext context) {
        for (AttributeModel attribute : type.declaredAttributes()) {
            IdGeneration generation = type.shape().idGeneration(attribute.name());
            if (!attribute.id() || generation == null) {
                continue;
            }
            String name = type.simpleName();
            if (generation.strategy() == GenerationStrategy.IDENTITY) {
                context.report(generation.generatedValue().member("strategy"),
                        "GenerationType.IDENTITY makes Hibernate insert each " + name + " the moment it is "
                                + "persisted, to learn its key, which turns off JDBC batch inserts",
                        "write strategy = GenerationType.SEQUENCE (Hibernate then takes 50 keys at a time from a "
                                + "sequence); on MySQL, which has no sequences, suppress this finding");
            } else if (generation.strategy() == GenerationStrategy.TABLE) {
                context.report(generation.generatedValue().member("strategy"),
                        "GenerationType.TABLE takes every " + name + " key from one row of a shared table, "
                                + "locked in a transaction of its own: a bottleneck for every insert",
                        "write strategy = GenerationType.SEQUENCE");
            } else if (generation.allocationSize() != null && generation.allocationSize() == 1) {
                context.report(generation.sequenceGenerator().member("allocationSize"),
                        "@SequenceGenerator allocationSize = 1 costs a round trip to the sequence for every "
                                + name + " inserted",
                        "write allocationSize = 50 (Hibernate's pooled optimizer then fetches 50 keys at a time) "
                                + "and make the sequence INCREMENT BY 50 in the migration");
            }
            if (!attribute.type().isError() && INT_TYPES.contains(attribute.type().name())
                    && generation.sequential()) {
                context.report(attribute.ref(),
                        "generated key '" + attribute.name() + "' is " + attribute.type().simpleName()
                                + ": it runs out at " + (Set.of("short", "java.lang.Short").contains(attribute.type().name())
                                        ? "32,767" : "2,147,483,647") + " (sequences skip values, so sooner than "
                                + "that many rows) and widening a key later rewrites the table and every foreign "
                                + "key to it",
                        "declare it as Long");
            }
        }
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        if (tenantColumn == null || !entity.isHierarchyRoot() || entity.column(tenantColumn).isEmpty()) {
            return;
        }
        for (AttributeModel id : entity.idAttributes()) {
            IdGeneration generation = Identities.generation(id, entity, context.model());
            if (generation == null || !generation.sequential() || id.type().isError() || !id.type().isIntegral()) {
                continue;
            }
            RuleSupport.reportForTable(context, entity, generation.generatedValue().member("strategy"),
                    "multi-tenant table of " + entity.simpleName() + " has a sequential key '" + id.name()
                            + "': keys shared by all tenants reveal how many rows the others create, and clash "
                            + "when a tenant's rows move to another database",
                    "use a UUID key: @Id @GeneratedValue(strategy = GenerationType.UUID) private UUID " + id.name()
                            + ";");
        }
    }
}
