package org.firstmile.opendata.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.firstmile.opendata.model.OpenGrant;
import org.firstmile.platform.persistence.FirstMileDataSource;

/**
 * Reads grants for publication with plain JDBC and a bounded fetch size: PostgreSQL sends {@value #FETCH_SIZE}
 * rows at a time through a cursor, and each row is handed on and forgotten, so an export of any size holds one
 * page of rows. The cursor needs a transaction, which the calling service's method gives. Holds no access rule:
 * {@link OpenDataService} decides who may read which grants.
 */
@ApplicationScoped
public class OpenGrantReader {

    static final int FETCH_SIZE = 200;

    private static final String SELECT = "SELECT g.id, g.identifier, g.title, p.summary, g.currency, "
            + "g.amount_awarded, g.award_date, g.planned_start, g.planned_end, p.duration_months, r.org_id, r.name, "
            + "fo.org_id, fo.name, f.code, f.title, f.url, g.public_flag, coalesce((SELECT max(a.occurred_at) "
            + "FROM audit_event a WHERE a.entity_type = 'Grant' AND a.entity_id = g.id), g.created_at), "
            + "ARRAY(SELECT o.org_id FROM grant_co_funder c JOIN organisation o ON o.id = c.funder_id "
            + "WHERE c.grant_id = g.id ORDER BY c.id), ARRAY(SELECT o.name FROM grant_co_funder c JOIN organisation o "
            + "ON o.id = c.funder_id WHERE c.grant_id = g.id ORDER BY c.id) "
            + "FROM grant_award g JOIN proposal p ON p.id = g.proposal_id JOIN organisation r ON r.id = g.recipient_id "
            + "JOIN fund f ON f.id = g.fund_id JOIN organisation fo ON fo.id = f.funder_id";

    @Resource(lookup = FirstMileDataSource.JNDI_NAME)
    DataSource dataSource;

    /** Hands every grant (or only those published in the open) to {@code each}, in award order, one at a time. */
    public long forEach(boolean publicOnly, Consumer<OpenGrant> each) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(exportQuery(publicOnly),
                        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            long count = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    each.accept(grantOf(rows));
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the grants to publish", e);
        }
    }

    /**
     * The SQL of an export, every grant or only those published in the open, in award order. The benchmark copies
     * the same rows with psql to compare.
     */
    public static String exportQuery(boolean publicOnly) {
        return SELECT + (publicOnly ? " WHERE g.public_flag" : "") + " ORDER BY g.id";
    }

    /** The grants published in the open, newest award first: {@code size} of them from {@code first}. */
    public List<OpenGrant> published(int first, int size) {
        List<OpenGrant> grants = new ArrayList<>();
        // The page's ids first (in index order), so that the per-grant subqueries run for its rows only.
        query(SELECT + " WHERE g.id IN (SELECT id FROM grant_award WHERE public_flag ORDER BY award_date DESC, id DESC "
                + "LIMIT ? OFFSET ?) ORDER BY g.award_date DESC, g.id DESC", grants, size, first);
        return grants;
    }

    /** How many grants are published in the open. */
    public long countPublished() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM grant_award WHERE public_flag");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the published grants", e);
        }
    }

    /** One grant if it is published in the open; empty for one that is not, exactly as for one that is missing. */
    public Optional<OpenGrant> published(long id) {
        List<OpenGrant> grants = new ArrayList<>();
        query(SELECT + " WHERE g.public_flag AND g.id = ?", grants, id);
        return grants.stream().findFirst();
    }

    private void query(String sql, List<OpenGrant> into, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    into.add(grantOf(rows));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the published grants", e);
        }
    }

    private static OpenGrant grantOf(ResultSet row) throws SQLException {
        return new OpenGrant(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5).strip(), row.getBigDecimal(6), row.getObject(7, java.time.LocalDate.class),
                row.getObject(8, java.time.LocalDate.class), row.getObject(9, java.time.LocalDate.class),
                row.getInt(10), row.getString(11), row.getString(12), row.getString(13), row.getString(14),
                row.getString(15), row.getString(16), row.getString(17), row.getBoolean(18),
                row.getObject(19, java.time.OffsetDateTime.class).toInstant(), coFunders(row));
    }

    private static List<OpenGrant.Funder> coFunders(ResultSet row) throws SQLException {
        String[] orgIds = (String[]) row.getArray(20).getArray();
        String[] names = (String[]) row.getArray(21).getArray();
        List<OpenGrant.Funder> funders = new ArrayList<>(orgIds.length);
        for (int i = 0; i < orgIds.length; i++) {
            funders.add(new OpenGrant.Funder(orgIds[i], names[i]));
        }
        return funders;
    }
}
