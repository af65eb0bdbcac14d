package dev.entitylint.processor.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, started once per JVM.
 *
 * <p>With {@code ENTITYLINT_TEST_PG_URL} set (plus {@code ENTITYLINT_TEST_PG_USER} and
 * {@code ENTITYLINT_TEST_PG_PASSWORD}), that server is used. Otherwise Debian's binaries
 * ({@code /usr/lib/postgresql/<version>/bin/initdb}, {@code pg_ctl}) create a throw-away cluster in
 * a temporary directory, listening on 127.0.0.1 at a free port with trust authentication and its
 * unix socket inside that directory; it is stopped and deleted when the JVM exits. PostgreSQL
 * refuses to run as root, so as root the binaries run as the {@code postgres} system user. Without
 * binaries, tests fail with a message saying what to install: they never skip silently.
 *
 * <p>Every caller gets its own schema ({@link #newSchema}), so test classes cannot see each
 * other's tables.
 */
public final class PostgresServer {

    /** Where a test connects: a JDBC URL (with {@code currentSchema}) and credentials. */
    public record Endpoint(String url, String user, String password) {
    }

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static PostgresServer instance;

    private final String baseUrl;
    private final String user;
    private final String password;

    private PostgresServer(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    /** The JVM's server, started on first use. */
    public static synchronized PostgresServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** A fresh, empty schema on the server and a connection whose default schema it is. */
    public Endpoint newSchema(String prefix) {
        String schema = (prefix + "_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet())
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (java.sql.Connection connection = DriverManager.getConnection(baseUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " on " + baseUrl + ": " + e, e);
        }
        String separator = baseUrl.contains("?") ? "&" : "?";
        return new Endpoint(baseUrl + separator + "currentSchema=" + schema, user, password);
    }

    private static PostgresServer start() {
        String url = System.getenv("ENTITYLINT_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return new PostgresServer(url, envOr("ENTITYLINT_TEST_PG_USER", "postgres"),
                    envOr("ENTITYLINT_TEST_PG_PASSWORD", ""));
        }
        Path bin = findBinaries();
        try {
            return launch(bin);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL from " + bin + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting PostgreSQL", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static Path findBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                Path newest = versions
                        .map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparing(PostgresServer::majorVersion))
                        .orElse(null);
                if (newest != null) {
                    return newest;
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot list " + root + ": " + e, e);
            }
        }
        throw new IllegalStateException("PostgreSQL tests need a server, and none was found: install one with "
                + "'apt-get install postgresql' (the tests start /usr/lib/postgresql/*/bin/initdb and pg_ctl "
                + "themselves), or point ENTITYLINT_TEST_PG_URL (and ENTITYLINT_TEST_PG_USER, "
                + "ENTITYLINT_TEST_PG_PASSWORD) at a running server");
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static PostgresServer launch(Path bin) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("entitylint-pg-");
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(bin, data, dir, root), "stop-postgres"));
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), dir);
        }
        run(asServerUser(root, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync")), dir);
        int port = freePort();
        String serverOptions = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=50";
        run(asServerUser(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(),
                "-o", serverOptions, "-w", "-t", "60", "start")), dir);
        return new PostgresServer("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    private static List<String> asServerUser(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void stop(Path bin, Path data, Path dir, boolean root) {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run(asServerUser(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m",
                        "immediate", "-w", "stop")), dir);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("could not stop the test PostgreSQL server: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path output = Files.createTempFile("entitylint-pg-cmd-", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                String log = Files.readString(output, StandardCharsets.UTF_8);
                Path serverLog = dir.resolve("server.log");
                if (Files.isReadable(serverLog)) {
                    log += "\n--- server.log ---\n" + Files.readString(serverLog, StandardCharsets.UTF_8);
                }
                throw new IllegalStateException("'" + String.join(" ", command) + "' exited with "
                        + process.exitValue() + ":\n" + log);
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
