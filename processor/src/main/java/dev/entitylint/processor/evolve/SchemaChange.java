package dev.entitylint.processor.evolve;

import dev.entitylint.processor.model.SourceRef;
import java.util.List;
import java.util.Set;

/**
 * One difference between the latest committed snapshot and the schema the current compilation
 * maps, as {@link SchemaDiff#between} lists them. Every change names its table, the entity class
 * it belongs to (the current mapping's, or the snapshot's for something dropped) and, when the
 * current sources declare it, where to report it.
 */
public sealed interface SchemaChange {

    /** The (current, else previous) name of the table it concerns. */
    String table();

    /** The qualified name of the entity class it belongs to, or {@code null} when unknown. */
    String entity();

    /** Where the current mapping declares it, or {@code null} (something dropped, or a snapshot-only fact). */
    SourceRef source();

    /** One line for people: {@code column orders.note added}. */
    String describe();

    private static String at(Snapshot.Table table, Snapshot.Column column) {
        return table.name() + "." + column.name();
    }

    /** A new table. */
    record TableAdded(Snapshot.Table current) implements SchemaChange {
        public String table() { return current.name(); }
        public String entity() { return current.entity(); }
        public SourceRef source() { return current.source(); }
        public String describe() { return "table " + current.name() + " added"; }
    }

    /** A table the current mapping no longer has. */
    record TableDropped(Snapshot.Table previous) implements SchemaChange {
        public String table() { return previous.name(); }
        public String entity() { return previous.entity(); }
        public SourceRef source() { return null; }
        public String describe() { return "table " + previous.name() + " dropped"; }
    }

    /** A table renamed with {@code @RenamedFrom} on its entity. */
    record TableRenamed(Snapshot.Table previous, Snapshot.Table current) implements SchemaChange {
        public String table() { return current.name(); }
        public String entity() { return current.entity(); }
        public SourceRef source() { return current.source(); }
        public String describe() { return "table " + previous.name() + " renamed to " + current.name(); }
    }

    /** A new column of an existing table. */
    record ColumnAdded(Snapshot.Table current, Snapshot.Column column) implements SchemaChange {
        public String table() { return current.name(); }
        public String entity() { return column.entity() != null ? column.entity() : current.entity(); }
        public SourceRef source() { return column.source(); }
        public String describe() {
            return "column " + at(current, column) + " added"
                    + (column.nullable() ? "" : column.defaultValue() != null ? " (not null, default)" : " (not null)");
        }
    }

    /** A column of an existing table the current mapping no longer has. */
    record ColumnDropped(Snapshot.Table current, Snapshot.Column previous) implements SchemaChange {
        public String table() { return current.name(); }
        public String entity() { return previous.entity() != null ? previous.entity() : current.entity(); }
        public SourceRef source() { return current.source(); }
        public String describe() { return "column " + at(current, previous) + " dropped"; }
    }

    /** A column renamed with {@code @RenamedFrom}. */
    record ColumnRenamed(Snapshot.Table current, Snapshot.Column previous, Snapshot.Column column)
            implements SchemaChange {
        public String table() { return current.name(); }
        public String entity() { return column.entity() != null ? column.entity() : current.entity(); }
        public SourceRef source() { return column.source(); }
        public String describe() { return "column " + at(current, previous) + " renamed to " + column.name(); }
    }

    /** What changed about a column's type. */
    enum TypeAspect {
        /** A character column got shorter. */
        LENGTH_SHRUNK,
        /** A character column got longer. */
        LENGTH_WIDENED,
        /** A decimal's precision changed. */
        PRECISION,
        /** A decimal's scale changed. */
        SCALE,
        /** Another kind of type ({@code integer} to {@code varchar}, ORDINAL to STRING, ...). */
        FAMILY
    }

    /** A column's SQL type changed. */
    record ColumnTypeChanged(Snapshot.Table current, Snapshot.Column previous, Snapshot.Column column,
            Set<TypeAspect> aspects) implements SchemaChange {
        public ColumnTypeChanged {
            aspects = Set.copyOf(aspects);
        }
        public String table() { return current.name(); }
        public String entity() { return column.entity() != null ? column.entity() : current.entity(); }
        public SourceRef source() { return column.source(); }
        public String describe() {
            return "column " + at(current, column) + " type " + previous.sqlType() + " -> " + column.sqlType();
        }
    }

    /** A column became NOT NULL ({@code column.nullable()} false) or nullable. */
    record NullabilityChanged(Snapshot.Table current, Snapshot.Column previous, Snapshot.Column column)
            implements SchemaChange {
        public String table() { return current.name(); }
        public String entity() { return column.entity() != null ? column.entity() : current.entity(); }
        public SourceRef source() { return column.source(); }
        public String describe() {
            return "column " + at(current, column) + (column.nullable() ? " now nullable" : " now not null");
        }
    }

