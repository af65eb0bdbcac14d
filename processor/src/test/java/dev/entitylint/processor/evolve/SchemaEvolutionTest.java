package dev.entitylint.processor.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.processor.EntityLintProcessor;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots, the diff over the whole schema however the build compiles, and write mode's files.
 */
class SchemaEvolutionTest {

    private static final String CUSTOMER = """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "customers")
            public class Customer {
                @Id @GeneratedValue Long id;
                @Column(length = 80, nullable = false) String name;
            }
            """;
    private static final String ORDER = """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "orders", indexes = @Index(columnList = "placed_at"))
            public class Order {
                @Id @GeneratedValue Long id;
                @ManyToOne Customer customer;
                java.time.Instant placedAt;
                @Enumerated(EnumType.STRING) @Column(length = 12) Status status;
                enum Status { OPEN, PAID }
            }
            """;

    /**
     * An incremental build recompiles one entity, the others on the class path: the snapshot's
     * other tables are read from their class files, not judged dropped, and the drift the
     * single-file build reports is the full build's.
     */
    @Test
    void aSingleFileRecompileSeesTheWholeSchema(@TempDir Path temp) throws Exception {
        Path migrations = Files.createDirectories(temp.resolve("db"));
        List<Path> sources = write(temp, Map.of("com/acme/Customer.java", CUSTOMER, "com/acme/Order.java", ORDER));
        Result first = compile(sources, temp.resolve("out0"), null, migrations, "init");
        assertEquals(List.of(), first.errors(), first.all().toString());
        assertTrue(Files.exists(migrations.resolve("V1__init.schema.json")), first.all().toString());

        Path classes = temp.resolve("classes");
        compile(sources, classes, null, null, null);
        // Customer alone, unchanged: no drift, nothing dropped.
        Result alone = compile(List.of(sources.get(0)), temp.resolve("out1"), classes, migrations, null);
        assertEquals(List.of(), alone.drift(), alone.all().toString());
        // Order alone, unchanged: no drift either (Customer and its sequence come from the class path).
        Result orderAlone = compile(List.of(sources.get(1)), temp.resolve("out2"), classes, migrations, null);
        assertEquals(List.of(), orderAlone.drift(), orderAlone.all().toString());

        // Customer changed: the full build and Customer alone report the same drift.
        Files.writeString(sources.get(0), CUSTOMER.replace("String name;", "String name;\n    @Column(length = 20) String phone;"));
        Result full = compile(sources, temp.resolve("out3"), null, migrations, null);
        Result changedAlone = compile(List.of(sources.get(0)), temp.resolve("out4"), classes, migrations, null);
        assertEquals(List.of("[schema-drift] 1 change since V1 has no migration (column customers.phone added) — write one "
                + "with -Aentitylint.migrations.write=<description>, review it and commit it with its snapshot "
                + "(see docs/rules/schema-drift.md)"), full.drift());
        assertEquals(full.drift(), changedAlone.drift());
        // Order alone (Customer's new class file not compiled yet): the same schema as the snapshot.
        Result otherAlone = compile(List.of(sources.get(1)), temp.resolve("out5"), classes, migrations, null);
        assertEquals(List.of(), otherAlone.drift(), otherAlone.all().toString());
    }

    /** Without the write option nothing is written; with it, twice from the same sources, the same bytes. */
    @Test
    void writeModeIsExplicitAndDeterministic(@TempDir Path temp) throws Exception {
        List<Path> sources = write(temp, Map.of("com/acme/Customer.java", CUSTOMER, "com/acme/Order.java", ORDER));
        Path ordinary = Files.createDirectories(temp.resolve("ordinary"));
        Result result = compile(sources, temp.resolve("o"), null, ordinary, null);
        assertEquals(List.of(), MigrationSequenceTest.files(ordinary).stream().toList());
        assertEquals(1, result.drift().size(), result.all().toString());
        assertTrue(result.drift().get(0).contains("no schema snapshot in " + ordinary + " yet: the 2 tables the entities "
                + "map have no migration — write V1, which creates them, with -Aentitylint.migrations.write=<description>"),
                result.drift().toString());

        Map<String, String> one = written(sources, temp, "one");
        Map<String, String> two = written(sources, temp, "two");
        assertEquals(List.of("U1__init.sql", "V1__init.schema.json", "V1__init.sql"), List.copyOf(one.keySet()));
        assertEquals(one, two);
        String v1 = one.get("V1__init.sql");
        assertTrue(v1.contains("create sequence customers_seq start with 1 increment by 50;"), v1);
        assertTrue(v1.contains("    placed_at timestamp(6) with time zone,\n"), v1);
        assertTrue(v1.contains("    status varchar(12),\n"), v1);
        assertTrue(v1.contains("create index ix_orders_placed_at on orders (placed_at);"), v1);
        assertTrue(v1.contains("alter table orders add constraint fk_orders_customer_id foreign key (customer_id) "
                + "references customers;"), v1);
        assertTrue(one.get("V1__init.schema.json").contains("\"enumConstants\": [\"OPEN\", \"PAID\"]"),
                one.get("V1__init.schema.json"));
    }

