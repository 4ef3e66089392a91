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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.firstmile.dashboard.service.Dashboard;
import org.firstmile.dashboard.service.DashboardCounts;
import org.firstmile.dashboard.service.DashboardService;
import org.firstmile.grant.service.GrantService;
import org.firstmile.milestone.model.Milestone;
import org.firstmile.milestone.service.MilestoneRow;
import org.firstmile.platform.persistence.StatementCounter;
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

        Dashboard staffs = dashboard.dashboard("staff", 30, 10);
        DashboardCounts mine = staffs.counts();
        DashboardCounts all = dashboard.dashboard(null, 30, 10).counts();
        List<MilestoneRow> overdue = staffs.overdue();

        assertEquals(DashboardService.LIST_LIMIT, overdue.size(), "the list is cut at the limit");
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

    @Test
    void aManagersListsHoldTheFirstMilestonesOfTheirOwnGrantsInOrder() throws Exception {
        request.logout();
        InContainer.signIn("staff", "staff-demo-2026");
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now();
        LocalDate longAgo = today.minusYears(40);
        LocalDate later = today.plusYears(40);
        long first = awardedGrant(run + " first");
        long second = awardedGrant(run + " second");
        long others = awardedGrant(run + " others");
        transaction.begin();
        em.createNativeQuery("UPDATE grant_award SET manager = 'another-manager' WHERE id = ?1")
                .setParameter(1, others).executeUpdate();
        for (int i = 1; i <= 12; i++) {
            milestone(first, "Overdue " + i, longAgo.plusDays(i), "PLANNED", null);
            milestone(second, "Overdue " + i, longAgo.plusDays(i / 2 * 2), "AT_RISK", null);
            milestone(first, "Done " + i, longAgo, "DONE", later.minusDays(i / 3));
            milestone(second, "Done " + i, longAgo, "DONE", later.minusDays(i / 2));
        }
        milestone(first, "Done without a date", longAgo, "DONE", null);
        milestone(second, "Due today", today, "IN_PROGRESS", null);
        milestone(first, "Due at the end of the window", today.plusDays(30), "PLANNED", null);
        milestone(second, "Due at the end of the window", today.plusDays(30), "PLANNED", null);
        milestone(first, "Due after the window", today.plusDays(31), "PLANNED", null);
        milestone(first, "Done long ago, due today", today, "DONE", longAgo);
        milestone(others, "Most overdue of all", longAgo, "PLANNED", null);
        milestone(others, "Due today elsewhere", today, "PLANNED", null);
        milestone(others, "Done latest of all", longAgo, "DONE", later.plusDays(1));
        milestone(others, "Done elsewhere without a date", longAgo, "DONE", null);
        transaction.commit();

        String open = "m.status <> org.firstmile.milestone.model.MilestoneStatus.DONE AND ";
        Dashboard mine = dashboard.dashboard("staff", 30, 10);
        List<MilestoneRow> overdue = mine.overdue();
        List<MilestoneRow> dueSoon = mine.dueSoon();
        List<MilestoneRow> recentlyDone = mine.recentlyDone();

        String done = "m.status = org.firstmile.milestone.model.MilestoneStatus.DONE";
        assertEquals(listed("staff", open + "m.dueDate < :today", "m.dueDate, m.id"), overdue,
                "the most overdue of my grants, ties on due date by id, as a query through the grants gives");
        assertEquals(listed("staff", open + "m.dueDate BETWEEN :today AND :soon", "m.dueDate, m.id"), dueSoon);
        assertEquals(listed("staff", done, "m.completedOn DESC, m.id DESC"), recentlyDone);
        Dashboard everyones = dashboard.dashboard(null, 30, 10);
        assertEquals(listed(null, open + "m.dueDate < :today", "m.dueDate, m.id"), everyones.overdue(),
                "with grants managed by others, the same lists over all grants");
        assertEquals(listed(null, open + "m.dueDate BETWEEN :today AND :soon", "m.dueDate, m.id"),
                everyones.dueSoon());
        assertEquals(listed(null, done, "m.completedOn DESC, m.id DESC"), everyones.recentlyDone());
        assertEquals(Set.of(first, second), grantsOf(overdue), "both grants give to the list, others' none");
        assertEquals(Set.of(first, second), grantsOf(recentlyDone));
        assertEquals("Done without a date", recentlyDone.get(0).title(), "a done milestone without a date comes first");
        assertTrue(dueSoon.stream().noneMatch(row -> row.grantId() == others), "another manager's grant is left out");
    }

    @Test
    void aMilestoneIsListedForItsGrantsManagerAndFollowsTheGrantToAnother() throws Exception {
        request.logout();
        InContainer.signIn("staff", "staff-demo-2026");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String other = "manager-" + run;
        long grantId = awardedGrant(run + " handed over");
        transaction.begin();
        milestone(grantId, "Most overdue " + run, LocalDate.now().minusYears(50), "PLANNED", null);
        transaction.commit();
        assertEquals("Most overdue " + run, dashboard.dashboard("staff", 30, 10).overdue().get(0).title(),
                "a new milestone takes its grant's manager");
        assertTrue(dashboard.dashboard(other, 30, 10).overdue().isEmpty());

        transaction.begin();
        em.createNativeQuery("UPDATE grant_award SET manager = ?1 WHERE id = ?2").setParameter(1, other)
                .setParameter(2, grantId).executeUpdate();
        transaction.commit();

        Dashboard theirs = dashboard.dashboard(other, 30, 10);
        assertEquals(List.of("Most overdue " + run), theirs.overdue().stream().map(MilestoneRow::title).toList(),
                "the grant's milestones go with it to its new manager");
        assertEquals(1, theirs.counts().overdue());
        assertEquals(1, theirs.counts().grants());
        assertTrue(dashboard.dashboard("staff", 30, 10).overdue().stream()
                .noneMatch(row -> row.grantId() == grantId), "and leave the old one's dashboard");
    }

    @Test
    void theDashboardIsTwoStatementsWhateverItsScope() throws Exception {
        request.logout();
        InContainer.signIn("staff", "staff-demo-2026");
        for (String manager : new String[] {"staff", null}) {
            StatementCounter.start();
            int statements;
            try {
                dashboard.dashboard(manager, 30, 10);
            } finally {
                statements = StatementCounter.stop();
            }
            assertEquals(2, statements, "the grants, then the milestones with the totals, for " + manager);
        }
    }

    @Test
    void aScopeWithNothingInItHasEmptyListsAndZeroTotals() throws Exception {
        request.logout();
        InContainer.signIn("staff", "staff-demo-2026");
        Dashboard nobodys = dashboard.dashboard("nobody-" + UUID.randomUUID(), 30, 10);
        assertTrue(nobodys.grants().isEmpty());
        assertTrue(nobodys.overdue().isEmpty());
        assertTrue(nobodys.dueSoon().isEmpty());
        assertTrue(nobodys.recentlyDone().isEmpty());
        assertEquals(new DashboardCounts(0, 0, 0), nobodys.counts());
    }

    /**
     * What the dashboard should list for {@code manager} (all grants when null), found through the grants they
     * manage rather than the milestones' copy of the manager.
     */
    private List<MilestoneRow> listed(String manager, String condition, String orderBy) {
        LocalDate today = LocalDate.now();
        var query = em.createQuery("SELECT m FROM Milestone m WHERE " + (manager == null ? ""
                : "m.grant.manager = :manager AND ") + condition + " ORDER BY " + orderBy, Milestone.class)
                .setMaxResults(DashboardService.LIST_LIMIT);
        if (manager != null) {
            query.setParameter("manager", manager);
        }
        if (condition.contains(":today")) {
            query.setParameter("today", today);
        }
        if (condition.contains(":soon")) {
            query.setParameter("soon", today.plusDays(30));
        }
        return query.getResultList().stream().map(m -> new MilestoneRow(m.getId(), m.getVersion(),
                m.getGrant().getId(), m.getGrant().getIdentifier(), m.getGrant().getTitle(), m.getTitle(),
                m.getDescription(), m.getDueDate(), m.getOwner(), m.getStatus(), m.getCompletedOn(),
                m.getEvidenceUrl(), m.getNote(), Milestone.isOverdue(m.getStatus(), m.getDueDate(), today))).toList();
    }

    private static Set<Long> grantsOf(List<MilestoneRow> rows) {
        return rows.stream().map(MilestoneRow::grantId).collect(Collectors.toSet());
    }

    private void milestone(long grantId, String title, LocalDate due, String status, LocalDate completedOn) {
        em.createNativeQuery("INSERT INTO milestone (grant_id, title, due_date, status, completed_on, owner, note) "
                + "VALUES (?1, ?2, ?3, ?4, CAST(?5 AS date), 'Programme team', 'Checked by the dashboard test')")
                .setParameter(1, grantId).setParameter(2, title).setParameter(3, java.sql.Date.valueOf(due))
                .setParameter(4, status)
                .setParameter(5, completedOn == null ? null : java.sql.Date.valueOf(completedOn)).executeUpdate();
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
