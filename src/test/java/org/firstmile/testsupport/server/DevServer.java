package org.firstmile.testsupport.server;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.firstmile.platform.demo.DemoData;

/**
 * The run command ({@code scripts/run.sh}): an embedded PostgreSQL with its data under {@code ./data/postgres}
 * (kept across restarts) unless {@code FIRSTMILE_DB_URL} names an external one, then FirstMile on Payara Micro at
 * http://localhost:8080/ ({@code FIRSTMILE_PORT}), with the demo data set loaded into an empty database. Ctrl-C stops
 * both.
 */
public final class DevServer {

    private static final int DEFAULT_PORT = 8080;
    private static final int DEFAULT_EMBEDDED_DB_PORT = 54329;

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        int port = Integer.parseInt(env.getOrDefault("FIRSTMILE_PORT", String.valueOf(DEFAULT_PORT)));
        requireFreePort(port);
        Map<String, String> appEnvironment = new HashMap<>();
        appEnvironment.put("FIRSTMILE_DEMO_DATA", env.getOrDefault("FIRSTMILE_DEMO_DATA", "true"));

        EmbeddedDatabase database = null;
        if (env.containsKey("FIRSTMILE_DB_URL")) {
            System.out.println("Using the external PostgreSQL at " + env.get("FIRSTMILE_DB_URL"));
        } else {
            int dbPort = Integer.parseInt(env.getOrDefault("FIRSTMILE_EMBEDDED_DB_PORT",
                    String.valueOf(DEFAULT_EMBEDDED_DB_PORT)));
            requireFreePort(dbPort);
            System.out.println("Starting the embedded PostgreSQL (data in ./data/postgres, port " + dbPort + ") ...");
            database = EmbeddedDatabase.start(Path.of("data", "postgres"), dbPort, true);
            appEnvironment.put("FIRSTMILE_DB_URL", database.ensureDatabase("firstmile"));
            appEnvironment.put("FIRSTMILE_DB_USER", EmbeddedDatabase.USER);
            appEnvironment.put("FIRSTMILE_DB_PASSWORD", EmbeddedDatabase.USER);
        }

        Path log = Path.of("data", "logs", "firstmile.log");
        System.out.println("Starting FirstMile on Payara Micro (log: " + log + ") ...");
        PayaraMicroProcess server;
        try {
            server = PayaraMicroProcess.start(PayaraMicroProcess.Jvm.SERVER, Path.of("target", "payara-micro.jar"),
                    Path.of("target", "firstmile.war"), port, appEnvironment, log, Duration.ofMinutes(5));
        } catch (Exception e) {
            closeQuietly(database);
            throw e;
        }
        EmbeddedDatabase startedDatabase = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping FirstMile ...");
            server.close();
            closeQuietly(startedDatabase);
            System.out.println("Stopped.");
        }));

        printWelcome(port, "true".equals(appEnvironment.get("FIRSTMILE_DEMO_DATA")));
        int exit = server.waitFor();
        System.out.println("Payara Micro ended with exit code " + exit);
    }

    private static void printWelcome(int port, boolean demo) {
        System.out.println();
        System.out.println("FirstMile is running at http://localhost:" + port + "/");
        if (demo) {
            System.out.println("Demo logins (sample data only):");
            for (DemoData.DemoLogin login : DemoData.LOGINS) {
                System.out.printf("  %-8s password %-18s %s%n", login.username(), login.password(), login.description());
            }
        }
        System.out.println("Press Ctrl-C to stop.");
    }

    private static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Port " + port + " is in use. Stop what uses it, or choose another port "
                    + "with FIRSTMILE_PORT (or FIRSTMILE_EMBEDDED_DB_PORT for the database).");
        }
    }

    private static void closeQuietly(EmbeddedDatabase database) {
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("Could not stop the embedded PostgreSQL cleanly: " + e.getMessage());
            }
        }
    }
}
