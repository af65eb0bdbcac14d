package dev.entitylint.processor.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import dev.entitylint.processor.testing.CompiledSources;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One small model walked through eleven versions, each written by
 * {@code -Aentitylint.migrations.write} into one migrations directory, as a project does over its
 * releases: a new entity; a new nullable column; a new NOT NULL column with a default; a new
 * index; a column renamed with {@code @RenamedFrom}; a column dropped in two steps (expand makes
 * it nullable, contract drops it); a widened length; a new foreign key; a new unique constraint;
 * a new enum constant. After each version, on PostgreSQL: the schema drifted before the write and
 * does not after it; Flyway applies the new scripts; Hibernate ORM 7 validates the schema; rows
 * inserted at every earlier version are all still there; the new version's undo scripts (applied
 * over JDBC in reverse order, their rows removed from {@code flyway_schema_history}, since
 * Flyway's own undo is a paid edition's) keep those rows, and Flyway migrates forward again,
 * Hibernate validating the result; then one more row is inserted with the new version's columns.
 * (Undoing a version that creates a table drops the rows inserted into it since: not tested as
 * "kept", since it cannot be.)
 */
class MigrationSequenceTest {

    static {
        java.util.logging.Logger.getLogger("org.hibernate").setLevel(java.util.logging.Level.SEVERE);
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
    }

    static final String[] STEPS = {
        "create_schema", "add_purchase_order", "add_customer_phone", "add_loyalty_points", "index_customer_email",
        "rename_name_to_full_name", "drop_legacy_code", "widen_email", "purchase_order_customer_fk",
        "unique_customer_email", "status_suspended"};

