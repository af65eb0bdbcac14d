package dev.entitylint.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A table as one entity maps it.
 *
 * @param name the physical name, unquoted
 * @param quoted whether the name was written quoted
 * @param explicitName whether {@code @Table(name)} (or {@code @Entity(name)}) stated it
 * @param columns the columns this entity maps into the table, in declaration order
 * @param primaryKey the primary key's column names
 * @param indexes indexes, unique constraints and unique columns of the table
 * @param foreignKeys foreign keys from owning to-one associations
 * @param source the {@code @Table} annotation, or the entity class
 * @param writtenName the name exactly as written in {@code @Table(name)}, or {@code null}
 * @param nameSource the written {@code name} value of {@code @Table}, else {@link #source}
 */
public record TableModel(
        String name,
        boolean quoted,
        boolean explicitName,
        List<ColumnModel> columns,
        List<String> primaryKey,
        List<IndexModel> indexes,
        List<ForeignKeyModel> foreignKeys,
        SourceRef source,
        String writtenName,
        SourceRef nameSource) {

    /** The components before {@code writtenName}, which then is unknown. */
    public TableModel(String name, boolean quoted, boolean explicitName, List<ColumnModel> columns,
            List<String> primaryKey, List<IndexModel> indexes, List<ForeignKeyModel> foreignKeys, SourceRef source) {
        this(name, quoted, explicitName, columns, primaryKey, indexes, foreignKeys, source, null, source);
    }

    /** The column with this name, compared case-insensitively. */
    public Optional<ColumnModel> column(String columnName) {
        for (ColumnModel column : columns) {
            if (Names.same(column.name(), columnName)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Whether the given columns lead the primary key or any index or unique constraint. */
    public boolean isLedBy(List<String> leading) {
        if (!primaryKey.isEmpty() && leading.size() <= primaryKey.size()
                && Names.sameSet(primaryKey.subList(0, leading.size()), leading)) {
            return true;
        }
        return indexes.stream().anyMatch(index -> index.leadsWith(leading));
    }
}
