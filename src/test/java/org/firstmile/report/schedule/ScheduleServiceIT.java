package org.firstmile.report.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.firstmile.identity.model.Role;
import org.firstmile.notification.model.Notification;
import org.firstmile.notification.service.NotificationService;
import org.firstmile.platform.batch.JobLauncher;
import org.firstmile.platform.batch.JobRun;
import org.firstmile.platform.batch.JobRunStatus;
import org.firstmile.platform.batch.JobRuns;
import org.firstmile.platform.persistence.FirstMileDataSource;
import org.firstmile.report.schedule.model.ScheduleKind;
import org.firstmile.report.schedule.service.DraftWork;
import org.firstmile.report.schedule.service.ScheduleRow;
import org.firstmile.report.schedule.service.ScheduleService;
import org.firstmile.testsupport.Deployments;
import org.firstmile.testsupport.Deployments.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Payara Micro: schedules, runs and the outbox are the administrators' alone, and everyone reads only
 * their own notifications, whatever page they call from.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleServiceIT {

    @EJB
    ScheduleService schedules;

    @EJB
    NotificationService notifications;

    @Resource(lookup = FirstMileDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    JobLauncher launcher;

    @Inject
    JobRuns runs;

    @Inject
    DraftWork drafts;

    @Test
    void scheduledDraftOfAPeriodIsGeneratedOnceEvenWhenItsSlotIsDoneAgain() throws Exception {
        long grant = number("SELECT id FROM grant_award WHERE title LIKE 'Building a Relationships%'");
        long period = number("SELECT id FROM reporting_period WHERE sequence_no = 2 AND grant_id = " + grant);
        String drafted = "SELECT count(*) FROM progress_report WHERE generated_by = 'scheduler' AND grant_id = "
                + grant + " AND period_id = " + period;
        assertEquals(0, number(drafted));
        String slot = "draft:" + grant + ":" + period;

        long id = launcher.trigger("draft", slot).orElseThrow();
        JobRun run = awaitFinished(id);

        assertEquals(JobRunStatus.COMPLETED, run.getStatus(), run.getErrorMessage());
        assertEquals(1, number(drafted), "one draft version by the scheduler");
        assertEquals(3, number("SELECT count(*) FROM progress_report_file f JOIN progress_report r ON r.id = f.report_id "
                + "WHERE r.generated_by = 'scheduler' AND r.period_id = " + period), "its PDF, CSV and XLSX");
        drafts.run(slot);
        assertEquals(1, number(drafted), "a slot done again after a crash makes no second version");
        assertTrue(launcher.trigger("draft", slot).isEmpty());
    }

    private JobRun awaitFinished(long id) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            JobRun current = runs.find(id).orElseThrow();
            if (current.getStatus() != JobRunStatus.RUNNING) {
                return current;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Run " + id + " did not finish");
    }

    private long number(String sql) throws Exception {
        try (Connection db = dataSource.getConnection(); ResultSet row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void staffCannotReadOrChangeSchedulesRunsOrTheOutbox() {
        InContainer.signInAs(Role.STAFF);

        assertThrows(EJBAccessException.class, () -> schedules.schedules());
        assertThrows(EJBAccessException.class, () -> schedules.edit(1));
        assertThrows(EJBAccessException.class, () -> schedules.runs(0, 10));
        assertThrows(EJBAccessException.class, () -> notifications.outbox(0, 10));
    }

    @Test
    void partnerAndFunderCannotReadTheOutbox() {
        InContainer.signInAs(Role.PARTNER);
        assertThrows(EJBAccessException.class, () -> notifications.countOutbox());
        assertThrows(EJBAccessException.class, () -> schedules.countRuns());
    }

    @Test
    void administratorSeesTheThreeSchedulesWithTheirNextRun() {
        InContainer.signInAs(Role.ADMIN);

        List<ScheduleRow> rows = schedules.schedules();

        assertEquals(List.of(ScheduleKind.DIGEST, ScheduleKind.DRAFT, ScheduleKind.REMINDERS),
                rows.stream().map(ScheduleRow::kind).toList());
        assertTrue(rows.stream().filter(row -> row.kind() != ScheduleKind.DRAFT).allMatch(row -> row.nextRun()
                != null), "the digest and the reminders always have a next run");
    }

    @Test
    void everyoneReadsOnlyTheirOwnNotifications() throws Exception {
        String key = "scoping:" + UUID.randomUUID();
        try (Connection db = dataSource.getConnection()) {
            db.createStatement().executeUpdate("INSERT INTO notification (recipient, item_key, subject, body, "
                    + "created_at) VALUES ('partner', '" + key + "', 'For the partner', 'x', now() + interval '1 day'), "
                    + "('staff', '" + key + "', 'For staff', 'x', now() + interval '1 day')");
        }
        InContainer.signInAs(Role.PARTNER);

        List<Notification> mine = notifications.mine(0, 100);

        assertTrue(mine.stream().anyMatch(n -> n.getItemKey().equals(key)), "the partner's own");
        assertTrue(mine.stream().allMatch(n -> n.getRecipient().equals("partner")), "nobody else's");
        assertEquals(mine.size(), notifications.countMine());
        assertTrue(notifications.unreadCount() >= 1);
    }
}
