package org.firstmile.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Empties the outbox through the configured mail server; with none configured, leaves the messages there. */
@ApplicationScoped
public class OutboxDispatcher {

    @Inject
    MailConfiguration configuration;

    @Inject
    Outbox outbox;

    /** Sends what waits, if a mail server is configured. */
    public void dispatch() {
        dispatch(configuration.settings());
    }

    public void dispatch(MailSettings settings) {
        if (!settings.configured()) {
            return;
        }
        long after = 0;
        while (after >= 0) {
            after = outbox.sendBatch(settings, after);
        }
    }
}
