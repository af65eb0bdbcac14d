package dev.entitylint.processor.rules;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ForeignKeyModel;
import dev.entitylint.processor.model.Names;
import dev.entitylint.processor.model.PhysicalSchema;
import dev.entitylint.processor.model.SourceRef;
import java.util.List;
import java.util.Optional;

/**
 * Foreign keys have explicit names, as indexes and unique constraints do ({@code constraint-name}).
 * Off by default (measured: most projects name their keys in migrations, where the mapping's name
 * does not matter); a warning under strict.
 */
@RuleInfo(
        id = "fk-name",
        severity = Severity.OFF,
        summary = "a foreign key without an explicit name (@JoinColumn, @JoinTable, @CollectionTable or "
                + "@SecondaryTable without foreignKey = @ForeignKey(name = ...)) (off by default; a warning under "
                + "strict)")
public final class FkNameRule implements Rule {

    private static final String CONSEQUENCE = " has no name, so the provider invents one (FKxyz...) that differs "
            + "between providers and breaks migrations";

    /** The names it proposes. */
    private final ProposedNames names;

    /** Made for each compilation, with the options it reads. */
    FkNameRule(ProposedNames names) {
        this.names = names;
    }

    @Override
    public void checkEntity(EntityModel entity, RuleContext context) {
        String table = entity.table().name();
        List<ForeignKeyModel> foreignKeys = entity.table().foreignKeys();
        for (ForeignKeyModel foreignKey : foreignKeys) {
            AttributeModel attribute = foreignKey.attribute();
            if (foreignKey.name() != null || attribute == null || attribute.facts().joinColumnNoConstraint()
                    || !entity.type().element().equals(foreignKey.declaredIn())
                    || attribute.association() == null) {
                continue;
            }
            long sameTarget = foreignKeys.stream()
                    .filter(f -> Names.same(f.referencedTable(), foreignKey.referencedTable())).count();
            String name = sameTarget > 1 ? names.foreignKey(table, foreignKey.columns())
                    : names.foreignKeyTo(table, foreignKey.referencedTable());
            String problem = "foreign key of '" + attribute.name() + "' (" + String.join(", ", foreignKey.columns())
                    + ") to '" + foreignKey.referencedTable() + "'" + CONSEQUENCE;
            if (attribute.joinColumns().isEmpty()) {
                context.report(attribute.association().ref(), problem,
                        "add @JoinColumn(name = \"" + foreignKey.columns().get(0) + "\", foreignKey = @ForeignKey("
                                + "name = \"" + name + "\"))");
            } else {
                ColumnSpec first = attribute.joinColumns().get(0);
                context.report(first.ref("foreignKey"), problem,
                        "add foreignKey = @ForeignKey(name = \"" + name + "\") to its @JoinColumn");
            }
        }
        for (AttributeModel attribute : entity.attributes()) {
            if (!entity.type().element().equals(attribute.declaringType())) {
                continue;
            }
            if (attribute.kind() == AttributeKind.ONE_TO_MANY && attribute.association() != null
                    && attribute.association().owning() && !attribute.joinColumns().isEmpty()
                    && attribute.joinTable() == null) {
                checkOneToManyJoinColumn(entity, attribute, context);
            } else if (attribute.kind().isToMany() || attribute.kind() == AttributeKind.ELEMENT_COLLECTION) {
                checkJoinTable(entity, attribute, context);
            }
        }
        for (EntityModel.SecondaryTable secondary : entity.secondaryTables()) {
            if (secondary.foreignKeyName() == null && !secondary.noConstraint()) {
                String secondaryTable = context.model().naming().physical(secondary.name());
                String name = names.foreignKeyTo(secondaryTable, table);
                context.report(secondary.source().member("foreignKey"),
                        "foreign key of secondary table '" + secondaryTable + "' to '" + table + "'" + CONSEQUENCE,
                        "add foreignKey = @ForeignKey(name = \"" + name + "\") to its @SecondaryTable");
            }
        }
    }

    /** A one-way {@code @OneToMany @JoinColumn}: the key is in the target's table. */
    private void checkOneToManyJoinColumn(EntityModel entity, AttributeModel attribute, RuleContext context) {
        if (attribute.facts().joinColumnNoConstraint()
                || attribute.joinColumns().stream().anyMatch(c -> c.foreignKeyName() != null)) {
            return;
        }
        Optional<EntityModel> target = context.model().entity(attribute.association().target());
        if (target.isEmpty()) {
            return;
        }
        String targetTable = target.get().table().name();
        String name = names.foreignKeyTo(targetTable, entity.table().name());
        ColumnSpec first = attribute.joinColumns().get(0);
        context.report(first.ref("foreignKey"),
                "foreign key of '" + attribute.name() + "' in '" + targetTable + "' to '" + entity.table().name()
                        + "'" + CONSEQUENCE,
                "add foreignKey = @ForeignKey(name = \"" + name + "\") to its @JoinColumn");
    }

