package org.firstmile.platform.persistence;

import jakarta.persistence.EntityManager;

/**
 * Makes instances that start at the same time on one database take turns at one-off start-up work (the first
 * administrator, the demo data): a PostgreSQL advisory lock held until the caller's transaction ends, so the second
 * instance waits, then finds the first one's rows and leaves them alone instead of failing on a unique key.
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
}
