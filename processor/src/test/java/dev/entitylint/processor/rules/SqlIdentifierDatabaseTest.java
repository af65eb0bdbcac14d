package dev.entitylint.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.processor.model.SqlIdentifiers;
import dev.entitylint.processor.testing.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code sql-identifier} accepts and refuses, checked on a real PostgreSQL and on H2: every
 * name it accepts unquoted works unquoted as a table and a column name in the statements Hibernate
 * writes; every name it refuses fails there or names something else than it seems to; letters
 * outside ASCII (its note) work but fold differently on the two databases; quoted names work
 * unless they hold what the rule refuses there.
 */
class SqlIdentifierDatabaseTest {

    /** Accepted unquoted. */
    private static final List<String> PLAIN = List.of("total", "_hidden", "line2", "price$eur", "Mixed_Case", "x");

    /** Accepted unquoted with a note: letters outside ASCII. */
    private static final List<String> NON_ASCII = List.of("größe", "名前", "año", "Ärger");

    /** Refused unquoted, and failing unquoted on both databases. */
    private static final List<String> FAILING = List.of("unit price", "1st", "a-b", "a;b", "x*/y", "it's", "back\\slash",
            "a\nb", "tab\tbed", "a#b", "a@b", "$x", "a+b", "a(b)", "a,b");

    @Test
    void theClassificationIsWhatTheTestsBelowAssume() {
        PLAIN.forEach(name -> assertNull(SqlIdentifiers.problem(name), name));
        NON_ASCII.forEach(name -> assertEquals(SqlIdentifiers.Kind.NON_ASCII, SqlIdentifiers.problem(name).kind(), name));
        FAILING.forEach(name -> assertEquals(SqlIdentifiers.Kind.INVALID, SqlIdentifiers.problem(name).kind(), name));
        for (String name : List.of("a.b", "zero\u200bwidth", "cafe\u0301", "a\u00a0b")) {
            assertEquals(SqlIdentifiers.Kind.INVALID, SqlIdentifiers.problem(name).kind(), name);
        }
        for (String name : List.of("\"unit price\"", "`a;b`", "\"say \"\"hi\"\"\"", "[order]")) {
            assertNull(SqlIdentifiers.problem(name), name);
        }
        for (String name : List.of("\"a\"b\"", "\"\"", "``", "\" \"", "\"a\nb\"")) {
            assertEquals(SqlIdentifiers.Kind.INVALID, SqlIdentifiers.problem(name).kind(), name);
        }
    }

    @Test
    void postgresql() throws SQLException {
        PostgresServer.Endpoint endpoint = PostgresServer.get().newSchema("sql_identifier");
        try (Connection connection = DriverManager.getConnection(endpoint.url(), endpoint.user(), endpoint.password())) {
            connection.setAutoCommit(true);
            check("PostgreSQL", connection);
            // PostgreSQL folds only ASCII letters: Ä stays, so ÄNDERUNG and änderung are two tables.
            assertTrue(succeeds(connection, "create table ÄNDERUNG (id int)", "create table änderung (id int)",
                    "drop table ÄNDERUNG", "drop table änderung"));
            // Nothing between the quotes: PostgreSQL refuses it (H2 takes it as a name, empty).
            String empty = failure(connection, "create table probe (id int, \"\" int)");
            assertTrue(empty.contains("zero-length delimited identifier"), empty);
            // A name with a dot is read as schema.table.
            String failure = failure(connection, "create table a.b (id int)");
            assertTrue(failure.contains("schema \"a\" does not exist"), failure);
        }
    }

