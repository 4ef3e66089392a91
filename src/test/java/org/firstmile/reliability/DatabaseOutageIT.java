package org.firstmile.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.firstmile.testsupport.load.MixedLoad;
import org.firstmile.testsupport.server.EmbeddedDatabase;
import org.firstmile.testsupport.server.PayaraMicroProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mixed reads and writes at 32 connections while PostgreSQL is stopped and started again under FirstMile's feet.
 * FirstMile runs on its own database here, so stopping it disturbs no other test.
 */
class DatabaseOutageIT {

    private static final Path DATA = Path.of("target", "reliability-postgres");
    private static final Duration STEADY = Duration.ofSeconds(Integer.getInteger("firstmile.reliability.steady", 15));
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);
    private static final int CONNECTIONS = Integer.getInteger("firstmile.reliability.connections", 32);

    private static int dbPort;
    private static EmbeddedDatabase database;
    private static PayaraMicroProcess server;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        dbPort = freePort();
        deleteTree(DATA);
        // Kept data and synchronous commit, as in production: the restart below must find every committed write.
        database = EmbeddedDatabase.start(DATA, dbPort, true);
        url = database.ensureDatabase("firstmile_outage");
        server = PayaraMicroProcess.start(Path.of("target", "payara-micro.jar"), Path.of("target", "firstmile.war"),
                freePort(), Map.of(
                        "FIRSTMILE_DB_URL", url,
                        "FIRSTMILE_DB_USER", EmbeddedDatabase.USER,
                        "FIRSTMILE_DB_PASSWORD", EmbeddedDatabase.USER,
                        "FIRSTMILE_DEMO_DATA", "true",
                        "FIRSTMILE_EVIDENCE_DIR", Path.of("target", "reliability-evidence").toAbsolutePath().toString()),
                Path.of("target", "reliability-server.log"), Duration.ofMinutes(4));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAnOutageAndServiceReturnsWithoutARestart() throws Exception {
        try (MixedLoad load = MixedLoad.start(server.baseUri(), CONNECTIONS, "staff", "staff-demo-2026")) {
            load.runFor(STEADY);
            assertThat(load.failures()).as("failures before the outage").isEmpty();
            assertThat(load.successes()).isPositive();

            load.prepareWrites();
            database.close();
            load.resetCounts();
            load.runFor(OUTAGE);
            assertThat(load.failures()).as("answers while the database was away").isNotEmpty()
                    .allSatisfy(answer -> assertThat(answer).as(answer.what()).satisfiesAnyOf(
                            unavailable -> {
                                assertThat(unavailable.status()).isEqualTo(503);
                                assertThat(unavailable.excerpt()).contains("Nothing you sent was saved");
                            },
                            // Failures that Faces' exception handler catches get the general error page, which
                            // says the same: nothing was half-saved, try again.
                            serverError -> {
                                assertThat(serverError.status()).isEqualTo(500);
                                assertThat(serverError.excerpt()).contains("Nothing was half-saved");
                            }));
            assertThat(load.refusedWrites()).as("writes refused during the outage").isNotEmpty();

            database = EmbeddedDatabase.start(DATA, dbPort, true);
            assertThat(load.awaitSuccessfulReads(RECOVERY_LIMIT)).as("from the database's return to a good page")
                    .isLessThanOrEqualTo(RECOVERY_LIMIT);
            load.resetCounts();
            load.runFor(STEADY);
            assertThat(load.failures()).as("failures after recovery").isEmpty();

            Set<String> stored = storedTitles(load.titlePrefix());
            assertThat(load.acknowledgedWrites()).as("acknowledged writes").isNotEmpty();
            assertThat(stored).as("every acknowledged write is in the database")
                    .containsAll(load.acknowledgedWrites());
            assertThat(stored).as("no write refused with an error is in the database")
                    .doesNotContainAnyElementsOf(load.refusedWrites());
        }
    }

    private static Set<String> storedTitles(String prefix) throws Exception {
        Set<String> titles = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.USER);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select title from proposal where title like '" + prefix + "%'")) {
            while (r.next()) {
                titles.add(r.getString(1));
            }
        }
        return titles;
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (java.nio.file.Files.exists(root)) {
            try (var files = java.nio.file.Files.walk(root)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(file);
                }
            }
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