    /** Changes to an existing table: an index in its own non-transactional script, drops in the contract step. */
    @Test
    void changesToExistingTablesAreSplitIntoExpandIndexesAndContract(@TempDir Path temp) throws Exception {
        Path migrations = Files.createDirectories(temp.resolve("db"));
        Files.writeString(migrations.resolve("V1__by_hand.sql"), "create table legacy (id bigint primary key);\n");
        Files.writeString(migrations.resolve("V2_1__by_hand.sql"), "select 1;\n");
        List<Path> sources = write(temp, Map.of("com/acme/Customer.java", CUSTOMER, "com/acme/Order.java", ORDER));
        // Hand-written migrations and no snapshot: the first write records the baseline only.
        Result baseline = compile(sources, temp.resolve("o0"), null, migrations, "baseline");
        assertEquals(List.of(), baseline.errors(), baseline.all().toString());
        assertTrue(Files.exists(migrations.resolve("V2__baseline.schema.json")), MigrationSequenceTest.files(migrations)::toString);

        Files.writeString(sources.get(0), CUSTOMER
                .replace("@Table(name = \"customers\")", "@Table(name = \"customers\", indexes = @Index(columnList = \"email\"))")
                .replace("@Column(length = 80, nullable = false) String name;",
                        "@dev.entitylint.RenamedFrom(\"name\") @Column(length = 80, nullable = false) String fullName;\n"
                                + "    @Column(length = 120, nullable = false) String email;"));
        Result changed = compile(sources, temp.resolve("o1"), null, migrations, "customer_email");
        assertEquals(List.of(), changed.errors(), changed.all().toString());
        String expand = Files.readString(migrations.resolve("V3__customer_email.sql"));
        assertTrue(expand.contains("alter table customers rename column name to full_name;"), expand);
        assertTrue(expand.contains("alter table customers add column email varchar(120);"), expand);
        String indexes = Files.readString(migrations.resolve("V4__customer_email_indexes.sql"));
        assertTrue(indexes.contains("create index concurrently if not exists ix_customers_email on customers (email);"),
                indexes);
        assertEquals("executeInTransaction=false\n", Files.readString(migrations.resolve("V4__customer_email_indexes.sql.conf")));
        String contract = Files.readString(migrations.resolve("V5__customer_email_contract.sql"));
        assertTrue(contract.contains("-- update customers set email = <value> where email is null;\n"
                + "alter table customers alter column email set not null;"), contract);
        assertTrue(Files.exists(migrations.resolve("U5__customer_email_contract.sql")));
        assertTrue(Files.exists(migrations.resolve("V5__customer_email.schema.json")));

        // Writing the same description again replaces nothing: one error, the files stay.
        Result again = compile(sources, temp.resolve("o2"), null, migrations, "customer_email");
        assertEquals(List.of(), again.errors(), "nothing changed since V5: nothing to write, " + again.all());
    }

    /** A malformed snapshot: one error naming the file and the fault, and every other finding still reported. */
    @Test
    void aMalformedSnapshotIsOneErrorAndLosesNoOtherFinding(@TempDir Path temp) throws Exception {
        Path migrations = Files.createDirectories(temp.resolve("db"));
        Files.writeString(migrations.resolve("V3__x.schema.json"), "{\"format\": 1, \"naming\": \"snake_case\", \"tables\": [\n"
                + "  {\"name\": \"customers\", \"kind\": \"entity\", \"columns\": [{\"name\": 7}]}\n]}\n");
        List<Path> sources = write(temp, Map.of("com/acme/Customer.java", CUSTOMER.replace("@Column(length = 80, nullable = false) String name;", "String name;")));
        Result result = compile(sources, temp.resolve("o"), null, migrations, null,
                "-Aentitylint.rules=all:off,schema-drift:warning,string-length:warning");
        assertEquals(List.of("[config] the schema snapshot " + migrations.resolve("V3__x.schema.json") + " is malformed: "
                + "\"name\" of a column of table \"customers\" is not a string — restore it from version control, or "
                + "delete it and write the snapshot again with -Aentitylint.migrations.write"), result.errors());
        assertEquals(List.of(), result.drift());
        assertTrue(result.all().stream().anyMatch(m -> m.startsWith("WARNING [string-length]")), result.all().toString());

        Files.writeString(migrations.resolve("V3__x.schema.json"), "{\"format\": 1, \"tables\": [");
        Result truncated = compile(sources, temp.resolve("o2"), null, migrations, "next");
        assertEquals(1, truncated.errors().size(), truncated.all().toString());
        assertTrue(truncated.errors().get(0).contains("is malformed: unexpected end of the document at line 1, column 26"),
                truncated.errors().toString());
        assertEquals(List.of("V3__x.schema.json"), List.copyOf(MigrationSequenceTest.files(migrations)));
    }

