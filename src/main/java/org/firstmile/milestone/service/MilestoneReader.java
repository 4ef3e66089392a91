package org.firstmile.milestone.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a grant's milestones in one query. Holds no access rule of its own: the staff's {@link MilestoneService} and
 * the funder portal each decide first who may see which grant, then ask here.
 */
@ApplicationScoped
public class MilestoneReader {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<MilestoneRow> forGrant(long grantId) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery(MilestoneRow.SELECT + " WHERE g.id = :grant ORDER BY m.dueDate, m.id", Object[].class)
                .setParameter("grant", grantId).getResultList().stream().map(row -> MilestoneRow.of(row, today))
                .toList();
    }
}
