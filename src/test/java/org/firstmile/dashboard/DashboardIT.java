package org.firstmile.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.firstmile.dashboard.service.DashboardCounts;
import org.firstmile.dashboard.service.DashboardService;
import org.firstmile.grant.service.GrantService;
import org.firstmile.milestone.service.MilestoneRow;
import org.firstmile.milestone.service.MilestoneService;
import org.firstmile.proposal.service.ProposalService;
import org.firstmile.testsupport.Deployments.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard lists only the first few of each kind, so that it costs the same for any portfolio, and gives the
 * totals beside them: the totals count everything the lists would show without their limit.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    @EJB
    DashboardService dashboard;

    @EJB
    MilestoneService milestones;

    @EJB
    GrantService grants;

    @EJB
    ProposalService proposals;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    HttpServletRequest request;

    @Test
    void listsAreShortAndTheTotalsCountEverythingInScope() throws Exception {
        request.logout();
        InContainer.signIn("staff", "staff-demo-2026");
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now();
        long grantId = awardedGrant(run);
        transaction.begin();
        for (int i = 1; i <= 12; i++) {
            em.createNativeQuery("INSERT INTO milestone (grant_id, title, due_date, status) VALUES (?1, ?2, ?3, "
                    + "'PLANNED')").setParameter(1, grantId).setParameter(2, "Overdue " + run + " " + i)
                    .setParameter(3, java.sql.Date.valueOf(today.minusYears(30).plusDays(i))).executeUpdate();
        }
        transaction.commit();

        DashboardCounts mine = dashboard.counts("staff", 30);
        DashboardCounts all = dashboard.counts(null, 30);
        List<MilestoneRow> overdue = milestones.overdue("staff");

        assertEquals(MilestoneService.DASHBOARD_LIMIT, overdue.size(), "the list is cut at the limit");
        assertEquals("Overdue " + run + " 1", overdue.get(0).title(), "and starts with the most overdue");
        assertEquals(count("m.dueDate < :today", "staff"), mine.overdue());
        assertTrue(mine.overdue() >= 12, "every overdue milestone is counted, not only those listed");
        assertEquals(count("m.dueDate BETWEEN :today AND :soon", "staff"), mine.dueSoon());
        assertEquals(count("m.dueDate BETWEEN :today AND :soon", null), all.dueSoon());
        assertEquals(count("m.dueDate < :today", null), all.overdue());
        assertEquals(em.createQuery("SELECT COUNT(g) FROM Grant g WHERE g.manager = 'staff'", Long.class)
                .getSingleResult(), mine.grants());
        assertEquals(em.createQuery("SELECT COUNT(g) FROM Grant g", Long.class).getSingleResult(), all.grants());
        assertTrue(grants.list("staff", 3).size() <= 3);
    }

    /** A new grant managed by staff (who award it), so that the demo grant's milestones stay as they are. */
    private long awardedGrant(String run) {
        long fund = em.createQuery("SELECT f.id FROM Fund f WHERE f.code = 'BPTF'", Long.class).getSingleResult();
        LocalDate start = LocalDate.now().minusMonths(1);
        return InContainer.awardedGrant(proposals, em, "Dashboard test " + run, fund, start, start).getId();
    }

    private long count(String condition, String manager) {
        String managed = manager == null ? "" : " AND m.grant.manager = :manager";
        var query = em.createQuery("SELECT COUNT(m) FROM Milestone m WHERE m.status <> "
                + "org.firstmile.milestone.model.MilestoneStatus.DONE AND " + condition + managed, Long.class)
                .setParameter("today", LocalDate.now());
        if (condition.contains(":soon")) {
            query.setParameter("soon", LocalDate.now().plusDays(30));
        }
        return manager == null ? query.getSingleResult() : query.setParameter("manager", manager).getSingleResult();
    }
}
