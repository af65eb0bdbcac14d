package dev.entitylint.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.processor.testing.PostgresServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The narrated sample, run end to end on embedded H2 and on a real PostgreSQL server. */
class SampleAppTest {

    private static void runAndExpectEveryClaimToHold(String url, String user, String password) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        List<String> failures;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            failures = SampleApp.run(url, user, password, out);
        }
        String transcript = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(), failures, transcript);
        assertTrue(transcript.contains("Every claim above held."), transcript);
        assertTrue(transcript.contains("7. Tenant 'globex' signs up") && transcript.contains("ok   findById does not find acme's tent"),
                "the tenants' part ran:\n" + transcript);
        assertTrue(transcript.contains("8. An entity without soft delete"), "the whole story ran:\n" + transcript);
        assertTrue(!transcript.contains("FAIL"), transcript);
    }

    @Test
    void runsOnEmbeddedH2() {
        runAndExpectEveryClaimToHold("jdbc:h2:mem:sample-test;DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void runsOnPostgres() {
        PostgresServer.Endpoint endpoint = PostgresServer.get().newSchema("sample");
        runAndExpectEveryClaimToHold(endpoint.url(), endpoint.user(), endpoint.password());
    }

    @Test
    void rejectsUnknownArguments() {
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> SampleApp.main(new String[] {"--jdbcurl=x"}));
        assertTrue(error.getMessage().contains("unknown argument '--jdbcurl=x'"), error.getMessage());
    }
}
