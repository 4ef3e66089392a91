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

    /** The database of the browser tests' shared server. */
    public static TestDatabase browser() throws SQLException {
        return named(EmbeddedDatabaseSession.BROWSER_DATABASE);
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

    /** A reporting period of a grant, by id. */
    public record Period(long grantId, long periodId) {
    }

    /**
     * Adds {@code count} awarded grants in bulk for a new recipient named by {@code tag} (lower-case letters), each
     * with ten milestones and one reporting period whose report is due in {@code dueInDays}; their periods.
     */
    public List<Period> addGrants(String tag, int count, int dueInDays) throws SQLException {
        if (!tag.matches("[a-z]+")) {
            throw new IllegalArgumentException("Not a plain tag: " + tag);
        }
        String org = "GB-TEST-" + tag.toUpperCase();
        execute(String.format("""
                INSERT INTO organisation (name, org_id, type, created_at) VALUES ('Community group %1$s', '%2$s',
                    'GRANTEE', now());
                INSERT INTO proposal (title, applicant_id, fund_id, status, amount_requested, currency,
                    duration_months, summary, planned_start, created_by, created_at, updated_at)
                SELECT 'Project %1$s ' || n, o.id, (SELECT min(id) FROM fund), 'AWARDED', 10000 + n * 100, 'GBP', 12,
                    'A generated project, number ' || n, current_date + %4$d - 395, 'staff', now(), now()
                FROM generate_series(1, %3$d) n, organisation o WHERE o.org_id = '%2$s';
                INSERT INTO grant_award (identifier, proposal_id, title, recipient_id, fund_id, amount_awarded,
                    currency, award_date, planned_start, planned_end, manager, created_at)
                SELECT '360G-test-%1$s-' || p.id, p.id, p.title, p.applicant_id, p.fund_id,
                    p.amount_requested, 'GBP', p.planned_start - 30, p.planned_start, p.planned_start + 364, 'staff',
                    now()
                FROM proposal p JOIN organisation o ON o.id = p.applicant_id WHERE o.org_id = '%2$s';
                INSERT INTO reporting_period (grant_id, sequence_no, name, start_date, end_date, report_due_date)
                SELECT g.id, 1, 'Year one', g.planned_start, g.planned_end, current_date + %4$d
                FROM grant_award g WHERE g.identifier LIKE '360G-test-%1$s-%%';
                INSERT INTO milestone (grant_id, title, description, due_date, owner, status, completed_on)
                SELECT g.id, 'Milestone ' || m || ' of ' || g.title, 'Generated milestone', g.planned_start + m * 30,
                    'Project lead', (ARRAY['PLANNED', 'IN_PROGRESS', 'AT_RISK', 'DONE', 'DONE', 'MISSED',
                    'DEFERRED', 'PLANNED', 'DONE', 'IN_PROGRESS'])[m],
                    CASE WHEN m IN (4, 5, 9) THEN g.planned_start + m * 30 - 3 END
                FROM grant_award g, generate_series(1, 10) m WHERE g.identifier LIKE '360G-test-%1$s-%%';
                """, tag, org, count, dueInDays));
        return rows("SELECT p.grant_id, p.id FROM reporting_period p JOIN grant_award g ON g.id = p.grant_id "
                + "WHERE g.identifier LIKE '360G-test-" + tag + "-%' ORDER BY p.id").stream()
                .map(row -> new Period(Long.parseLong(row.get(0)), Long.parseLong(row.get(1)))).toList();
    }

    /**
     * Adds {@code count} grants "Paging {@code tag} 01", "02", ... of a fund of their own ("Fund {@code tag}") to a
     * new recipient ("Community group {@code tag}"), with neither periods nor milestones. They and their proposals
     * date from 2001, so every list that shows the newest or latest first shows them after everyone else's.
     */
    public void addOldGrants(String tag, int count) throws SQLException {
        if (!tag.matches("[a-z]+")) {
            throw new IllegalArgumentException("Not a plain tag: " + tag);
        }
        String org = "GB-TEST-" + tag.toUpperCase();
        execute(String.format("""
                INSERT INTO organisation (name, org_id, type, created_at) VALUES
                    ('Funder %1$s', '%2$s-FUNDER', 'FUNDER', now()), ('Community group %1$s', '%2$s', 'GRANTEE', now());
                INSERT INTO fund (funder_id, code, title) SELECT id, 'TEST-%2$s', 'Fund %1$s' FROM organisation
                    WHERE org_id = '%2$s-FUNDER';
                INSERT INTO proposal (title, applicant_id, fund_id, status, amount_requested, currency,
                    duration_months, summary, planned_start, created_by, created_at, updated_at)
                SELECT 'Paging %1$s ' || lpad(n::text, 2, '0'), o.id, f.id, 'AWARDED', 1000 + n, 'GBP', 12,
                    'A generated project, number ' || n, DATE '2001-01-01' + n, 'staff', TIMESTAMPTZ '2001-01-01',
                    TIMESTAMPTZ '2001-01-01'
                FROM generate_series(1, %3$d) n, organisation o, fund f
                WHERE o.org_id = '%2$s' AND f.code = 'TEST-%2$s';
                INSERT INTO grant_award (identifier, proposal_id, title, recipient_id, fund_id, amount_awarded,
                    currency, award_date, planned_start, planned_end, manager, created_at)
                SELECT '360G-old-%1$s-' || p.id, p.id, p.title, p.applicant_id, p.fund_id, p.amount_requested, 'GBP',
                    p.planned_start - 30, p.planned_start, p.planned_start + 364, 'staff', TIMESTAMPTZ '2001-01-01'
                FROM proposal p JOIN organisation o ON o.id = p.applicant_id WHERE o.org_id = '%2$s';
                """, tag, org, count));
    }

    /**
     * A partner organisation ("Partner group {@code tag}") running {@code count} programmes "Programme {@code tag}
     * 01", "02", ... of one grant of 2001 with one reporting period ("Year one"), and its partner user
     * {@code partner-tag}, who signs in with the demo partner's password.
     */
    public void addPartnerProgrammes(String tag, int count) throws SQLException {
        addOldGrants(tag, 1);
        String org = "GB-TEST-" + tag.toUpperCase();
        execute(String.format("""
                INSERT INTO reporting_period (grant_id, sequence_no, name, start_date, end_date, report_due_date)
                SELECT g.id, 1, 'Year one', g.planned_start, g.planned_end, g.planned_end + 30
                FROM grant_award g WHERE g.identifier LIKE '360G-old-%1$s-%%';
                INSERT INTO organisation (name, org_id, type, created_at) VALUES
                    ('Partner group %1$s', '%2$s-PARTNER', 'PARTNER', now());
                INSERT INTO partner_programme (grant_id, organisation_id, name, created_at)
                SELECT g.id, o.id, 'Programme %1$s ' || lpad(n::text, 2, '0'), now()
                FROM generate_series(1, %3$d) n, grant_award g, organisation o
                WHERE g.identifier LIKE '360G-old-%1$s-%%' AND o.org_id = '%2$s-PARTNER';
                """, tag, org, count));
        copyUser("partner", "partner-" + tag, org + "-PARTNER");
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
