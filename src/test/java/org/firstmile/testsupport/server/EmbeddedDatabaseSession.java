package org.firstmile.testsupport.server;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one embedded PostgreSQL for the whole integration-test run (Failsafe sets
 * {@code firstmile.test.embedded-postgres=true} and reserves the port), before any Payara Micro boots, and stops it
 * when the run ends. Unit tests (Surefire) never start it.
 */
public class EmbeddedDatabaseSession implements LauncherSessionListener {

    public static final String ARQUILLIAN_DATABASE = "firstmile_it";
    public static final String BROWSER_DATABASE = "firstmile_browser";

    private static EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("firstmile.test.embedded-postgres") || database != null) {
            return;
        }
        try {
            int port = Integer.parseInt(System.getProperty("firstmile.test.pg.port"));
            database = EmbeddedDatabase.start(Path.of("target", "embedded-postgres-" + port), port, false);
            database.ensureDatabase(ARQUILLIAN_DATABASE);
            database.ensureDatabase(BROWSER_DATABASE);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop the embedded PostgreSQL", e);
            } finally {
                database = null;
            }
        }
    }

    /** The running test database; fails clearly when the test does not run under Failsafe. */
    public static EmbeddedDatabase database() {
        if (database == null) {
            throw new IllegalStateException("No embedded PostgreSQL: run integration tests with mvn verify");
        }
        return database;
    }

    public static String jdbcUrl(String name) throws SQLException {
        return database().ensureDatabase(name);
    }
}
