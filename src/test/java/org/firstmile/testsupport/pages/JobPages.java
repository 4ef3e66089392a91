package org.firstmile.testsupport.pages;

import java.time.Duration;
import java.time.Instant;
import org.firstmile.testsupport.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The administrators' pages of scheduled jobs (schedules, job runs, outbox) and everyone's notifications page. */
public final class JobPages {

    public static final By PAGE_MESSAGES = By.id("page-messages");
    public static final By SCHEDULES = By.id("schedules:table");
    public static final By RUNS = By.id("runs:table");
    public static final By OUTBOX = By.id("outbox:table");
    public static final By NOTIFICATIONS = By.id("notifications:table");
    public static final By UNREAD_COUNT = By.id("unread-count");

    private final Browser browser;

    public JobPages(Browser browser) {
        this.browser = browser;
    }

    /** Edits the schedule on the row labelled {@code label}; a null field is left as it is. */
    public void editSchedule(String label, Integer dayOfMonth, String timeOfDay) {
        browser.open("/admin/schedules.xhtml");
        row(SCHEDULES, label).findElement(By.cssSelector("button[id$=':edit']")).click();
        browser.find(By.id("schedule-form:time"));
        if (dayOfMonth != null) {
            browser.type(By.id("schedule-form:day"), dayOfMonth.toString());
        }
        if (timeOfDay != null) {
            browser.type(By.id("schedule-form:time"), timeOfDay);
        }
        browser.click(By.id("schedule-form:save"));
    }

    /**
     * Opens {@code path} again and again until {@code table} shows {@code text}: the scheduler works in the
     * background, once a minute.
     */
    public void openUntilShown(String path, By table, String text, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            browser.open(path);
            if (browser.text(table).contains(text)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(path + " did not show \u201c" + text + "\u201d within " + patience + ": "
                        + browser.text(table));
            }
            sleep();
        }
    }

    public WebElement row(By table, String text) {
        return browser.find(table).findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No row with " + text));
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the scheduler", e);
        }
    }
}
