package dev.entitylint.processor.evolve;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the Flyway migrations (PostgreSQL) for the changes from one snapshot to the next, and
 * the next snapshot, as text: deterministic for the same input. Up to three versions, each with
 * its undo script ({@code U<n>__...sql}):
 * <ol>
 * <li>{@code V<n>__<description>.sql}, the expand step, safe while the previous release still
 * runs: new sequences and tables (with their indexes), renames stated with {@code @RenamedFrom},
 * new columns (nullable, or with their default; a NOT NULL one without default is added nullable
 * here and constrained in the contract step), widened types, dropped NOT NULLs, defaults, new
 * unique constraints, and foreign keys added {@code NOT VALID} then validated separately;</li>
 * <li>{@code V<n+1>__<description>_indexes.sql}, new indexes of existing tables built
 * {@code CONCURRENTLY}, outside a transaction ({@code executeInTransaction=false} in the script
 * configuration file Flyway reads beside it, {@code V<n+1>__..._indexes.sql.conf});</li>
 * <li>{@code V<n+2>__<description>_contract.sql}, to ship in a later deploy than the expand step,
 * once no running code needs what it removes: drops (tables, columns, indexes, constraints,
 * sequences), NOT NULL after a backfill, primary key changes.</li>
 * </ol>
 * Only the versions that have statements are written, numbered consecutively; the snapshot takes
 * the last version's number. Every index and constraint is named explicitly.
 */