    /** Write mode's description is a Flyway file name part; it needs the directory. */
    @Test
    void badWriteOptionsAreOneClearError(@TempDir Path temp) throws Exception {
        List<Path> sources = write(temp, Map.of("com/acme/Customer.java", CUSTOMER));
        Path migrations = Files.createDirectories(temp.resolve("db"));
        Result bad = compile(sources, temp.resolve("o1"), null, migrations, "Add Email!");
        assertEquals(1, bad.errors().size(), bad.all().toString());
        assertTrue(bad.errors().get(0).startsWith("[config] bad value 'Add Email!' for -Aentitylint.migrations.write — "),
                bad.errors().toString());
        assertEquals(List.of(), List.copyOf(MigrationSequenceTest.files(migrations)));
        Result alone = compile(sources, temp.resolve("o2"), null, null, "add_email");
        assertEquals(List.of("[config] -Aentitylint.migrations.write needs -Aentitylint.migrations=<directory> (in Maven: "
                + "${project.basedir}/src/main/resources/db/migration), where the migration and the schema snapshot are "
                + "written; nothing is written"), alone.errors());
    }

    private static Map<String, String> written(List<Path> sources, Path temp, String name) throws Exception {
        Path dir = temp.resolve(name);
        Result result = compile(sources, temp.resolve("out-" + name), null, dir, "init");
        assertEquals(List.of(), result.errors(), result.all().toString());
        Map<String, String> files = new TreeMap<>();
        for (String file : MigrationSequenceTest.files(dir)) {
            files.put(file, Files.readString(dir.resolve(file)));
        }
        return files;
    }

    record Result(List<String> all) {
        List<String> errors() {
            return all.stream().filter(m -> m.startsWith("ERROR ")).map(m -> m.substring(6)).toList();
        }

        List<String> drift() {
            return all.stream().filter(m -> m.startsWith("WARNING [schema-drift]")).map(m -> m.substring(8)).toList();
        }
    }

    static List<Path> write(Path temp, Map<String, String> files) throws Exception {
        List<Path> sources = new ArrayList<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            Path path = temp.resolve("src").resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
            sources.add(path);
        }
        return sources;
    }

    /**
     * Compiles to class files with javac; {@code migrations} {@code null}: without the processor
     * (the class path a later incremental build sees).
     */
    static Result compile(List<Path> sources, Path out, Path classPath, Path migrations, String write,
            String... options) throws Exception {
        Files.createDirectories(out);
        Path noSources = Files.createDirectories(out.resolve("no-sources"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> arguments = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
                System.getProperty("java.class.path") + (classPath == null ? "" : File.pathSeparator + classPath),
                "-sourcepath", noSources.toString(), "-implicit:none", "-encoding", "UTF-8"));
        boolean processor = migrations != null || write != null;
        if (processor) {
            arguments.add("-Aentitylint.naming=snake_case");
            if (migrations != null) {
                arguments.add("-Aentitylint.migrations=" + migrations);
            }
            if (write != null) {
                arguments.add("-Aentitylint.migrations.write=" + write);
            }
            arguments.addAll(options.length == 0 ? List.of("-Aentitylint.rules=all:off,schema-drift:warning")
                    : List.of(options));
        } else {
            arguments.add("-proc:none");
        }
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, arguments, null,
                    files.getJavaFileObjectsFromPaths(sources));
            if (processor) {
                task.setProcessors(List.of(new EntityLintProcessor()));
            }
            task.call();
        }
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            messages.add(diagnostic.getKind() + " " + diagnostic.getMessage(Locale.ROOT));
        }
        return new Result(messages);
    }
}
