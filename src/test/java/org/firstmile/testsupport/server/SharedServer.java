package org.firstmile.testsupport.server;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One FirstMile on Payara Micro for all browser tests of a run, against the embedded test PostgreSQL's browser
 * database with the demo data set. Started by the first test class that needs it, stopped when the run ends.
 */
public class SharedServer implements BeforeAllCallback {

    /** Where the shared server keeps evidence files. */
    public static final Path EVIDENCE_DIR = Path.of("target", "browser-evidence").toAbsolutePath();
    public static final Path REPORTS_DIR = Path.of("target", "browser-reports").toAbsolutePath();

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServer.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> Running.start(),
                Running.class);
    }

    /** The base URI of the running server, for a test class extended with this. */
    public static URI baseUri(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).get(Running.class, Running.class).server.baseUri();
    }

    static final class Running implements AutoCloseable {

        private final PayaraMicroProcess server;

        private Running(PayaraMicroProcess server) {
            this.server = server;
        }

        static Running start() {
            try {
                Map<String, String> environment = Map.of(
                        "FIRSTMILE_DB_URL", EmbeddedDatabaseSession.jdbcUrl(EmbeddedDatabaseSession.BROWSER_DATABASE),
                        "FIRSTMILE_DB_USER", EmbeddedDatabase.USER,
                        "FIRSTMILE_DB_PASSWORD", EmbeddedDatabase.USER,
                        "FIRSTMILE_DEMO_DATA", "true",
                        "FIRSTMILE_EVIDENCE_DIR", EVIDENCE_DIR.toString(),
                        "FIRSTMILE_REPORTS_DIR", REPORTS_DIR.toString());
                return new Running(PayaraMicroProcess.start(Path.of("target", "payara-micro.jar"),
                        Path.of("target", "firstmile.war"), freePort(), environment,
                        Path.of("target", "browser-server.log"), Duration.ofMinutes(4)));
            } catch (Exception e) {
                throw new IllegalStateException("Could not start FirstMile for the browser tests", e);
            }
        }

        private static int freePort() throws java.io.IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