public final class MigrationWriter {

    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "binary",
            "both", "case", "cast", "check", "collate", "collation", "column", "concurrently", "constraint", "create",
            "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
            "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having",
            "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading",
            "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset",
            "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references", "returning",
            "right", "select", "session_user", "similar", "some", "symmetric", "table", "tablesample", "then", "to",
            "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window",
            "with");

    private MigrationWriter() {
    }

    /**
     * The files to write, by file name, in writing order (empty when nothing changed).
     *
     * @param previous the latest snapshot, or {@code null} for an empty directory (then V1 creates everything)
     * @param current the current schema
     * @param changes {@link SchemaDiff#between} them
     * @param firstVersion the version of the first script (one more than the highest in the directory)
     * @param description the Flyway description ({@code add_customer_email})
     */
    public static Map<String, String> write(Snapshot previous, Snapshot current, List<SchemaChange> changes,
            BigInteger firstVersion, String description) {
        Map<String, String> files = new LinkedHashMap<>();
        if (changes.isEmpty()) {
            return files;
        }
        Scripts scripts = new Scripts(current);
        // New sequences and tables first, their foreign keys once all exist, then renames, then the rest.
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.SequenceAdded || change instanceof SchemaChange.TableAdded) {
                scripts.add(change);
            }
        }
        scripts.flushKeys();
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.TableRenamed) {
                scripts.add(change);
            }
        }
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.ColumnRenamed) {
                scripts.add(change);
            }
        }
        for (SchemaChange change : changes) {
            if (!(change instanceof SchemaChange.SequenceAdded || change instanceof SchemaChange.TableAdded
                    || change instanceof SchemaChange.TableRenamed || change instanceof SchemaChange.ColumnRenamed)) {
                scripts.add(change);
            }
        }
        if (scripts.expand.isEmpty() && scripts.indexes.isEmpty() && scripts.contract.isEmpty()) {
            // Changes the database does not see (a new enum constant: no check constraint is written):
            // a version of comments, so the snapshot still moves on with a version of its own.
            for (SchemaChange change : changes) {
                scripts.expand.add("-- " + change.describe().replace('\n', ' ') + ": no SQL needed");
                scripts.undoExpand.add("-- " + change.describe().replace('\n', ' ') + ": nothing to undo");
            }
        }
        BigInteger version = firstVersion;
        String header = "-- Written by entitylint (-Aentitylint.migrations.write=" + description + ") from the changes "
                + (previous == null ? "to an empty schema" : "since the previous snapshot") + ".\n";
        if (!scripts.expand.isEmpty()) {
            files.put("V" + version + "__" + description + ".sql", header + "-- Expand: safe to apply before the new code ships.\n\n"
                    + String.join("\n", scripts.expand) + "\n");
            files.put("U" + version + "__" + description + ".sql", header + "-- Undoes V" + version + ".\n\n"
                    + String.join("\n", reversed(scripts.undoExpand)) + "\n");
            version = version.add(BigInteger.ONE);
        }
        if (!scripts.indexes.isEmpty()) {
            String name = "V" + version + "__" + description + "_indexes.sql";
            files.put(name, header + "-- Indexes of existing tables, built without blocking writes: this script runs "
                    + "outside a transaction (" + name + ".conf).\n\n" + String.join("\n", scripts.indexes) + "\n");
            files.put(name + ".conf", "executeInTransaction=false\n");
            String undo = "U" + version + "__" + description + "_indexes.sql";
            files.put(undo, header + "-- Undoes V" + version + ", outside a transaction (" + undo + ".conf).\n\n"
                    + String.join("\n", reversed(scripts.undoIndexes)) + "\n");
            files.put(undo + ".conf", "executeInTransaction=false\n");
            version = version.add(BigInteger.ONE);
        }
        if (!scripts.contract.isEmpty()) {
            files.put("V" + version + "__" + description + "_contract.sql", header
                    + "-- Contract: ship this in a later deploy than the expand step, once no running code reads or "
                    + "writes what it removes.\n\n" + String.join("\n", scripts.contract) + "\n");
            files.put("U" + version + "__" + description + "_contract.sql", header + "-- Undoes V" + version
                    + " (the structure only: data dropped with a column or table is gone).\n\n"
                    + String.join("\n", reversed(scripts.undoContract)) + "\n");
            version = version.add(BigInteger.ONE);
        }
        BigInteger last = version.subtract(BigInteger.ONE);
        files.put("V" + last + "__" + description + MigrationsDirectory.SNAPSHOT_SUFFIX, current.render());
        return files;
    }

    private static List<String> reversed(List<String> statements) {
        List<String> copy = new ArrayList<>(statements);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** The statements of each step, in the order of the changes. */
    private static final class Scripts {
        final Snapshot current;
        final List<String> expand = new ArrayList<>();
        final List<String> undoExpand = new ArrayList<>();
        final List<String> indexes = new ArrayList<>();
        final List<String> undoIndexes = new ArrayList<>();
        final List<String> contract = new ArrayList<>();
        final List<String> undoContract = new ArrayList<>();
        /** Foreign keys of new tables, added once every new table exists. */
        final List<String> newTableKeys = new ArrayList<>();
        final List<String> undoNewTableKeys = new ArrayList<>();

        Scripts(Snapshot current) {
            this.current = current;
        }

        void add(SchemaChange change) {
            if (change instanceof SchemaChange.SequenceAdded c) {
                expand.add("create sequence " + id(c.sequence().name(), false) + " start with "
                        + c.sequence().start() + " increment by " + c.sequence().increment() + ";");
                undoExpand.add("drop sequence if exists " + id(c.sequence().name(), false) + ";");
            } else if (change instanceof SchemaChange.SequenceDropped c) {
                contract.add("drop sequence if exists " + id(c.previous().name(), false) + ";");
                undoContract.add("create sequence " + id(c.previous().name(), false) + " start with "
                        + c.previous().start() + " increment by " + c.previous().increment() + ";");
            } else if (change instanceof SchemaChange.TableAdded c) {
                createTable(c.current());
            } else if (change instanceof SchemaChange.TableDropped c) {
                contract.add("drop table " + table(c.previous()) + ";");
                undoContract.add(createTableStatement(c.previous(), false));
            } else if (change instanceof SchemaChange.TableRenamed c) {
                expand.add("alter table " + table(c.previous()) + " rename to " + table(c.current()) + ";");
                undoExpand.add("alter table " + table(c.current()) + " rename to " + table(c.previous()) + ";");
            } else if (change instanceof SchemaChange.ColumnAdded c) {
                addColumn(c.current(), c.column());
            } else if (change instanceof SchemaChange.ColumnDropped c) {
                Snapshot.Column old = c.previous();
                if (!old.nullable() && old.defaultValue() == null && !old.identity()) {
                    // The new code no longer writes it: it must accept NULL before the code ships.
                    expand.add(alter(c.current()) + " alter column " + column(old) + " drop not null;");
                    undoExpand.add("-- TODO review: NOT NULL of " + c.current().name() + "." + old.name() + " is not "
                            + "restored, rows written since have no value in it; after a backfill:\n-- "
                            + alter(c.current()) + " alter column " + column(old) + " set not null;");
                }
                contract.add(alter(c.current()) + " drop column " + column(old) + ";");
                undoContract.add(alter(c.current()) + " add column " + column(old) + " " + type(old) + ";");
            } else if (change instanceof SchemaChange.ColumnRenamed c) {
                expand.add(alter(c.current()) + " rename column " + column(c.previous()) + " to "
                        + column(c.column()) + ";");
                undoExpand.add(alter(c.current()) + " rename column " + column(c.column()) + " to "
                        + column(c.previous()) + ";");
            } else if (change instanceof SchemaChange.ColumnTypeChanged c) {
                expand.add(alter(c.current()) + " alter column " + column(c.column()) + " type " + type(c.column())
                        + ";");
                undoExpand.add(alter(c.current()) + " alter column " + column(c.column()) + " type "
                        + type(c.previous()) + ";");
            } else if (change instanceof SchemaChange.NullabilityChanged c) {
                if (c.column().nullable()) {
                    expand.add(alter(c.current()) + " alter column " + column(c.column()) + " drop not null;");
                    undoExpand.add(alter(c.current()) + " alter column " + column(c.column()) + " set not null;");
                } else {
                    setNotNull(c.current(), c.column());
                }
            } else if (change instanceof SchemaChange.DefaultChanged c) {
                expand.add(setDefault(c.current(), c.column(), c.column().defaultValue()));
                undoExpand.add(setDefault(c.current(), c.column(), c.previous().defaultValue()));
            } else if (change instanceof SchemaChange.EnumChanged c) {
                if (!c.removed().isEmpty() || c.ordinalsShifted() && "ORDINAL".equals(c.storage())) {
                    contract.add("-- TODO review: the constants of the enum stored in " + c.current().name() + "."
                            + c.column().name() + " (" + c.storage() + ") changed"
                            + (c.removed().isEmpty() ? "" : "; rows may still hold " + String.join(", ", c.removed()))
                            + (c.ordinalsShifted() && "ORDINAL".equals(c.storage())
                                    ? "; stored positions now mean other constants" : "")
                            + ": update those rows here.");
                }
            } else if (change instanceof SchemaChange.PrimaryKeyChanged c) {
                String name = c.current().primaryKeyName();
                if (!c.previous().isEmpty()) {
                    contract.add(alter(c.current()) + " drop constraint if exists " + id(name, false) + ";");
                    undoContract.add(alter(c.current()) + " add constraint " + id(name, false) + " primary key ("
                            + columns(c.current(), c.previous()) + ");");
                }
                if (!c.columns().isEmpty()) {
                    contract.add(alter(c.current()) + " add constraint " + id(name, false) + " primary key ("
                            + columns(c.current(), c.columns()) + ");");
                    undoContract.add(alter(c.current()) + " drop constraint if exists " + id(name, false) + ";");
                }
            } else if (change instanceof SchemaChange.UniqueAdded c) {
                expand.add(alter(c.current()) + " add constraint " + id(c.unique().name(), false) + " unique ("
                        + columns(c.current(), c.unique().columns()) + ");");
                undoExpand.add(alter(c.current()) + " drop constraint if exists " + id(c.unique().name(), false)
                        + ";");
            } else if (change instanceof SchemaChange.UniqueDropped c) {
                contract.add(alter(c.current()) + " drop constraint if exists " + id(c.previous().name(), false)
                        + ";");
                undoContract.add(alter(c.current()) + " add constraint " + id(c.previous().name(), false)
                        + " unique (" + columns(c.current(), c.previous().columns()) + ");");
            } else if (change instanceof SchemaChange.IndexAdded c) {
                indexes.add("create " + (c.index().unique() ? "unique " : "") + "index concurrently if not exists "
                        + id(c.index().name(), false) + " on " + table(c.current()) + " ("
                        + columns(c.current(), c.index().columns()) + ");");
                undoIndexes.add("drop index concurrently if exists " + id(c.index().name(), false) + ";");
            } else if (change instanceof SchemaChange.IndexDropped c) {
                contract.add("drop index if exists " + id(c.previous().name(), false) + ";");
                undoContract.add("create " + (c.previous().unique() ? "unique " : "") + "index "
                        + id(c.previous().name(), false) + " on " + table(c.current()) + " ("
                        + columns(c.current(), c.previous().columns()) + ");");
            } else if (change instanceof SchemaChange.ForeignKeyAdded c) {
                String name = id(c.key().name(), false);
                expand.add(alter(c.current()) + " add constraint " + name + " foreign key ("
                        + columns(c.current(), c.key().columns()) + ") references " + referenced(c.key())
                        + " not valid;");
                expand.add(alter(c.current()) + " validate constraint " + name + ";");
                undoExpand.add(alter(c.current()) + " drop constraint if exists " + name + ";");
            } else if (change instanceof SchemaChange.ForeignKeyDropped c) {
                contract.add(alter(c.current()) + " drop constraint if exists " + id(c.previous().name(), false)
                        + ";");
                undoContract.add(alter(c.current()) + " add constraint " + id(c.previous().name(), false)
                        + " foreign key (" + columns(c.current(), c.previous().columns()) + ") references "
                        + referenced(c.previous()) + ";");
            }
        }

        void flushKeys() {
            expand.addAll(newTableKeys);
            undoExpand.addAll(undoNewTableKeys);
            newTableKeys.clear();
            undoNewTableKeys.clear();
        }

        private String referenced(Snapshot.ForeignKey key) {
            java.util.Optional<Snapshot.Table> target = current.table(key.referencedTable());
            String table = target.map(MigrationWriter::table).orElse(id(key.referencedTable(), false));
            if (key.referencedColumns().isEmpty()) {
                return table;
            }
            return table + " (" + (target.isPresent() ? columns(target.get(), key.referencedColumns())
                    : String.join(", ", key.referencedColumns().stream().map(c -> id(c, false)).toList())) + ")";
        }

        private void createTable(Snapshot.Table table) {
            expand.add(createTableStatement(table, true));
            undoExpand.add("drop table if exists " + table(table) + " cascade;");
            for (Snapshot.Index index : table.indexes()) {
                expand.add("create " + (index.unique() ? "unique " : "") + "index " + id(index.name(), false) + " on "
                        + table(table) + " (" + columns(table, index.columns()) + ");");
            }
            for (Snapshot.ForeignKey key : table.foreignKeys()) {
                newTableKeys.add(alter(table) + " add constraint " + id(key.name(), false) + " foreign key ("
                        + columns(table, key.columns()) + ") references " + referenced(key) + ";");
                undoNewTableKeys.add(alter(table) + " drop constraint if exists " + id(key.name(), false) + ";");
            }
        }

        private void addColumn(Snapshot.Table table, Snapshot.Column column) {
            boolean later = !column.nullable() && column.defaultValue() == null && !column.identity();
            String definition = type(column) + (column.identity() ? " generated by default as identity" : "")
                    + (column.defaultValue() == null ? "" : " default " + column.defaultValue())
                    + (column.nullable() || later ? "" : " not null");
            expand.add(alter(table) + " add column " + column(column) + " " + definition + ";");
            undoExpand.add(alter(table) + " drop column if exists " + column(column) + ";");
            if (later) {
                setNotNull(table, column);
            }
        }

        private void setNotNull(Snapshot.Table table, Snapshot.Column column) {
            contract.add("-- TODO backfill before this deploy: every row of " + table.name() + " needs a value in "
                    + column.name() + ", for example:\n-- update " + table(table) + " set " + column(column)
                    + " = <value> where " + column(column) + " is null;");
            contract.add(alter(table) + " alter column " + column(column) + " set not null;");
            undoContract.add(alter(table) + " alter column " + column(column) + " drop not null;");
        }
    }

    static String createTableStatement(Snapshot.Table table, boolean withUniques) {
        StringBuilder sql = new StringBuilder("create table ").append(table(table)).append(" (\n");
        List<String> lines = new ArrayList<>();
        for (Snapshot.Column column : table.columns()) {
            lines.add("    " + column(column) + " " + type(column)
                    + (column.identity() ? " generated by default as identity" : "")
                    + (column.defaultValue() == null ? "" : " default " + column.defaultValue())
                    + (column.nullable() ? "" : " not null"));
        }
        if (!table.primaryKey().isEmpty()) {
            lines.add("    constraint " + id(table.primaryKeyName(), false) + " primary key ("
                    + columns(table, table.primaryKey()) + ")");
        }
        if (withUniques) {
            for (Snapshot.Index unique : table.uniqueConstraints()) {
                lines.add("    constraint " + id(unique.name(), false) + " unique (" + columns(table, unique.columns())
                        + ")");
            }
        }
        sql.append(String.join(",\n", lines)).append("\n);");
        return sql.toString();
    }

    private static String alter(Snapshot.Table table) {
        return "alter table " + table(table);
    }

    private static String setDefault(Snapshot.Table table, Snapshot.Column column, String value) {
        return alter(table) + " alter column " + column(column) + (value == null ? " drop default;" : " set default "
                + value + ";");
    }

    static String table(Snapshot.Table table) {
        return id(table.name(), table.quoted());
    }

    static String column(Snapshot.Column column) {
        return id(column.name(), column.quoted());
    }

    private static String columns(Snapshot.Table table, List<String> names) {
        List<String> written = new ArrayList<>();
        for (String name : names) {
            written.add(table.column(name).map(MigrationWriter::column).orElse(id(name, false)));
        }
        return String.join(", ", written);
    }

    /** A column's type, or {@code text} under a comment when Hibernate's choice is not known. */
    static String type(Snapshot.Column column) {
        if (column.sqlType() != null) {
            return column.sqlType();
        }
        return "text /* TODO review: entitylint does not know the type Hibernate uses for "
                + (column.javaType() == null ? "this column" : column.javaType().replace("*/", "* /")) + " */";
    }

    /**
     * An identifier as PostgreSQL must read it: quoted when the mapping quotes it, when it is no
     * plain identifier or when it is a reserved word (then lower-case, as PostgreSQL folds an
     * unquoted name and Hibernate looks it up); else as it is.
     */
    static String id(String name, boolean quoted) {
        if (quoted || !PostgresTypes.plainIdentifier(name)) {
            return '"' + name.replace("\"", "\"\"") + '"';
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return RESERVED.contains(lower) ? '"' + lower + '"' : name;
    }
}
