package dev.entitylint.processor.evolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The indexes and unique constraints a project's migrations create ({@code -Aentitylint.migrations}):
 * Flyway-style SQL ({@code CREATE [UNIQUE] INDEX ... ON t (a, b)}, {@code ALTER TABLE t ADD
 * [CONSTRAINT x] UNIQUE|PRIMARY KEY (a)}) and Liquibase changelogs ({@code createIndex},
 * {@code addUniqueConstraint}, {@code addPrimaryKey}, in XML or YAML). Read once per compilation,
 * so a foreign key the mapping leaves unindexed but a migration indexes counts as indexed.
 * Only what is certain is read: an expression index or a statement it cannot parse adds nothing.
 */
public final class MigrationIndexes {

    private static final String NAME = "(?:\"[^\"]+\"|`[^`]+`|\\[[^\\]]+\\]|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final String QUALIFIED = NAME + "(?:\\s*\\.\\s*" + NAME + ")*";
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "CREATE\\s+(?:UNIQUE\\s+)?(?:CLUSTERED\\s+|NONCLUSTERED\\s+)?INDEX\\s+(?:CONCURRENTLY\\s+)?"
                    + "(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:" + QUALIFIED + "\\s+)?ON\\s+(?:ONLY\\s+)?(" + QUALIFIED + ")"
                    + "\\s*(?:USING\\s+\\w+\\s*)?\\(([^()]*)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTER_ADD_KEY = Pattern.compile(
            "ALTER\\s+TABLE\\s+(?:ONLY\\s+)?(?:IF\\s+EXISTS\\s+)?(" + QUALIFIED + ")\\s+ADD\\s+(?:CONSTRAINT\\s+"
                    + NAME + "\\s+)?(?:UNIQUE|PRIMARY\\s+KEY)\\s*(?:KEY\\s+|INDEX\\s+)?(?:" + NAME + "\\s*)?\\(([^()]*)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "CREATE\\s+(?:(?:GLOBAL\\s+|LOCAL\\s+)?(?:TEMPORARY|TEMP)\\s+|UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?("
                    + QUALIFIED + ")\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_KEY = Pattern.compile(
            "^(?:CONSTRAINT\\s+" + NAME + "\\s+)?(?:UNIQUE|PRIMARY\\s+KEY)\\s*(?:KEY\\s+|INDEX\\s+)?(?:" + NAME
                    + "\\s*)?\\(([^()]*)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMN_KEY = Pattern.compile(
            "\\b(?:UNIQUE|PRIMARY\\s+KEY)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_CREATE_TABLE = Pattern.compile(
            "<createTable\\b([^>]*?)>(.*?)</createTable>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern XML_TABLE_COLUMN = Pattern.compile(
            "<column\\b([^>]*?)(/>|>(.*?)</column>)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern XML_KEY_CONSTRAINT = Pattern.compile(
            "<constraints\\b[^>]*?\\b(?:unique|primaryKey)\\s*=\\s*\"true\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern SQL_RENAME_COLUMN = Pattern.compile(
            "ALTER\\s+TABLE\\s+(?:ONLY\\s+)?(?:IF\\s+EXISTS\\s+)?(" + QUALIFIED + ")\\s+RENAME\\s+(?:COLUMN\\s+)?("
                    + NAME + ")\\s+TO\\s+(" + NAME + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_RENAME_COLUMN = Pattern.compile("<renameColumn\\b([^>]*?)/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_CHANGE = Pattern.compile(
            "<(createIndex|addUniqueConstraint|addPrimaryKey)\\b([^>]*?)(/?)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ATTRIBUTE = Pattern.compile("([A-Za-z]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern XML_COLUMN = Pattern.compile("<column\\b[^>]*?\\bname\\s*=\\s*\"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YAML_KEY = Pattern.compile("^(\\s*)(?:-\\s+)?([A-Za-z]+)\\s*:\\s*(.*?)\\s*$");

    /** Lower-case table name (without schema) → the column lists of its indexes, each lower-case. */
    private final Map<String, List<List<String>>> byTable;

    private MigrationIndexes(Map<String, List<List<String>>> byTable) {
        this.byTable = byTable;
    }

    /** No migrations read. */
    public static final MigrationIndexes NONE = new MigrationIndexes(Map.of());

    /**
     * Reads every {@code .sql}, {@code .xml}, {@code .yaml} and {@code .yml} file under
     * {@code directory}. An unreadable directory is an {@link IOException} for the caller to report.
     */
    public static MigrationIndexes read(Path directory) throws IOException {
        Map<String, List<List<String>>> byTable = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".sql") && !name.endsWith(".xml") && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
                continue;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException notText) {
                continue;
            }
            if (name.endsWith(".sql")) {
                readSql(stripComments(text), byTable);
            } else if (name.endsWith(".xml")) {
                readXml(text, byTable);
            } else {
                readYaml(text, byTable);
            }
            renameColumns(name.endsWith(".sql") ? stripComments(text) : text, byTable);
        }
        return new MigrationIndexes(byTable);
    }

    /**
     * Applies the column renames of a file ({@code ALTER TABLE t RENAME COLUMN a TO b}, Liquibase's
     * {@code renameColumn}) to the indexes read so far, so an index created before a rename leads
     * with the column's new name.
     */
    private static void renameColumns(String text, Map<String, List<List<String>>> byTable) {
        Matcher sql = SQL_RENAME_COLUMN.matcher(text);
        while (sql.find()) {
            rename(byTable, sql.group(1), sql.group(2), sql.group(3));
        }
        Matcher xml = XML_RENAME_COLUMN.matcher(text);
        while (xml.find()) {
            Map<String, String> attributes = new HashMap<>();
            Matcher attribute = XML_ATTRIBUTE.matcher(xml.group(1));
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2));
            }
            if (attributes.containsKey("tableName") && attributes.containsKey("oldColumnName")
                    && attributes.containsKey("newColumnName")) {
                rename(byTable, attributes.get("tableName"), attributes.get("oldColumnName"),
                        attributes.get("newColumnName"));
            }
        }
    }

    private static void rename(Map<String, List<List<String>>> byTable, String qualifiedTable, String from,
            String to) {
        String[] parts = qualifiedTable.split("\\s*\\.\\s*");
        String table = parts[parts.length - 1].replaceAll("^[\"`\\[]|[\"`\\]]$", "").toLowerCase(Locale.ROOT);
        List<String> old = columns(from);
        List<String> renamed = columns(to);
        List<List<String>> indexes = byTable.get(table);
        if (indexes == null || old.size() != 1 || renamed.size() != 1) {
            return;
        }
        indexes.replaceAll(columns -> columns.stream()
                .map(c -> c.equals(old.get(0)) ? renamed.get(0) : c).toList());
    }

    /** Reads SQL text (also a Liquibase {@code <sql>} change or a formatted SQL changelog). */
    static void readSql(String sql, Map<String, List<List<String>>> into) {
        for (Pattern pattern : List.of(CREATE_INDEX, ALTER_ADD_KEY)) {
            Matcher matcher = pattern.matcher(sql);
            while (matcher.find()) {
                add(into, matcher.group(1), columns(matcher.group(2)));
            }
        }
        Matcher table = CREATE_TABLE.matcher(sql);
        while (table.find()) {
            String body = parenthesized(sql, table.end() - 1);
            if (body != null) {
                readTableBody(table.group(1), body, into);
            }
        }
    }

    /** The text between the parenthesis at {@code open} and the one that closes it, or {@code null}. */
    private static String parenthesized(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0) {
                    return null;
                }
                i = end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return text.substring(open + 1, i);
            }
        }
        return null;
    }

    /**
     * The keys a {@code CREATE TABLE} declares: {@code [CONSTRAINT x] UNIQUE|PRIMARY KEY (a, b)}
     * elements and columns marked {@code UNIQUE} or {@code PRIMARY KEY} themselves.
     */
    private static void readTableBody(String table, String body, Map<String, List<List<String>>> into) {
        List<String> elements = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                elements.add(body.substring(start, i).strip());
                start = i + 1;
            }
        }
        elements.add(body.substring(start).strip());
        for (String element : elements) {
            Matcher key = TABLE_KEY.matcher(element);
            if (key.find()) {
                add(into, table, columns(key.group(1)));
                continue;
            }
            String outside = element.replaceAll("\\([^()]*\\)", " ").replaceAll("'[^']*'", " ");
            if (COLUMN_KEY.matcher(outside).find() && !element.matches("(?is)^(CONSTRAINT|CHECK|FOREIGN|EXCLUDE)\\b.*")) {
                add(into, table, columns(element.split("\\s+")[0]));
            }
        }
    }

    private static void readXml(String xml, Map<String, List<List<String>>> into) {
        readSql(xml.replaceAll("(?s)<!--.*?-->", ""), into);
        Matcher createTable = XML_CREATE_TABLE.matcher(xml);
        while (createTable.find()) {
            Matcher tableName = XML_ATTRIBUTE.matcher(createTable.group(1));
            String table = null;
            while (tableName.find()) {
                if (tableName.group(1).equals("tableName")) {
                    table = tableName.group(2);
                }
            }
            Matcher column = XML_TABLE_COLUMN.matcher(createTable.group(2));
            while (table != null && column.find()) {
                Matcher name = XML_ATTRIBUTE.matcher(column.group(1));
                String columnName = null;
                while (name.find()) {
                    if (name.group(1).equals("name")) {
                        columnName = name.group(2);
                    }
                }
                if (columnName != null && column.group(3) != null
                        && XML_KEY_CONSTRAINT.matcher(column.group(3)).find()) {
                    add(into, table, columns(columnName));
                }
            }
        }
        Matcher change = XML_CHANGE.matcher(xml);
        while (change.find()) {
            Map<String, String> attributes = new HashMap<>();
            Matcher attribute = XML_ATTRIBUTE.matcher(change.group(2));
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2));
            }
            String table = attributes.get("tableName");
            if (table == null) {
                continue;
            }
            List<String> columns;
            if (attributes.containsKey("columnNames")) {
                columns = columns(attributes.get("columnNames"));
            } else if (change.group(3).isEmpty()) {
                int end = xml.indexOf("</" + change.group(1), change.end());
                columns = new ArrayList<>();
                Matcher column = XML_COLUMN.matcher(end < 0 ? "" : xml.substring(change.end(), end));
                while (column.find()) {
                    columns.add(column.group(1).toLowerCase(Locale.ROOT));
                }
            } else {
                continue;
            }
            add(into, table, columns);
        }
    }

    /** Liquibase YAML: a {@code createIndex}/{@code addUniqueConstraint}/{@code addPrimaryKey} block and its keys. */
    private static void readYaml(String yaml, Map<String, List<List<String>>> into) {
        String[] lines = yaml.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            Matcher key = YAML_KEY.matcher(lines[i]);
            if (!key.matches() || !List.of("createIndex", "addUniqueConstraint", "addPrimaryKey").contains(key.group(2))) {
                if (key.matches() && key.group(2).equals("sql")) {
                    readSql(key.group(3), into);
                }
                continue;
            }
            int indent = key.group(1).length();
            String table = null;
            List<String> columns = new ArrayList<>();
            for (int j = i + 1; j < lines.length; j++) {
                Matcher inner = YAML_KEY.matcher(lines[j]);
                if (lines[j].isBlank()) {
                    continue;
                }
                if (!inner.matches() || inner.group(1).length() <= indent) {
                    break;
                }
                String value = unquote(inner.group(3));
                switch (inner.group(2)) {
                    case "tableName" -> table = value;
                    case "columnNames" -> columns.addAll(columns(value));
                    case "name" -> columns.add(value.toLowerCase(Locale.ROOT));
                    default -> {
                        // indexName, unique, schemaName, column: and the like
                    }
                }
            }
            if (table != null) {
                add(into, table, columns);
            }
        }
    }

    private static String unquote(String value) {
        String trimmed = value.strip();
        if (trimmed.length() >= 2 && (trimmed.startsWith("\"") && trimmed.endsWith("\"")
                || trimmed.startsWith("'") && trimmed.endsWith("'"))) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static String stripComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
    }

    /**
     * {@code a, "B" DESC, c} → {@code [a, b, c]}; an expression ({@code lower(email)}) ends the
     * list there, since only the columns before it lead the index.
     */
    private static List<String> columns(String list) {
        List<String> columns = new ArrayList<>();
        for (String part : list.split(",")) {
            String column = part.strip().split("\\s+")[0];
            column = column.replaceAll("^[\"`\\[]|[\"`\\]]$", "");
            if (!column.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
                break;
            }
            columns.add(column.toLowerCase(Locale.ROOT));
        }
        return columns;
    }

    private static void add(Map<String, List<List<String>>> into, String qualifiedTable, List<String> columns) {
        if (columns.isEmpty()) {
            return;
        }
        String[] parts = qualifiedTable.split("\\s*\\.\\s*");
        String table = parts[parts.length - 1].replaceAll("^[\"`\\[]|[\"`\\]]$", "").toLowerCase(Locale.ROOT);
        into.computeIfAbsent(table, t -> new ArrayList<>()).add(List.copyOf(columns));
    }

    /** Whether a migration creates an index or key on {@code table} whose first columns are {@code leading}, in any order. */
    public boolean leads(String table, List<String> leading) {
        List<List<String>> indexes = byTable.get(table.replaceAll("^[\"`]|[\"`]$", "").toLowerCase(Locale.ROOT));
        if (indexes == null || leading.isEmpty()) {
            return false;
        }
        List<String> wanted = leading.stream().map(c -> c.toLowerCase(Locale.ROOT)).sorted().toList();
        for (List<String> columns : indexes) {
            if (columns.size() >= wanted.size()
                    && columns.subList(0, wanted.size()).stream().sorted().toList().equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The column lists (lower-case, in order) of the indexes and keys migrations create on {@code table}. */
    public List<List<String>> on(String table) {
        return byTable.getOrDefault(table.replaceAll("^[\"`]|[\"`]$", "").toLowerCase(Locale.ROOT), List.of());
    }

    /** How many indexes were read, for tests and notes. */
    public int size() {
        return byTable.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public String toString() {
        return "MigrationIndexes" + Arrays.toString(byTable.entrySet().toArray());
    }
}
