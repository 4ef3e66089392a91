package org.firstmile.platform.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Makes instances that start at the same time on one database take turns at one-off start-up work (the first
 * administrator, the demo data): a PostgreSQL advisory lock held until the caller's transaction ends, so the second
 * instance waits, then finds the first one's rows and leaves them alone instead of failing on a unique key. Every
 * start but the first asks {@link #alreadyDone} and needs neither the lock nor JPA.
 */
public final class StartupLock {

    /** The first key of start-up locks ("FMST"); the second is the hash of the work's name. */
    private static final int NAMESPACE = 0x46_4d_53_54;

    private StartupLock() {
    }

    /** Waits until no other instance is doing {@code work}, and holds it until the current transaction ends. */
    public static void hold(EntityManager em, String work) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1, hashtext(?2))) AS locked")
                .setParameter(1, NAMESPACE).setParameter(2, work).getSingleResult();
    }

    /**
     * Whether an earlier start has done {@code work}: {@code existsQuery}, a {@code SELECT EXISTS (...)} with
     * {@code ?} for the {@code parameters}, asked through plain JDBC and without the lock. A start that finds its
     * work done then sends no JPA query: the first one sets up EclipseLink's query machinery, about 0.4 s of a
     * start-up on two cores (README, "Performance"), which the first page a user signs in to does instead. When it
     * answers false, {@link #hold} the lock and ask again before doing the work.
     */
    public static boolean alreadyDone(DataSource dataSource, String work, String existsQuery, String... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(existsQuery)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet found = statement.executeQuery()) {
                return found.next() && found.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not find out whether the " + work + " exists: " + e.getMessage(), e);
        }
    }
}