    @Test
    void elevenVersionsApplyValidateKeepRowsAndUndoThenRedo(@TempDir Path dir) throws Exception {
        MigrationDatabase database = new MigrationDatabase("sequence");
        int customers = 0;
        for (int step = 0; step < STEPS.length; step++) {
            JavaFileObject[] sources = sources(step);
            // Before the write: the change is drift (V1 is suggested for an empty directory).
            List<String> drift = drift(compile(dir, sources, null));
            assertEquals(1, drift.size(), "step " + step + ": " + drift);
            assertTrue(drift.get(0).contains(step == 0 ? "write V1" : "since V"), drift.get(0));

            Set<String> before = files(dir);
            CompiledSources compiled = compile(dir, sources, STEPS[step]);
            Set<String> written = new TreeSet<>(files(dir));
            written.removeAll(before);
            assertTrue(written.stream().anyMatch(f -> f.endsWith(".schema.json")), written::toString);
            List<String> versions = written.stream().filter(f -> f.startsWith("V") && f.endsWith(".sql")).sorted().toList();
            assertTrue(!versions.isEmpty(), "step " + step + " wrote no migration: " + written);
            // After the write: no drift.
            assertEquals(List.of(), drift(compile(dir, sources, null)), "step " + step);

            assertEquals(versions.size(), database.migrate(dir).migrationsExecuted, "step " + step + " " + versions);
            validate(database, compiled, step);
            assertEquals(customers, count(database, "customer"), "step " + step);

            // Undo this step's versions, newest first, then migrate forward again.
            List<String> undo = new ArrayList<>(versions);
            java.util.Collections.reverse(undo);
            for (String version : undo) {
                String script = "U" + version.substring(1);
                assertTrue(Files.exists(dir.resolve(script)), "no undo script " + script);
                database.run(Files.readString(dir.resolve(script)));
                try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                    statement.executeUpdate("delete from flyway_schema_history where version = '"
                            + version.substring(1, version.indexOf("__")) + "'");
                }
            }
            if (step > 0) { // undoing V1 drops every table
                assertEquals(customers, count(database, "customer"), "step " + step + " after undo");
            }
            assertEquals(versions.size(), database.migrate(dir).migrationsExecuted, "step " + step + " redo");
            validate(database, compiled, step);
            assertEquals(customers, count(database, "customer"), "step " + step + " after redo");
            insertCustomer(database, step);
            customers++;
            assertEquals(customers, count(database, "customer"), "step " + step);
        }
        // The renamed column kept its values, the first row is still the first.
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select full_name from customer where id = 1000")) {
            assertTrue(row.next());
            assertEquals("customer 0", row.getString(1));
        }
        assertTrue(files(dir).size() > 3 * STEPS.length, files(dir)::toString);
        // Kept under target/migrations/sequence for reading (docs/schema-evolution.md quotes them).
        Path kept = Files.createDirectories(Path.of("target", "migrations", "sequence"));
        for (String file : files(dir)) {
            Files.copy(dir.resolve(file), kept.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void validate(MigrationDatabase database, CompiledSources compiled, int step) {
        List<Class<?>> entities = new ArrayList<>();
        entities.add(compiled.load("evo.Customer"));
        if (step >= 1) {
            entities.add(compiled.load("evo.PurchaseOrder"));
        }
        try (EntityManagerFactory factory = database.validate(compiled.loader(), entities, true)) {
            assertTrue(factory.isOpen());
        }
    }

    /** One customer row with the columns of that step, over JDBC. */
    private static void insertCustomer(MigrationDatabase database, int step) throws Exception {
        List<String> columns = new ArrayList<>(List.of("id", step >= 5 ? "full_name" : "name", "email", "status"));
        List<String> values = new ArrayList<>(List.of(String.valueOf(1000 + step), "'customer " + step + "'",
                "'c" + step + "@example.com'", "'" + (step >= 10 ? "SUSPENDED" : "ACTIVE") + "'"));
        if (step < 6) {
            columns.add("legacy_code");
            values.add("'L" + step + "'");
        }
        if (step >= 2) {
            columns.add("phone");
            values.add("'555-" + step + "'");
        }
        database.run("insert into customer (" + String.join(", ", columns) + ") values (" + String.join(", ", values)
                + ")");
        if (step >= 1) {
            database.run("insert into purchase_order (id, customer_id, total) values (" + (2000 + step) + ", "
                    + (1000 + step) + ", 12.50)");
        }
    }

    private static int count(MigrationDatabase database, String table) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static Set<String> files(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return new TreeSet<>();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static CompiledSources compile(Path dir, JavaFileObject[] sources, String write) {
        List<String> options = new ArrayList<>(List.of("-Aentitylint.naming=snake_case",
                "-Aentitylint.migrations=" + dir, "-Aentitylint.rules=all:off,schema-drift:warning"));
        if (write != null) {
            options.add("-Aentitylint.migrations.write=" + write);
        }
        return CompiledSources.compile(options, sources);
    }

    static List<String> drift(CompiledSources compiled) {
        return compiled.diagnostics(Diagnostic.Kind.WARNING).stream().map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.startsWith("[schema-drift]")).toList();
    }

    /** The model at a step: each step adds one change to the one before. */
    static JavaFileObject[] sources(int step) {
        List<JavaFileObject> sources = new ArrayList<>();
        sources.add(JavaFileObjects.forSourceString("evo.Status", "package evo;\n\npublic enum Status { ACTIVE, BLOCKED"
                + (step >= 10 ? ", SUSPENDED" : "") + " }\n"));
        StringBuilder customer = new StringBuilder("""
                package evo;

                import jakarta.persistence.*;

                @Entity
                """);
        List<String> table = new ArrayList<>();
        if (step >= 4) {
            table.add("indexes = @Index(name = \"ix_customer_email\", columnList = \"email\")");
        }
        if (step >= 9) {
            table.add("uniqueConstraints = @UniqueConstraint(name = \"uq_customer_email\", columnNames = \"email\")");
        }
        if (!table.isEmpty()) {
            customer.append("@Table(").append(String.join(", ", table)).append(")\n");
        }
        customer.append("public class Customer {\n");
        customer.append("    @Id @GeneratedValue private Long id;\n");
        if (step >= 5) {
            customer.append("    @dev.entitylint.RenamedFrom(\"name\")\n");
            customer.append("    @Column(name = \"full_name\", length = 80, nullable = false) private String fullName;\n");
        } else {
            customer.append("    @Column(length = 80, nullable = false) private String name;\n");
        }
        if (step < 6) {
            customer.append("    @Column(length = 40, nullable = false) private String legacyCode;\n");
        }
        customer.append("    @Column(length = ").append(step >= 7 ? 200 : 100).append(") private String email;\n");
        customer.append("    @Enumerated(EnumType.STRING) @Column(length = 20) private Status status;\n");
        if (step >= 2) {
            customer.append("    @Column(length = 30) private String phone;\n");
        }
        if (step >= 3) {
            customer.append("    @org.hibernate.annotations.ColumnDefault(\"0\")\n");
            customer.append("    @Column(nullable = false) private int loyaltyPoints;\n");
        }
        customer.append("}\n");
        sources.add(JavaFileObjects.forSourceString("evo.Customer", customer.toString()));
        if (step >= 1) {
            String customerColumn = step >= 8
                    ? "    @ManyToOne @JoinColumn(name = \"customer_id\") private Customer customer;\n"
                    : "    @Column(name = \"customer_id\") private Long customerId;\n";
            sources.add(JavaFileObjects.forSourceString("evo.PurchaseOrder", """
                    package evo;

                    import jakarta.persistence.*;
                    import java.math.BigDecimal;

                    @Entity
                    public class PurchaseOrder {
                        @Id @GeneratedValue private Long id;
                    """ + customerColumn + """
                        @Column(precision = 10, scale = 2) private BigDecimal total;
                    }
                    """));
        }
        return sources.toArray(JavaFileObject[]::new);
    }
}
