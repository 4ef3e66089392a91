package org.firstmile.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstmile.identity.model.Role;
import org.firstmile.milestone.model.MilestoneStatus;
import org.firstmile.notification.model.ReminderKind;
import org.firstmile.notification.model.ReminderRules;
import org.firstmile.partner.model.PartnerProgramme;
import org.firstmile.partner.service.ReportingRow;
import org.firstmile.partner.service.ReportingRows;

/**
 * Works out today's reminders and tells each once: open milestones due soon or overdue, and reports due soon, to
 * the grant's manager (the staff member whose dashboard lists the grant as theirs); partner updates due soon and not
 * yet submitted, to the partner organisation's users.
 */
@ApplicationScoped
public class Reminders {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    @Inject
    ReportingRows reportingRows;

    @Inject
    @ConfigProperty(name = "firstmile.reminders.milestone-due-days", defaultValue = "14")
    int milestoneDueDays;

    @Inject
    @ConfigProperty(name = "firstmile.reminders.milestone-overdue-days", defaultValue = "1")
    int milestoneOverdueDays;

    @Inject
    @ConfigProperty(name = "firstmile.reminders.report-due-days", defaultValue = "14")
    int reportDueDays;

    public ReminderRules rules() {
        return new ReminderRules(milestoneDueDays, milestoneOverdueDays, reportDueDays);
    }

    /** Tells everyone today's reminders they have not had; how many were new. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        ReminderRules rules = rules();
        return milestones(rules, today) + reportsAndPartnerUpdates(rules, today);
    }

    private int milestones(ReminderRules rules, LocalDate today) {
        List<Object[]> rows = em.createQuery("SELECT m.id, m.title, m.dueDate, m.status, g.id, g.title, g.manager "
                + "FROM Milestone m JOIN m.grant g WHERE m.status IN :open AND m.dueDate <= :horizon "
                + "ORDER BY m.dueDate, m.id", Object[].class).setParameter("open", ReminderRules.OPEN)
                .setParameter("horizon", rules.milestoneHorizon(today)).getResultList();
        int told = 0;
        for (Object[] row : rows) {
            LocalDate due = (LocalDate) row[2];
            Optional<ReminderKind> kind = rules.forMilestone((MilestoneStatus) row[3], due, today);
            if (kind.isEmpty()) {
                continue;
            }
            String subject = kind.get() == ReminderKind.MILESTONE_OVERDUE
                    ? "Overdue milestone: " + row[1] + " (due " + DATE.format(due) + ")"
                    : "Milestone due on " + DATE.format(due) + ": " + row[1];
            String body = subject + "\n\nGrant: " + row[5] + "\nMilestone: " + row[1] + "\nDue: " + DATE.format(due)
                    + "\n\nLog an update on the grant's page when it is done, or move its due date.";
            if (notifier.tell((String) row[6], kind.get().key(String.valueOf(row[0]), due), subject, body,
                    "/grant/view.xhtml?id=" + row[4])) {
                told++;
            }
        }
        return told;
    }

    private int reportsAndPartnerUpdates(ReminderRules rules, LocalDate today) {
        List<Object[]> periods = em.createQuery("SELECT p.id, p.name, p.reportDueDate, g.id, g.title, g.manager "
                + "FROM ReportingPeriod p JOIN p.grant g WHERE p.reportDueDate BETWEEN :today AND :end "
                + "ORDER BY p.reportDueDate, p.id", Object[].class).setParameter("today", today)
                .setParameter("end", today.plusDays(rules.reportDueDays())).getResultList();
        int told = 0;
        for (Object[] period : periods) {
            LocalDate due = (LocalDate) period[2];
            if (!rules.reportDue(due, today)) {
                continue;
            }
            String subject = period[1] + " report due on " + DATE.format(due) + ": " + period[4];
            String body = subject + "\n\nThe progress report of " + period[1] + " for the grant \u201c" + period[4]
                    + "\u201d is due to the funder on " + DATE.format(due) + ".";
            if (notifier.tell((String) period[5], ReminderKind.REPORT_DUE.key(String.valueOf(period[0]), due),
                    subject, body, "/grant/view.xhtml?id=" + period[3])) {
                told++;
            }
        }
        Set<Long> periodIds = periods.stream().map(p -> (Long) p[0]).collect(Collectors.toSet());
        Set<Long> grantIds = periods.stream().map(p -> (Long) p[3]).collect(Collectors.toSet());
        return told + partnerUpdates(rules, today, periodIds, grantIds);
    }

    private int partnerUpdates(ReminderRules rules, LocalDate today, Set<Long> periodIds, Set<Long> grantIds) {
        if (grantIds.isEmpty()) {
            return 0;
        }
        List<PartnerProgramme> programmes = em.createQuery("SELECT pp FROM PartnerProgramme pp JOIN FETCH "
                + "pp.organisation JOIN FETCH pp.grant WHERE pp.grant.id IN :grants ORDER BY pp.id",
                PartnerProgramme.class).setParameter("grants", grantIds).getResultList();
        Map<Long, Long> organisationOf = new HashMap<>();
        programmes.forEach(p -> organisationOf.put(p.getId(), p.getOrganisation().getId()));
        Map<Long, List<String>> partnersOf = partnerUsers(organisationOf.values());
        int told = 0;
        for (ReportingRow row : reportingRows.allPeriods(programmes)) {
            if (!periodIds.contains(row.periodId())
                    || !rules.partnerUpdateDue(row.hasReported(), row.reportDue(), today)) {
                continue;
            }
            String subject = "Partner update due by " + DATE.format(row.reportDue()) + ": " + row.programmeName()
                    + ", " + row.periodName();
            String body = subject + "\n\nPlease write and submit your update for " + row.periodName() + " of "
                    + row.programmeName() + " (" + row.grantTitle() + ") by " + DATE.format(row.reportDue()) + ".";
            String key = ReminderKind.PARTNER_UPDATE_DUE.key(row.programmeId() + ":" + row.periodId(),
                    row.reportDue());
            String link = "/partner/portal/update.xhtml?programme=" + row.programmeId() + "&period=" + row.periodId();
            for (String username : partnersOf.getOrDefault(organisationOf.get(row.programmeId()), List.of())) {
                if (notifier.tell(username, key, subject, body, link)) {
                    told++;
                }
            }
        }
        return told;
    }

    private Map<Long, List<String>> partnerUsers(java.util.Collection<Long> organisations) {
        Map<Long, List<String>> users = new HashMap<>();
        if (organisations.isEmpty()) {
            return users;
        }
        em.createQuery("SELECT u.organisation.id, u.username FROM AppUser u WHERE u.enabled = true "
                + "AND u.organisation.id IN :organisations AND :partner MEMBER OF u.roles ORDER BY u.username",
                Object[].class).setParameter("organisations", organisations).setParameter("partner", Role.PARTNER)
                .getResultStream().forEach(row -> users.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((String) row[1]));
        return users;
    }
}