    @Test
    void h2() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:sql_identifier", "sa", "")) {
            check("H2", connection);
            // H2 upper-cases by Java's rules: ß becomes SS, so straße and strasse are one table.
            String failure = failure(connection, "create table straße (id int)", "create table strasse (id int)");
            assertTrue(failure.contains("STRASSE"), failure);
            assertTrue(succeeds(connection, "drop table straße"));
            // ÄNDERUNG and änderung are one table too (on PostgreSQL: two).
            assertNotNull(failure(connection, "create table ÄNDERUNG (id int)", "create table änderung (id int)"));
            assertTrue(succeeds(connection, "drop table änderung"));
            String dotted = failure(connection, "create table a.b (id int)");
            assertTrue(dotted.contains("Schema \"A\" not found"), dotted);
        }
    }

    private static void check(String database, Connection connection) throws SQLException {
        List<String> wrong = new ArrayList<>();
        for (String name : concat(PLAIN, NON_ASCII)) {
            if (!worksUnquoted(connection, name)) {
                wrong.add("accepted but fails unquoted: " + name);
            }
        }
        for (String name : FAILING) {
            if (succeeds(connection, "create table " + name + " (id int)", "drop table " + name)
                    || succeeds(connection, "create table probe (id int, " + name + " int)", "drop table probe")) {
                wrong.add("refused but works unquoted: " + name.replace("\n", "\\n"));
            }
        }
        // Invisible differences: the name works but is not the name it looks like.
        // (H2 rejects the no-break space outright, PostgreSQL takes it as a letter.)
        for (String[] pair : List.of(new String[] {"zero\u200bwidth", "zerowidth"},
                new String[] {"cafe\u0301", "caf\u00e9"}, new String[] {"a\u00a0b", "\"a b\""})) {
            if (succeeds(connection, "create table probe (id int, " + pair[0] + " int)")) {
                if (succeeds(connection, "select " + pair[1] + " from probe")) {
                    wrong.add("refused, but the name is the one it looks like: " + pair[0]);
                }
                succeeds(connection, "drop table probe");
            }
        }
        // Quoted: anything but a lone quote or nothing; a doubled quote is one quote.
        for (String quoted : List.of("\"unit price\"", "\"a;b\"", "\"x*/y\"", "\"say \"\"hi\"\"\"", "\"Mixed Case\"")) {
            if (!worksAsWritten(connection, quoted)) {
                wrong.add("quoted but fails: " + quoted);
            }
        }
        for (String quoted : List.of("\"a\"b\"", "\"a\"\"", "\"\"\"")) {
            if (succeeds(connection, "create table probe (id int, " + quoted + " int)", "drop table probe")) {
                wrong.add("refused quoted but works: " + quoted);
            }
        }
        assertEquals(List.of(), wrong, database);
    }

    /** Create, insert, update and select as Hibernate writes them, the name unquoted throughout. */
    private static boolean worksUnquoted(Connection connection, String name) throws SQLException {
        return succeeds(connection, "create table " + name + " (id int)", "insert into " + name + " (id) values (1)",
                "select t.id from " + name + " t", "drop table " + name)
                && worksAsWritten(connection, name);
    }

    private static boolean worksAsWritten(Connection connection, String column) throws SQLException {
        return succeeds(connection, "create table probe (id int, " + column + " int)",
                "insert into probe (id, " + column + ") values (1, 1)",
                "update probe set " + column + " = 2 where id = 1",
                "select p.id, p." + column + " from probe p where p." + column + " = 2 order by p." + column,
                "drop table probe");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean succeeds(Connection connection, String... statements) throws SQLException {
        return failure(connection, statements) == null;
    }

    /** Runs the statements in order; the message of the first that fails (after cleaning up), or {@code null}. */
    private static String failure(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            return null;
        } catch (SQLException e) {
            try (Statement cleanup = connection.createStatement()) {
                cleanup.execute("drop table if exists probe");
            }
            return e.getMessage();
        }
    }

    @Test
    void aQuotedNameIsTheNameExactly() {
        assertFalse(SqlIdentifiers.writable("unit price"));
        assertTrue(SqlIdentifiers.writable("\"unit price\""));
        assertEquals("\"say \"\"hi\"\"\"", SqlIdentifiers.sql("say \"hi\"", true));
        assertEquals("total", SqlIdentifiers.sql("total", false));
    }
}
