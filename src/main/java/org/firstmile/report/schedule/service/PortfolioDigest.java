package org.firstmile.report.schedule.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firstmile.identity.model.Role;
import org.firstmile.milestone.model.MilestoneStatus;
import org.firstmile.notification.service.Notifier;
import org.firstmile.partner.service.ReportingRows;

/**
 * The monthly digest: one line per active grant (overdue milestones, milestones due in the next 30 days, the next
 * report due, partner updates outstanding for the current period), told to every staff member once per slot.
 */
@ApplicationScoped
public class PortfolioDigest {

    public static final int DUE_WINDOW_DAYS = 30;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    @Inject
    ReportingRows reportingRows;

    /** Tells every active staff user the digest of {@code slot}; how many were told now (0 when all had it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int send(String slot) {
        String subject = "Portfolio digest for " + LocalDate.now(clock).format(DateTimeFormatter.ofPattern(
                "MMMM yyyy", Locale.UK));
        String body = summary();
        List<String> staff = em.createQuery("SELECT u.username FROM AppUser u WHERE u.enabled = true AND :staff "
                + "MEMBER OF u.roles ORDER BY u.username", String.class).setParameter("staff", Role.STAFF)
                .getResultList();
        int told = 0;
        for (String username : staff) {
            if (notifier.tell(username, slot, subject, body, "/dashboard.xhtml")) {
                told++;
            }
        }
        return told;
    }

    /** The digest's text, as of today. */
    public String summary() {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> grants = em.createQuery("SELECT g.id, g.identifier, g.title FROM Grant g "
                + "WHERE g.plannedEnd >= :today ORDER BY g.title, g.id", Object[].class)
                .setParameter("today", today).getResultList();
        if (grants.isEmpty()) {
            return "There are no active grants.";
        }
        Map<Long, Long> overdue = counts("m.dueDate < :from", today, today);
        Map<Long, Long> dueSoon = counts("m.dueDate BETWEEN :from AND :to", today, today.plusDays(DUE_WINDOW_DAYS));
        Map<Long, LocalDate> nextReport = new HashMap<>();
        em.createQuery("SELECT p.grant.id, MIN(p.reportDueDate) FROM ReportingPeriod p WHERE p.reportDueDate >= "
                + ":today GROUP BY p.grant.id", Object[].class).setParameter("today", today).getResultStream()
                .forEach(row -> nextReport.put((Long) row[0], (LocalDate) row[1]));
        Map<Long, Long> outstanding = reportingRows.notReportedByGrant();
        StringBuilder text = new StringBuilder("Active grants on ").append(DATE.format(today)).append(":\n");
        for (Object[] grant : grants) {
            Long id = (Long) grant[0];
            LocalDate report = nextReport.get(id);
            text.append("\n").append(grant[2]).append(" (").append(grant[1]).append(")\n")
                    .append("  Overdue milestones: ").append(overdue.getOrDefault(id, 0L)).append("\n")
                    .append("  Milestones due in the next ").append(DUE_WINDOW_DAYS).append(" days: ")
                    .append(dueSoon.getOrDefault(id, 0L)).append("\n")
                    .append("  Next report due: ").append(report == null ? "none" : DATE.format(report)).append("\n")
                    .append("  Partner updates outstanding: ").append(outstanding.getOrDefault(id, 0L)).append("\n");
        }
        return text.toString();
    }

    private Map<Long, Long> counts(String condition, LocalDate from, LocalDate to) {
        Map<Long, Long> counts = new HashMap<>();
        var query = em.createQuery("SELECT m.grant.id, COUNT(m) FROM Milestone m WHERE m.status <> :done AND "
                + condition + " GROUP BY m.grant.id", Object[].class).setParameter("done", MilestoneStatus.DONE)
                .setParameter("from", from);
        if (condition.contains(":to")) {
            query.setParameter("to", to);
        }
        query.getResultStream().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
