package org.firstmile.report.schedule.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstmile.notification.service.OutboxDispatcher;
import org.firstmile.platform.batch.ScheduledWork;
import org.firstmile.report.schedule.model.ScheduleKind;

/** The digest job: the portfolio digest to every staff member, then the outbox. Each is told once per slot. */
@ApplicationScoped
public class DigestWork implements ScheduledWork {

    @Inject
    PortfolioDigest digest;

    @Inject
    OutboxDispatcher dispatcher;

    @Override
    public String job() {
        return ScheduleKind.DIGEST.job();
    }

    @Override
    public void run(String slot) {
        digest.send(slot);
        dispatcher.dispatch();
    }
}
