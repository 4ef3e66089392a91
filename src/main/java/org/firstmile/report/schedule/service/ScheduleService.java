package org.firstmile.report.schedule.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.service.AuditTrail;
import org.firstmile.identity.model.Role;
import org.firstmile.platform.batch.JobRun;
import org.firstmile.platform.batch.JobRuns;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.report.schedule.model.ReportSchedule;

/** Administrators' use cases of schedules: read them with their next run, change one, read the runs. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ScheduleService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Schedules schedules;

    @Inject
    JobRuns runs;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    @Inject
    Event<ScheduleChanged> changed;

    public List<ScheduleRow> schedules() {
        LocalDateTime now = LocalDateTime.now(clock);
        return schedules.all().stream().map(schedule -> new ScheduleRow(schedule.getId(), schedule.getVersion(),
                schedule.getKind(), schedule.isEnabled(), schedule.describe(),
                schedule.nextRun(now, schedules.periodsFor(schedule, now.toLocalDate())))).toList();
    }

    public ScheduleForm edit(long id) {
        return ScheduleForm.of(get(id));
    }

    public void save(@NotNull ScheduleForm form) {
        ReportSchedule schedule = get(form.getId());
        EditConflictException.check("schedule", form.getVersion(), schedule.getVersion());
        if (form.time() == null) {
            throw new BusinessException("Enter the time of day as hours and minutes, for example 07:00.");
        }
        Map<String, String> before = schedule.auditState();
        schedule.change(form.isEnabled(), form.getDayOfMonth(), form.getDaysBefore(), form.time(),
                session.getCallerPrincipal().getName(), clock.instant());
        audit.changed(schedule, before, AuditAction.UPDATED);
        changed.fire(new ScheduleChanged(schedule.getId()));
    }

    public long countRuns() {
        return runs.count();
    }

    /** A page of runs, newest first. */
    public List<JobRun> runs(int first, int size) {
        return runs.page(first, size);
    }

    private ReportSchedule get(Long id) {
        ReportSchedule schedule = id == null ? null : em.find(ReportSchedule.class, id);
        if (schedule == null) {
            throw new NotFoundException("schedule", id);
        }
        return schedule;
    }
}