    /** A column's declared default changed (set, changed or removed). */
    record DefaultChanged(Snapshot.Table current, Snapshot.Column previous, Snapshot.Column column)
            implements SchemaChange {
        public String table() { return current.name(); }
        public String entity() { return column.entity() != null ? column.entity() : current.entity(); }
        public SourceRef source() { return column.source(); }
        public String describe() {
            return "column " + at(current, column) + " default " + previous.defaultValue() + " -> "
                    + column.defaultValue();
        }
    }

    /**
     * The constants of a stored enum changed.
     *
     * @param added constants new in the enum
     * @param removed constants no longer in it (a rename shows as one removed and one added)
     * @param reordered whether constants present in both changed their relative order
     * @param ordinalsShifted whether a constant present in both has another position now (what
     *     ORDINAL storage writes)
     */
    record EnumChanged(Snapshot.Table current, Snapshot.Column previous, Snapshot.Column column, List<String> added,
            List<String> removed, boolean reordered, boolean ordinalsShifted) implements SchemaChange {
        public EnumChanged {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
        /** {@code ORDINAL} or {@code STRING}. */
        public String storage() { return column.enumStorage(); }
        public String table() { return current.name(); }
        public String entity() { return column.entity() != null ? column.entity() : current.entity(); }
        public SourceRef source() { return column.source(); }
        public String describe() {
            StringBuilder text = new StringBuilder("enum of column " + at(current, column) + " (" + storage() + ")");
            if (!added.isEmpty()) {
                text.append(" added ").append(String.join(", ", added));
            }
            if (!removed.isEmpty()) {
                text.append(" removed ").append(String.join(", ", removed));
            }
            if (reordered) {
                text.append(" reordered");
            }
            return text.toString();
        }
    }

    /** The primary key's columns changed. */
    record PrimaryKeyChanged(Snapshot.Table current, List<String> previous, List<String> columns)
            implements SchemaChange {
        public String table() { return current.name(); }
        public String entity() { return current.entity(); }
        public SourceRef source() { return current.source(); }
        public String describe() { return "primary key of " + current.name() + " " + previous + " -> " + columns; }
    }

    /** A unique constraint (or unique column) new on an existing table. */
    record UniqueAdded(Snapshot.Table current, Snapshot.Index unique) implements SchemaChange {
        public String table() { return current.name(); }
        public String entity() { return current.entity(); }
        public SourceRef source() { return unique.source() != null ? unique.source() : current.source(); }
        public String describe() { return "unique constraint " + unique.name() + " " + unique.columns() + " added"; }
    }

    /** A unique constraint the current mapping no longer has. */
    record UniqueDropped(Snapshot.Table current, Snapshot.Index previous) implements SchemaChange {
        public String table() { return current.name(); }
        public String entity() { return current.entity(); }
        public SourceRef source() { return current.source(); }
        public String describe() { return "unique constraint " + previous.name() + " dropped"; }
    }

    /** An index (unique or not) new on an existing table. */
    record IndexAdded(Snapshot.Table current, Snapshot.Index index) implements SchemaChange {
        public String table() { return current.name(); }
        public String entity() { return current.entity(); }
        public SourceRef source() { return index.source() != null ? index.source() : current.source(); }
        public String describe() { return "index " + index.name() + " " + index.columns() + " added"; }
    }

    /** An index the current mapping no longer has. */
    record IndexDropped(Snapshot.Table current, Snapshot.Index previous) implements SchemaChange {
        public String table() { return current.name(); }
        public String entity() { return current.entity(); }
        public SourceRef source() { return current.source(); }
        public String describe() { return "index " + previous.name() + " dropped"; }
    }

    /** A foreign key new on an existing table. */
    record ForeignKeyAdded(Snapshot.Table current, Snapshot.ForeignKey key) implements SchemaChange {
        public String table() { return current.name(); }
        public String entity() { return current.entity(); }
        public SourceRef source() { return key.source() != null ? key.source() : current.source(); }
        public String describe() {
            return "foreign key " + key.name() + " " + key.columns() + " -> " + key.referencedTable() + " added";
        }
    }

    /** A foreign key the current mapping no longer has. */
    record ForeignKeyDropped(Snapshot.Table current, Snapshot.ForeignKey previous) implements SchemaChange {
        public String table() { return current.name(); }
        public String entity() { return current.entity(); }
        public SourceRef source() { return current.source(); }
        public String describe() { return "foreign key " + previous.name() + " dropped"; }
    }

    /** A new sequence (an entity's identifier generated from a sequence). */
    record SequenceAdded(Snapshot.Sequence sequence) implements SchemaChange {
        public String table() { return null; }
        public String entity() { return sequence.entity(); }
        public SourceRef source() { return sequence.source(); }
        public String describe() { return "sequence " + sequence.name() + " added"; }
    }

    /** A sequence no longer used. */
    record SequenceDropped(Snapshot.Sequence previous) implements SchemaChange {
        public String table() { return null; }
        public String entity() { return previous.entity(); }
        public SourceRef source() { return null; }
        public String describe() { return "sequence " + previous.name() + " dropped"; }
    }
}
