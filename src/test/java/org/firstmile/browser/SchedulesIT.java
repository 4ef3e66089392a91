package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.pages.JobPages;
import org.firstmile.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The administrator changes when the digest runs and reads what the scheduler did: the runs of the digest and the
 * reminders (started by the server's own timer a few seconds after start-up) and the e-mail they wrote, which stays
 * in the outbox because the server has no mail host. Staff read their reminders in the application.
 */
@BrowserTest
class SchedulesIT {

    private static final Duration SCHEDULER = Duration.ofSeconds(45);

    @Test
    void administratorEditsSchedulesAndSeesTheRunsAndTheOutboxThenStaffReadTheirReminders(Browser admin,
            Browser staff) {
        SignInPage.signInAs(admin, "admin", "admin-demo-2026");
        JobPages pages = new JobPages(admin);

        // From midnight, so that both jobs are due whatever the time of day the tests run.
        pages.editSchedule("Monthly digest", 1, "00:00");
        admin.waitForText(JobPages.PAGE_MESSAGES, "saved");
        pages.editSchedule("Reminders", null, "0:00");
        admin.waitForText(JobPages.PAGE_MESSAGES, "saved");
        assertThat(pages.row(JobPages.SCHEDULES, "Monthly digest").getText())
                .contains("On day 1 of each month at 00:00", "Yes");
        assertThat(pages.row(JobPages.SCHEDULES, "Reminders").getText()).contains("Every day at 00:00");
        assertThat(pages.row(JobPages.SCHEDULES, "Draft progress report").getText())
                .contains("30 days before each report is due, at 06:00");
        admin.screenshot("admin-schedules");

        pages.editSchedule("Monthly digest", null, "25:00");
        admin.waitForText(By.id("schedule-form:messages"), "for example 07:00");
        admin.screenshot("admin-schedule-refused");

        pages.openUntilShown("/admin/runs.xhtml", JobPages.RUNS, "reminders:", SCHEDULER);
        pages.openUntilShown("/admin/runs.xhtml", JobPages.RUNS, "digest:", SCHEDULER);
        pages.openUntilShown("/admin/runs.xhtml", JobPages.RUNS, "Completed", SCHEDULER);
        assertThat(admin.text(JobPages.RUNS)).doesNotContain("Failed");
        admin.screenshot("admin-runs");

        pages.openUntilShown("/admin/outbox.xhtml", JobPages.OUTBOX, "Overdue milestone", SCHEDULER);
        pages.openUntilShown("/admin/outbox.xhtml", JobPages.OUTBOX, "Portfolio digest for", SCHEDULER);
        assertThat(admin.text(JobPages.OUTBOX)).contains("staff@example.org", "In the outbox");
        admin.screenshot("admin-outbox");

        SignInPage.signInAs(staff, "staff", "staff-demo-2026");
        JobPages own = new JobPages(staff);
        own.openUntilShown("/notifications.xhtml", JobPages.NOTIFICATIONS,
                "Overdue milestone: Build a Pattern Library", SCHEDULER);
        assertThat(staff.text(JobPages.UNREAD_COUNT)).matches("\\d+");
        assertThat(staff.text(JobPages.NOTIFICATIONS)).contains("Portfolio digest for");
        staff.screenshot("notifications");

        staff.click(By.id("notifications:mark-read"));
        staff.waitForText(JobPages.PAGE_MESSAGES, "marked as read");
        staff.open("/notifications.xhtml");
        assertThat(staff.findAll(JobPages.UNREAD_COUNT)).isEmpty();
        assertThat(staff.text(JobPages.NOTIFICATIONS)).doesNotContain("New:");
    }
}