    /** The keys of a join or collection table: to the owner ({@code foreignKey}) and to the target ({@code inverseForeignKey}). */
    private void checkJoinTable(EntityModel entity, AttributeModel attribute, RuleContext context) {
        PhysicalSchema.Table joinTable = null;
        for (PhysicalSchema.Table owned : context.model().ownedTables(entity)) {
            if (owned.source().element() != null && owned.source().element().equals(attribute.element())) {
                joinTable = owned;
                break;
            }
        }
        if (joinTable == null || joinTable.foreignKeys().isEmpty()) {
            return;
        }
        boolean collection = joinTable.kind() == PhysicalSchema.TableKind.COLLECTION;
        String annotation = collection ? "@CollectionTable" : "@JoinTable";
        AttributeModel.JoinTableSpec spec = attribute.joinTable();
        List<PhysicalSchema.ForeignKey> keys = joinTable.foreignKeys();
        boolean selfReference = keys.size() > 1 && Names.same(keys.get(0).referencedTable(),
                keys.get(1).referencedTable());
        // The schema orders a table's keys by their columns: tell the owner's key from the target's.
        PhysicalSchema.ForeignKey ownerKey = null;
        PhysicalSchema.ForeignKey inverseKey = null;
        for (PhysicalSchema.ForeignKey key : keys) {
            boolean inverse = selfReference ? inverseSide(key, attribute, context)
                    : !Names.same(key.referencedTable(), entity.table().name());
            if (inverse && inverseKey == null && !collection) {
                inverseKey = key;
            } else if (!inverse && ownerKey == null) {
                ownerKey = key;
            }
        }
        List<String> missingKeys = new java.util.ArrayList<>();
        if (ownerKey != null && ownerKey.name() == null && !attribute.facts().joinTableNoConstraint()) {
            missingKeys.add("foreignKey = @ForeignKey(name = \"" + proposed(joinTable, ownerKey, selfReference) + "\")");
        }
        if (inverseKey != null && inverseKey.name() == null && !attribute.facts().inverseNoConstraint()) {
            missingKeys.add("inverseForeignKey = @ForeignKey(name = \""
                    + proposed(joinTable, inverseKey, selfReference) + "\")");
        }
        String missing = String.join(", ", missingKeys);
        if (missingKeys.isEmpty()) {
            return;
        }
        SourceRef where = spec != null ? spec.source()
                : attribute.association() != null ? attribute.association().ref() : attribute.ref();
        String fix = spec != null ? "add " + missing + " to its " + annotation
                : "add " + annotation + "(name = \"" + joinTable.name() + "\", " + missing + ")";
        String what = (collection ? "collection" : "join") + " table '" + joinTable.name() + "'";
        context.report(where, missingKeys.size() > 1
                ? "the foreign keys of " + what + " have no names, so the provider invents them (FKxyz...), "
                        + "differently between providers, which breaks migrations"
                : "foreign key of " + what + CONSEQUENCE, fix);
    }

    private String proposed(PhysicalSchema.Table joinTable, PhysicalSchema.ForeignKey key, boolean selfReference) {
        return selfReference ? names.foreignKey(joinTable.name(), key.columns())
                : names.foreignKeyTo(joinTable.name(), key.referencedTable());
    }

    /**
     * Of a self-referencing join table's two keys, whether this one is the target's: its columns
     * are the written inverse join columns, or by default start with the attribute's name.
     */
    private static boolean inverseSide(PhysicalSchema.ForeignKey key, AttributeModel attribute, RuleContext context) {
        AttributeModel.JoinTableSpec spec = attribute.joinTable();
        String first = key.columns().get(0);
        if (spec != null) {
            for (ColumnSpec written : spec.inverseJoinColumns()) {
                if (written.name() != null && Names.same(context.model().naming().physical(written.name()), first)) {
                    return true;
                }
            }
            for (ColumnSpec written : spec.joinColumns()) {
                if (written.name() != null && Names.same(context.model().naming().physical(written.name()), first)) {
                    return false;
                }
            }
        }
        return Names.key(first).startsWith(Names.key(context.model().naming().physical(attribute.name())) + "_");
    }
}
