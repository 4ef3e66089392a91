package org.firstmile.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstmile.platform.batch.ScheduledWork;

/** The reminders job: today's reminders, then the outbox. Safe to run again: each reminder is told once. */
@ApplicationScoped
public class ReminderWork implements ScheduledWork {

    public static final String JOB = "reminders";

    @Inject
    Reminders reminders;

    @Inject
    OutboxDispatcher dispatcher;

    @Override
    public String job() {
        return JOB;
    }

    @Override
    public void run(String slot) {
        reminders.remind();
        dispatcher.dispatch();
    }
}
