package org.firstmile.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.firstmile.identity.model.AppUser;
import org.firstmile.identity.model.SignInLimit;
import org.firstmile.identity.model.SignInLimit.Attempt;

/**
 * Records every sign-in attempt in the {@code login_attempt} table (shared by all instances) and in the
 * {@code org.firstmile.security} log, and says whether an account is locked by {@link SignInLimit#STANDARD}.
 * Passwords never reach this class.
 */
@ApplicationScoped
@Transactional
public class SignInAttempts {

    static final Logger SECURITY_LOG = Logger.getLogger("org.firstmile.security");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** How long the account named {@code username} must wait before trying again, or empty when it may try now. */
    public Optional<Duration> lockedFor(String username) {
        Instant now = clock.instant();
        SignInLimit limit = SignInLimit.STANDARD;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT attempted_at, succeeded FROM login_attempt "
                + "WHERE username = ?1 AND attempted_at > ?2 ORDER BY attempted_at DESC")
                .setParameter(1, key(username))
                .setParameter(2, Timestamp.from(limit.windowStart(now)))
                .setMaxResults(limit.maxFailures() * 4)
                .getResultList();
        List<Attempt> attempts = rows.stream()
                .map(row -> new Attempt(((Timestamp) row[0]).toInstant(), (Boolean) row[1])).toList();
        return limit.lockedFor(attempts, now);
    }

    public void succeeded(String username, String remoteAddress) {
        record(username, true, remoteAddress);
        SECURITY_LOG.info(() -> "Sign-in succeeded for " + printable(username) + " from " + remoteAddress);
    }

    public void failed(String username, String remoteAddress) {
        record(username, false, remoteAddress);
        SECURITY_LOG.warning(() -> "Sign-in failed for " + printable(username) + " from " + remoteAddress);
    }

    /** An attempt refused unchecked because the account is locked; logged, and not counted again. */
    public void refusedWhileLocked(String username, String remoteAddress) {
        SECURITY_LOG.warning(() -> "Sign-in refused (too many failed attempts) for " + printable(username) + " from "
                + remoteAddress);
    }

    private void record(String username, boolean succeeded, String remoteAddress) {
        em.createNativeQuery("INSERT INTO login_attempt (username, attempted_at, succeeded, remote_address) "
                + "VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, key(username))
                .setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, succeeded)
                .setParameter(4, remoteAddress == null ? null : truncate(remoteAddress, 64))
                .executeUpdate();
    }

    /** One account, however its name is typed. */
    static String key(String username) {
        return truncate(String.valueOf(username).trim().toLowerCase(Locale.ROOT), AppUser.USERNAME_MAX);
    }

    /** A username as typed, safe for a log line (no forged lines). */
    private static String printable(String username) {
        return "'" + truncate(String.valueOf(username), AppUser.USERNAME_MAX).replaceAll("\\p{Cntrl}", "?") + "'";
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
