package org.firstmile.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.firstmile.testsupport.server.EmbeddedDatabase;
import org.firstmile.testsupport.server.EmbeddedDatabaseSession;

/**
 * Straight SQL against a test database, for client-side tests that need people or records the demo data set does
 * not have (another funder, another partner, grants by the thousand).
 */
public final class TestDatabase implements AutoCloseable {

    private final Connection db;

    private TestDatabase(Connection db) {
        this.db = db;
    }

    /** The database the Arquillian deployments use. */
    public static TestDatabase arquillian() throws SQLException {
        return new TestDatabase(DriverManager.getConnection(
                EmbeddedDatabaseSession.jdbcUrl(EmbeddedDatabaseSession.ARQUILLIAN_DATABASE), EmbeddedDatabase.USER,
                EmbeddedDatabase.USER));
    }

    /** A database of its own on the test run's PostgreSQL, created when it does not exist yet. */
    public static TestDatabase named(String database) throws SQLException {
        return new TestDatabase(DriverManager.getConnection(EmbeddedDatabaseSession.jdbcUrl(database),
                EmbeddedDatabase.USER, EmbeddedDatabase.USER));
    }

    /** A user of the given organisation with the roles and password (hash) of an existing user. */
    public void copyUser(String from, String username, String orgId) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO app_user (username, display_name, "
                + "password_hash, organisation_id) SELECT ?, 'Test user', password_hash, "
                + "(SELECT id FROM organisation WHERE org_id = ?) FROM app_user WHERE username = ? "
                + "ON CONFLICT (username) DO NOTHING")) {
            insert.setString(1, username);
            insert.setString(2, orgId);
            insert.setString(3, from);
            insert.executeUpdate();
        }
        try (PreparedStatement roles = db.prepareStatement("INSERT INTO app_user_role (user_id, role) "
                + "SELECT u.id, r.role FROM app_user u, app_user_role r JOIN app_user s ON s.id = r.user_id "
                + "WHERE u.username = ? AND s.username = ? ON CONFLICT DO NOTHING")) {
            roles.setString(1, username);
            roles.setString(2, from);
            roles.executeUpdate();
        }
    }

    public void execute(String sql) throws SQLException {
        db.createStatement().execute(sql);
    }

    /** The first column of the first row; fails when there is none. */
    public String one(String sql) throws SQLException {
        try (ResultSet result = db.createStatement().executeQuery(sql)) {
            if (!result.next()) {
                throw new IllegalStateException("Nothing for " + sql);
            }
            return result.getString(1);
        }
    }

    /** Every row, each as its columns' text (null for SQL NULL). */
    public List<List<String>> rows(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    row.add(result.getString(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
