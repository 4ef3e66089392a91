package org.firstmile.report.schedule.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.firstmile.report.schedule.model.PeriodDue;
import org.firstmile.report.schedule.model.ReportSchedule;
import org.firstmile.report.schedule.model.ScheduleKind;

/**
 * Reads the schedules and the reporting periods they plan by. No access rule of its own: the timer (which runs as
 * no one) and the administrators' {@link ScheduleService} both read here.
 */
@ApplicationScoped
public class Schedules {

    @PersistenceContext
    EntityManager em;

    public List<ReportSchedule> all() {
        return em.createQuery("SELECT s FROM ReportSchedule s ORDER BY s.id", ReportSchedule.class).getResultList();
    }

    /**
     * The periods a draft schedule needs at {@code today}: every period whose report is due within
     * {@code daysBefore} days (their drafts may be due now), and the first one after those (the next run).
     */
    public List<PeriodDue> periodsForDrafts(LocalDate today, int daysBefore) {
        LocalDate windowEnd = today.plusDays(daysBefore);
        List<PeriodDue> periods = new ArrayList<>(em.createQuery("SELECT NEW org.firstmile.report.schedule.model."
                + "PeriodDue(p.grant.id, p.id, p.reportDueDate) FROM ReportingPeriod p WHERE p.reportDueDate "
                + "BETWEEN :today AND :end ORDER BY p.reportDueDate, p.id", PeriodDue.class)
                .setParameter("today", today).setParameter("end", windowEnd).getResultList());
        em.createQuery("SELECT NEW org.firstmile.report.schedule.model.PeriodDue(p.grant.id, p.id, p.reportDueDate) "
                + "FROM ReportingPeriod p WHERE p.reportDueDate > :end ORDER BY p.reportDueDate, p.id", PeriodDue.class)
                .setParameter("end", windowEnd).setMaxResults(1).getResultStream().forEach(periods::add);
        return periods;
    }

    /** The periods {@code schedule} plans by: none unless it is the draft schedule. */
    public List<PeriodDue> periodsFor(ReportSchedule schedule, LocalDate today) {
        return schedule.getKind() == ScheduleKind.DRAFT && schedule.getDaysBefore() != null
                ? periodsForDrafts(today, schedule.getDaysBefore()) : List.of();
    }
}
