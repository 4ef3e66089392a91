package org.firstmile.platform.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The job_run table, and the only code that writes it. Every change is one SQL statement in a transaction of its
 * own, committed before the batch job starts, so that what one instance decides the others see at once:
 * <ul>
 * <li>{@link #claim}: under {@code pg_try_advisory_xact_lock} for the slot, insert the run unless the unique
 * (job, slot) row exists. Two instances on the same tick: one gets the lock, the other gives up at once; a late one
 * finds the row.</li>
 * <li>{@link #takeOverStale}: a RUNNING run whose heartbeat is older than the limit lost its owner (process
 * killed); one UPDATE moves it to this instance, and PostgreSQL's row lock lets only one instance win.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class JobRuns {

    /** The first key of FirstMile's advisory locks; the second is the hash of job and slot. */
    static final int LOCK_NAMESPACE = 0x46_4d_4a_52;

    public static final int ERROR_MAX = 2000;

    /** Well below the 32,767 parameters PostgreSQL's protocol allows in one statement. */
    static final int SLOTS_PER_QUERY = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RunningHere here;

    /** The id of a new RUNNING run owned by this instance, or empty when the slot has a run or is being claimed. */
    public Optional<Long> claim(String job, String slot) {
        Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?, hashtext(?))")
                .setParameter(1, LOCK_NAMESPACE).setParameter(2, job + "|" + slot).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return Optional.empty();
        }
        Timestamp now = now();
        List<?> ids = em.createNativeQuery("INSERT INTO job_run (job, slot, status, owner, heartbeat_at, started_at) "
                + "VALUES (?, ?, 'RUNNING', ?, ?, ?) ON CONFLICT (job, slot) DO NOTHING RETURNING id")
                .setParameter(1, job).setParameter(2, slot).setParameter(3, here.owner()).setParameter(4, now)
                .setParameter(5, now).getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /**
     * Of the given slots of a job, those that have a run already (so the ticker need not try them). Asked in chunks:
     * a draft round at portfolio scale names tens of thousands of slots, more than one statement may bind.
     */
    @Transactional(TxType.SUPPORTS)
    public Set<String> existing(String job, Collection<String> slots) {
        List<String> all = List.copyOf(slots);
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < all.size(); from += SLOTS_PER_QUERY) {
            existing.addAll(em.createQuery("SELECT r.slot FROM JobRun r WHERE r.job = :job AND r.slot IN :slots",
                    String.class).setParameter("job", job).setParameter("slots", all.subList(from,
                            Math.min(all.size(), from + SLOTS_PER_QUERY))).getResultList());
        }
        return existing;
    }

    /**
     * Moves up to {@code limit} runs whose owner has not beaten for {@code staleAfter} to this instance, the longest
     * silent first; their ids. Rows another instance is taking over at the same moment are skipped, not waited for.
     */
    public List<Long> takeOverStale(Duration staleAfter, int limit) {
        Timestamp now = now();
        Timestamp silentSince = Timestamp.from(clock.instant().minus(staleAfter));
        List<?> ids = em.createNativeQuery("UPDATE job_run SET owner = ?, heartbeat_at = ?, attempts = attempts + 1, "
                + "version = version + 1 WHERE id IN (SELECT id FROM job_run WHERE status = 'RUNNING' AND "
                + "heartbeat_at < ? ORDER BY heartbeat_at, id LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING id")
                .setParameter(1, here.owner()).setParameter(2, now).setParameter(3, silentSince)
                .setParameter(4, limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Tells the other instances that this one is still working on these runs. */
    public void heartbeat(Set<Long> runIds) {
        if (runIds.isEmpty()) {
            return;
        }
        em.createQuery("UPDATE JobRun r SET r.heartbeatAt = :now WHERE r.owner = :owner AND r.status = :running "
                + "AND r.id IN :ids").setParameter("now", clock.instant()).setParameter("owner", here.owner())
                .setParameter("running", JobRunStatus.RUNNING).setParameter("ids", runIds).executeUpdate();
    }

    /**
     * Records the outcome, if this instance still owns the run; false when another instance took it over meanwhile
     * (this one was too slow to beat), which then does the slot again, idempotently.
     */
    public boolean finish(long runId, JobRunStatus status, String error) {
        String message = error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
        return em.createNativeQuery("UPDATE job_run SET status = ?, finished_at = ?, error_message = ?, "
                + "version = version + 1 WHERE id = ? AND owner = ? AND status = 'RUNNING'")
                .setParameter(1, status.name()).setParameter(2, now()).setParameter(3, message)
                .setParameter(4, runId).setParameter(5, here.owner()).executeUpdate() == 1;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<JobRun> find(long runId) {
        return Optional.ofNullable(em.find(JobRun.class, runId));
    }

    @Transactional(TxType.SUPPORTS)
    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM JobRun r", Long.class).getSingleResult();
    }

    /** A page of runs, newest first. */
    @Transactional(TxType.SUPPORTS)
    public List<JobRun> page(int first, int size) {
        return em.createQuery("SELECT r FROM JobRun r ORDER BY r.startedAt DESC, r.id DESC", JobRun.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
