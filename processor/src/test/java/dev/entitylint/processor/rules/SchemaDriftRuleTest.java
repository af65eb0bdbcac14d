package dev.entitylint.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.testing.Lint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * schema-drift: one finding per compilation, at no source line, listing the changes since the
 * latest snapshot; none when the snapshot matches; a level of its own ({@code schema-drift:error} in CI).
 */
class SchemaDriftRuleTest {

    private static final String ENTITY = """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "orders")
            class Order {
                @Id Long id;
                @Column(length = 40) String reference;
            }
            """;

    @Test
    void changesSinceTheLatestSnapshotAreOneWarningListingThem(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), drift(compile(dir, ENTITY, "-Aentitylint.migrations.write=init")));
        assertTrue(Files.exists(dir.resolve("V1__init.schema.json")));
        assertEquals(List.of(), drift(compile(dir, ENTITY)));

        Compilation changed = compile(dir, ENTITY
                .replace("@Column(length = 40) String reference;", "@Column(length = 60) String reference;\n    String note;"));
        assertEquals(List.of("WARNING [schema-drift] 2 changes since V1 have no migration (column orders.note added; column "
                + "orders.reference type varchar(40) -> varchar(60)) — write one with "
                + "-Aentitylint.migrations.write=<description>, review it and commit it with its snapshot "
                + "(see docs/rules/schema-drift.md)"), drift(changed));
        assertTrue(changed.diagnostics().stream().filter(d -> d.getMessage(Locale.ROOT).startsWith("[schema-drift]"))
                .allMatch(d -> d.getSource() == null), "reported at no source line");

        // CI makes it an error; off, it says nothing.
        Compilation strict = compile(dir, ENTITY.replace("String reference;", "String reference;\n    String note;"),
                "-Aentitylint.rules=all:off,schema-drift:error");
        assertEquals(Compilation.Status.FAILURE, strict.status());
        assertTrue(drift(strict).get(0).startsWith("ERROR [schema-drift] 1 change since V1 has no migration"),
                drift(strict).toString());
        assertEquals(List.of(), drift(compile(dir, ENTITY.replace("String reference;", "String reference;\n    String note;"),
                "-Aentitylint.rules=all:off")));
    }

    @Test
    void manyChangesAreCountedAndTheFirstListed(@TempDir Path dir) throws Exception {
        compile(dir, ENTITY, "-Aentitylint.migrations.write=init");
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            fields.append("    String extra").append(i).append(";\n");
        }
        List<String> drift = drift(compile(dir, ENTITY.replace("String reference;\n", "String reference;\n" + fields)));
        assertEquals(1, drift.size());
        assertTrue(drift.get(0).startsWith("WARNING [schema-drift] 14 changes since V1 have no migration (column orders.extra0 added;"),
                drift.get(0));
        assertTrue(drift.get(0).contains("column orders.extra11 added; and 2 more)"), drift.get(0));
    }

    @Test
    void withoutASnapshotOnlyAnExistingDirectoryWithEntitiesAsksForV1(@TempDir Path dir) throws Exception {
        List<String> drift = drift(compile(dir, ENTITY));
        assertEquals(List.of("WARNING [schema-drift] no schema snapshot in " + dir + " yet: the 1 table the entities map "
                + "have no migration — write V1, which creates them, with -Aentitylint.migrations.write=<description> "
                + "(see docs/rules/schema-drift.md)"), drift);
        // Without the option, nothing is read and nothing is said.
        Compilation plain = Lint.allRules("-Aentitylint.rules=all:off,schema-drift:warning")
                .compile(Lint.source("com.acme.Order", ENTITY));
        assertEquals(List.of(), drift(plain));
    }

    private static Compilation compile(Path dir, String entity, String... options) {
        List<String> all = new java.util.ArrayList<>(List.of("-Aentitylint.migrations=" + dir));
        all.addAll(List.of(options));
        if (all.stream().noneMatch(o -> o.startsWith("-Aentitylint.rules="))) {
            all.add("-Aentitylint.rules=all:off,schema-drift:warning");
        }
        JavaFileObject source = Lint.source("com.acme.Order", entity);
        return Lint.allRules(all.toArray(String[]::new)).compile(source);
    }

    private static List<String> drift(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith("[schema-drift]") && d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT)).toList();
    }
}
