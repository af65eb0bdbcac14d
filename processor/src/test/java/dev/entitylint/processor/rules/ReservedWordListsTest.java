package dev.entitylint.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.processor.testing.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The {@code postgresql} and {@code h2} reserved-word lists are exactly the words those databases
 * reject as an unquoted name: for every listed word, every word of the other lists and a control
 * set of common column names, the test creates a table named by the word and a table with a column
 * named by it (and writes, updates and reads that column the way Hibernate's SQL does), and asserts
 * that the words that fail are the listed ones — no more (a false finding), no fewer (a missed one).
 */
class ReservedWordListsTest {

    /** Common names that are keywords somewhere and that users write, listed or not. */
    private static final Set<String> CONTROL = Set.of("date", "output", "timestamp", "time", "user", "value", "key",
            "order", "group", "type", "name", "status", "start", "end", "year", "month", "day", "hour", "level",
            "position", "number", "text", "comment", "password", "role", "data", "index", "count", "size",
            "description", "language", "result", "top", "both", "range", "rows", "partition", "over", "values",
            "interval", "minus", "action", "event", "option", "zone", "period", "version", "source",
            "target", "session", "condition", "sequence", "owner", "schema", "row", "rownum", "module");

    @Test
    void postgresqlRejectsExactlyThePostgresqlList() throws SQLException {
        PostgresServer.Endpoint endpoint = PostgresServer.get().newSchema("reserved_words");
        try (Connection connection = DriverManager.getConnection(endpoint.url(), endpoint.user(), endpoint.password())) {
            connection.setAutoCommit(true);
            int version = connection.getMetaData().getDatabaseMajorVersion();
            Set<String> words = candidates();
            words.addAll(query(connection, "select word from pg_get_keywords()")); // every keyword this server knows
            words.addAll(driverKeywords(connection));
            Set<String> expected = new TreeSet<>();
            for (String word : ReservedWords.POSTGRESQL) {
                if (ReservedWords.POSTGRESQL_SINCE.getOrDefault(word, 0) <= version) {
                    expected.add(word);
                }
            }
            assertRejects("PostgreSQL " + version, connection, words, expected);
        }
    }

    @Test
    void h2RejectsExactlyTheH2List() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:reserved_words", "sa", "")) {
            Set<String> words = candidates();
            words.addAll(driverKeywords(connection));
            assertRejects("H2 " + connection.getMetaData().getDatabaseProductVersion(), connection, words,
                    new TreeSet<>(ReservedWords.H2));
        }
    }

    private static Set<String> candidates() {
        Set<String> words = new TreeSet<>(CONTROL);
        for (String list : ReservedWords.DISPLAY_NAMES.keySet()) {
            words.addAll(ReservedWords.list(list));
        }
        return words;
    }

    private static void assertRejects(String database, Connection connection, Set<String> words, Set<String> expected)
            throws SQLException {
        assertTrue(words.containsAll(expected));
        Set<String> failAsTable = new TreeSet<>();
        Set<String> failAsColumn = new TreeSet<>();
        Set<String> failInStatements = new TreeSet<>();
        for (String word : words) {
            if (!succeeds(connection, "create table " + word + " (id int)", "drop table " + word)) {
                failAsTable.add(word);
            }
            if (!succeeds(connection, "create table probe (id int, " + word + " int)", "drop table probe")) {
                failAsColumn.add(word);
                continue;
            }
            // What Hibernate writes: unqualified in insert and update, qualified by an alias in select.
            if (!succeeds(connection, "create table probe (id int, " + word + " int)",
                    "insert into probe (id, " + word + ") values (1, 1)",
                    "update probe set " + word + " = 2 where id = 1",
                    "select p.id, p." + word + " from probe p where p." + word + " = 2 order by p." + word,
                    "drop table probe")) {
                failInStatements.add(word);
            }
        }
        assertEquals(expected, failAsColumn, database + ": the words that fail as column names (listed ⇔ fails)\n"
                + "listed but accepted: " + minus(expected, failAsColumn) + "\nfail but not listed: "
                + minus(failAsColumn, expected));
        assertEquals(expected, failAsTable, database + ": the words that fail as table names (listed ⇔ fails)\n"
                + "listed but accepted: " + minus(expected, failAsTable) + "\nfail but not listed: "
                + minus(failAsTable, expected));
        assertEquals(Set.of(), failInStatements,
                database + ": words accepted in create table but failing in insert, update or select");
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> difference = new TreeSet<>(a);
        difference.removeAll(b);
        return difference;
    }

    /** Runs the statements in order; false when one fails, after dropping what the others left. */
    private static boolean succeeds(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            return true;
        } catch (SQLException e) {
            try (Statement cleanup = connection.createStatement()) {
                cleanup.execute("drop table if exists probe");
            }
            return false;
        }
    }

    /** The keywords the JDBC driver reports beyond SQL:2003's, which the candidates already hold. */
    private static Set<String> driverKeywords(Connection connection) throws SQLException {
        Set<String> words = new TreeSet<>();
        for (String word : connection.getMetaData().getSQLKeywords().split(",")) {
            if (word.trim().matches("[A-Za-z_][A-Za-z_0-9]*")) {
                words.add(word.trim().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words;
    }

    private static Set<String> query(Connection connection, String sql) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
