package org.firstmile.partner.service;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import org.firstmile.partner.model.PartnerUpdate;

/**
 * The revisions of one programme's update for one period, newest first, with their evidence and (in one more
 * query for all of them) their figures.
 */
final class Revisions {

    private Revisions() {
    }

    static List<PartnerUpdate> of(EntityManager em, long programmeId, long periodId) {
        List<PartnerUpdate> revisions = em.createQuery("SELECT DISTINCT u FROM PartnerUpdate u LEFT JOIN FETCH "
                + "u.evidence WHERE u.programme.id = :programme AND u.period.id = :period ORDER BY u.revision DESC",
                PartnerUpdate.class).setParameter("programme", programmeId).setParameter("period", periodId)
                .setHint(QueryHints.BATCH, "u.figures")
                .getResultList();
        revisions.forEach(revision -> revision.getFigures().size());
        return revisions;
    }
}
