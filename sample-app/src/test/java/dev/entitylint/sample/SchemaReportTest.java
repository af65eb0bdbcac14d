package dev.entitylint.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sample's build writes its schema reports ({@code -Aentitylint.report=schema,docs,sarif});
 * the design document committed under docs/ must be exactly what the build writes today.
 */
class SchemaReportTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = SchemaReportTest.class.getResourceAsStream("/META-INF/entitylint/" + name)) {
            assertTrue(in != null, "the build wrote no META-INF/entitylint/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void committedDesignDocumentMatchesTheBuild() throws IOException {
        String built = resource("schema.md");
        String committed = Files.readString(Path.of("../docs/sample-app-schema.md"));
        assertEquals(committed, built, "docs/sample-app-schema.md is stale: copy "
                + "sample-app/target/classes/META-INF/entitylint/schema.md over it");
        assertTrue(built.contains("erDiagram"), built);
    }

    @Test
    void schemaAndFindingsReportsAreWritten() throws IOException {
        String schema = resource("schema.json");
        assertTrue(schema.contains("\"name\": \"purchase_orders\"") || schema.contains("\"name\":\"purchase_orders\""), schema);
        String sarif = resource("findings.sarif");
        assertTrue(sarif.contains("\"version\": \"2.1.0\"") || sarif.contains("\"version\":\"2.1.0\""), sarif);
    }
}
