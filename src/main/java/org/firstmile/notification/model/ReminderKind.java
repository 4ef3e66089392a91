package org.firstmile.notification.model;

/** What a reminder is about; {@link #key} makes the key that lets each be told once. */
public enum ReminderKind {
    MILESTONE_DUE("milestone-due"),
    MILESTONE_OVERDUE("milestone-overdue"),
    REPORT_DUE("report-due"),
    PARTNER_UPDATE_DUE("partner-update-due");

    private final String prefix;

    ReminderKind(String prefix) {
        this.prefix = prefix;
    }

    /**
     * The reminder's identity: the kind, the item and its due date, never the day it is sent. The same item with
     * the same due date gives the same key every day, so it is told once; a new due date is a new reminder.
     */
    public String key(String item, java.time.LocalDate due) {
        return prefix + ":" + item + ":" + due;
    }
}
