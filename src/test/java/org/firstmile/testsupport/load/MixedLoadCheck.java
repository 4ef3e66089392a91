package org.firstmile.testsupport.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.firstmile.testsupport.server.EmbeddedDatabase;
import org.firstmile.testsupport.server.PayaraMicroProcess;

/**
 * The sustained load check ({@code scripts/load/mixed.sh}): a FirstMile of its own on an embedded PostgreSQL in
 * target/load, all on loopback, then {@link MixedLoad} (signed-in staff reading pages and saving proposals through
 * the real form) for some minutes at 32 connections. Prints requests, errors, acknowledged writes and how many of
 * them are in the database afterwards; exits 1 on any error or lost write.
 */
public final class MixedLoadCheck {

    private static final Path WORK = Path.of("target", "load");
    private static final Duration REPORT_EVERY = Duration.ofSeconds(30);

    private MixedLoadCheck() {
    }

    record Options(Duration duration, int connections) {

        static Options parse(String[] args) {
            double minutes = 3;
            int connections = 32;
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing a value after " + args[i]);
                }
                switch (args[i]) {
                    case "--minutes" -> minutes = Double.parseDouble(args[i + 1]);
                    case "--connections" -> connections = Integer.parseInt(args[i + 1]);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]
                            + " (known: --minutes --connections)");
                }
            }
            if (minutes <= 0 || minutes > 120 || connections < 1 || connections > 256) {
                throw new IllegalArgumentException("Choose --minutes above 0 and at most 120, and --connections "
                        + "from 1 to 256");
            }
            return new Options(Duration.ofSeconds(Math.round(minutes * 60)), connections);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        deleteTree(WORK);
        Files.createDirectories(WORK);
        boolean passed;
        // Kept data and synchronous commit, as in production.
        try (EmbeddedDatabase database = EmbeddedDatabase.start(WORK.resolve("postgres"), freePort(), true)) {
            String url = database.ensureDatabase("firstmile_load");
            log("Starting FirstMile (log: " + WORK.resolve("firstmile.log") + ") ...");
            try (PayaraMicroProcess server = PayaraMicroProcess.start(Path.of("target", "payara-micro.jar"),
                    Path.of("target", "firstmile.war"), freePort(), Map.of(
                            "FIRSTMILE_DB_URL", url,
                            "FIRSTMILE_DB_USER", EmbeddedDatabase.USER,
                            "FIRSTMILE_DB_PASSWORD", EmbeddedDatabase.USER,
                            "FIRSTMILE_DEMO_DATA", "true",
                            "FIRSTMILE_EVIDENCE_DIR", WORK.resolve("evidence").toAbsolutePath().toString(),
                            "FIRSTMILE_REPORTS_DIR", WORK.resolve("reports").toAbsolutePath().toString()),
                    WORK.resolve("firstmile.log"), Duration.ofMinutes(5))) {
                log("Signing in " + options.connections() + " sessions at " + server.baseUri() + " ...");
                try (MixedLoad load = MixedLoad.start(server.baseUri(), options.connections(), "staff",
                        "staff-demo-2026")) {
                    passed = run(load, options, url);
                }
            }
        }
        System.exit(passed ? 0 : 1);
    }

    private static boolean run(MixedLoad load, Options options, String url) throws Exception {
        log("Mixed reads and writes for " + options.duration().toSeconds() + " s at " + options.connections()
                + " connections ...");
        long started = System.nanoTime();
        Duration left = options.duration();
        while (!left.isZero()) {
            Duration chunk = left.compareTo(REPORT_EVERY) < 0 ? left : REPORT_EVERY;
            load.runFor(chunk);
            left = left.minus(chunk);
            log(String.format("%4d s: %d requests, %d errors, %d writes acknowledged",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(), requests(load),
                    load.failures().size(), load.acknowledgedWrites().size()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Set<String> acknowledged = load.acknowledgedWrites();
        Set<String> stored = storedTitles(url, load.titlePrefix());
        long found = acknowledged.stream().filter(stored::contains).count();
        long lost = acknowledged.size() - found;

        System.out.println();
        System.out.printf("Duration:              %.0f s at %d connections%n", seconds, options.connections());
        System.out.printf("Requests:              %d (%.1f per second)%n", requests(load), requests(load) / seconds);
        System.out.printf("Errors:                %d%n", load.failures().size());
        System.out.printf("Writes acknowledged:   %d%n", acknowledged.size());
        System.out.printf("Found in the database: %d (lost: %d)%n", found, lost);
        load.failures().stream().limit(5).forEach(failure -> System.out.printf("  error: %s answered %d: %s%n",
                failure.what(), failure.status(), failure.excerpt().substring(0,
                        Math.min(failure.excerpt().length(), 300)).replaceAll("\\s+", " ")));
        boolean passed = load.failures().isEmpty() && lost == 0 && !acknowledged.isEmpty();
        System.out.println(passed ? "PASSED" : "FAILED");
        return passed;
    }

    private static long requests(MixedLoad load) {
        return load.successes() + load.failures().size();
    }

    private static Set<String> storedTitles(String url, String prefix) throws Exception {
        Set<String> titles = new HashSet<>();
        try (Connection db = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.USER);
                PreparedStatement query = db.prepareStatement("SELECT title FROM proposal WHERE title LIKE ?")) {
            query.setString(1, prefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    titles.add(rows.getString(1));
                }
            }
        }
        return titles;
    }

    private static void log(String line) {
        System.out.println(line);
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
