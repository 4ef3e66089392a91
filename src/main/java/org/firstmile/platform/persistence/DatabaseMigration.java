package org.firstmile.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations before anything uses the database.
 *
 * <p>When Flyway's history already records every migration script of this WAR as applied, and nothing else, start-up
 * does not start Flyway: setting Flyway up costs about half a second of a start-up on two cores (its configuration
 * copies each plugin's settings through Jackson), and there would be nothing to do. Flyway runs in full, validating
 * and migrating, whenever the two differ in any way: a new script, a database that a newer version has migrated, a
 * failed migration, a baseline, or scripts that cannot be listed (a class path other than a directory). What the
 * shortcut does not notice is a script edited after it was applied: Flyway's validation would refuse to start then,
 * and now that goes unreported until the next new script lets Flyway run.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String LOCATION = "classpath:db/migration";

    private static final String SCRIPTS = LOCATION.substring("classpath:".length());

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = FirstMileDataSource.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrateAtStartup() {
        if (isUpToDate(dataSource)) {
            LOG.info("Database schema up to date: every migration has been applied");
            return;
        }
        MigrateResult result = migrateSchema(dataSource);
        String version = result.migrationsExecuted > 0 ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** Runs the migrations against any PostgreSQL datasource; tests use it on an empty database too. */
    public static MigrateResult migrateSchema(DataSource target) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(target)
                .locations(LOCATION)
                .load()
                .migrate();
    }

    /** Whether Flyway's history records exactly this WAR's migration scripts, each applied successfully. */
    public static boolean isUpToDate(DataSource target) {
        Optional<Set<String>> scripts = scripts(DatabaseMigration.class.getClassLoader());
        return scripts.isPresent() && scripts.equals(appliedScripts(target));
    }

    /**
     * The file names of the migration scripts on the class path, or nothing when they cannot be listed because the
     * scripts are not in a directory.
     */
    static Optional<Set<String>> scripts(ClassLoader loader) {
        URL folder = loader.getResource(SCRIPTS);
        if (folder == null || !"file".equals(folder.getProtocol())) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return Optional.of(files.map(file -> file.getFileName().toString()).collect(Collectors.toSet()));
        } catch (IOException | URISyntaxException e) {
            LOG.log(Level.FINE, "Could not list the migration scripts", e);
            return Optional.empty();
        }
    }

    /**
     * The scripts of Flyway's history, when every row of it records a script that was applied successfully; nothing
     * when there is no history yet, a migration failed, or a row records something other than a script (a baseline).
     */
    static Optional<Set<String>> appliedScripts(DataSource target) {
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT script, success, type FROM flyway_schema_history")) {
            Set<String> scripts = new HashSet<>();
            while (rows.next()) {
                if (!rows.getBoolean("success") || !"SQL".equals(rows.getString("type"))) {
                    return Optional.empty();
                }
                scripts.add(rows.getString("script"));
            }
            return Optional.of(scripts);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "No usable Flyway history; Flyway will look at the schema", e);
            return Optional.empty();
        }
    }
}
