package dev.entitylint.processor.rules;

import dev.entitylint.processor.evolve.SchemaChange;
import dev.entitylint.processor.evolve.Snapshot;
import dev.entitylint.processor.model.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Changes since the latest schema snapshot with what the unsafe-change rules work out over all of
 * them: which drop and add are most likely one rename written without {@code @RenamedFrom}, which
 * columns are new, and which current entity answers for something whose entity is gone. Built the
 * same way from a round's changes and from all of them, so a finding and the migration writer's
 * verdict agree.
 */
final class ChangeSet {

    final List<SchemaChange> changes;
    /** The whole current schema, or {@code null} when unknown. */
    final Snapshot current;
    /** A dropped column or table and the added one that most likely replaces it, both ways. */
    final Map<SchemaChange, SchemaChange> replacedBy = new HashMap<>();
    final Map<SchemaChange, SchemaChange> replaces = new HashMap<>();
    /** {@code table \0 column} keys of columns new in an existing table. */
    private final Set<String> addedColumns = new HashSet<>();
    /** Qualified names of the entities the current schema maps, sorted. */
    private final TreeSet<String> entities = new TreeSet<>();
    /** Previous table name key → the current name, for tables renamed with {@code @RenamedFrom}. */
    private final Map<String, String> renamedTables = new HashMap<>();

    private ChangeSet(List<SchemaChange> changes, Snapshot current) {
        this.changes = List.copyOf(changes);
        this.current = current;
    }

    static ChangeSet of(List<SchemaChange> changes, Snapshot current) {
        ChangeSet set = new ChangeSet(changes, current);
        set.pairColumns();
        set.pairTables();
        if (current != null) {
            for (Snapshot.Table table : current.tables()) {
                if (table.entity() != null) {
                    set.entities.add(table.entity());
                }
                for (Snapshot.Column column : table.columns()) {
                    if (column.entity() != null) {
                        set.entities.add(column.entity());
                    }
                }
                if (table.renamedFrom() != null) {
                    set.renamedTables.put(Names.key(table.renamedFrom()), table.name());
                }
            }
        }
        return set;
    }

    private static String key(String table, String entity) {
        return Names.key(table) + "\u0000" + entity;
    }

    /**
     * In one table, the columns one entity no longer maps and those it maps anew: a single drop
     * and a single add of the same type family are one rename; among several, a drop and an add
     * of exactly the same SQL type that match nothing else are.
     */
    private void pairColumns() {
        Map<String, List<SchemaChange.ColumnDropped>> dropped = new LinkedHashMap<>();
        Map<String, List<SchemaChange.ColumnAdded>> added = new LinkedHashMap<>();
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.ColumnDropped drop) {
                dropped.computeIfAbsent(key(drop.table(), drop.entity()), k -> new ArrayList<>()).add(drop);
            } else if (change instanceof SchemaChange.ColumnAdded add) {
                added.computeIfAbsent(key(add.table(), add.entity()), k -> new ArrayList<>()).add(add);
                addedColumns.add(Names.key(add.table()) + "\u0000" + Names.key(add.column().name()));
            }
        }
        for (var entry : dropped.entrySet()) {
            List<SchemaChange.ColumnDropped> drops = entry.getValue();
            List<SchemaChange.ColumnAdded> adds = added.getOrDefault(entry.getKey(), List.of());
            if (drops.size() == 1 && adds.size() == 1) {
                if (sameFamily(drops.get(0).previous().sqlType(), adds.get(0).column().sqlType())) {
                    pair(drops.get(0), adds.get(0));
                }
                continue;
            }
            for (SchemaChange.ColumnDropped drop : drops) {
                List<SchemaChange.ColumnAdded> same = adds.stream()
                        .filter(a -> sameType(drop.previous().sqlType(), a.column().sqlType())).toList();
                if (same.size() == 1 && drops.stream()
                        .filter(d -> sameType(d.previous().sqlType(), same.get(0).column().sqlType())).count() == 1) {
                    pair(drop, same.get(0));
                }
            }
        }
    }

    /** An entity that maps its table (or owns a join or collection table) under another name now. */
    private void pairTables() {
        Map<String, List<SchemaChange.TableDropped>> dropped = new LinkedHashMap<>();
        Map<String, List<SchemaChange.TableAdded>> added = new LinkedHashMap<>();
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.TableDropped drop && drop.previous().entity() != null) {
                dropped.computeIfAbsent(drop.previous().entity() + "\u0000" + drop.previous().kind(),
                        k -> new ArrayList<>()).add(drop);
            } else if (change instanceof SchemaChange.TableAdded add && add.current().entity() != null) {
                added.computeIfAbsent(add.current().entity() + "\u0000" + add.current().kind(),
                        k -> new ArrayList<>()).add(add);
            }
        }
        for (var entry : dropped.entrySet()) {
            List<SchemaChange.TableAdded> adds = added.getOrDefault(entry.getKey(), List.of());
            if (entry.getValue().size() == 1 && adds.size() == 1) {
                pair(entry.getValue().get(0), adds.get(0));
            }
        }
    }

    private void pair(SchemaChange drop, SchemaChange add) {
        replacedBy.put(drop, add);
        replaces.put(add, drop);
    }

    /** Whether the column is new in its (existing) table. */
    boolean added(String table, String column) {
        return addedColumns.contains(Names.key(table) + "\u0000" + Names.key(column));
    }

    /** The current name of a table the current mapping renamed with {@code @RenamedFrom}, or {@code null}. */
    String renamedTable(String previousName) {
        return renamedTables.get(Names.key(previousName));
    }

    /** Whether an entity of that qualified name is mapped now. */
    boolean mapped(String entity) {
        return entity != null && entities.contains(entity);
    }

    /**
     * The entity that answers for something of {@code entity}, which is gone: the first mapped
     * entity of its package, else the first mapped entity; {@code null} when nothing is mapped.
     * The same however the build compiles, since the current schema is the whole one.
     */
    String standIn(String entity) {
        String pkg = entity == null || entity.lastIndexOf('.') < 0 ? "" : entity.substring(0, entity.lastIndexOf('.') + 1);
        for (String candidate : entities) {
            if (candidate.startsWith(pkg) && candidate.indexOf('.', pkg.length()) < 0) {
                return candidate;
            }
        }
        return entities.isEmpty() ? null : entities.first();
    }

    static String family(String sqlType) {
        return sqlType == null ? null
                : sqlType.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").strip();
    }

    private static boolean sameFamily(String a, String b) {
        return a != null && b != null && family(a).equals(family(b));
    }

    private static boolean sameType(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }
}
