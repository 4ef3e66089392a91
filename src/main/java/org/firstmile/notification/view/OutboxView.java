package org.firstmile.notification.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.firstmile.notification.model.OutboxMessage;
import org.firstmile.notification.service.NotificationService;
import org.firstmile.platform.faces.LazyPages;

/** The outbox page: every e-mail FirstMile wrote, sent or waiting, newest first. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NotificationService notifications;

    private LazyPages<OutboxMessage> model;

    @PostConstruct
    void init() {
        model = new LazyPages<>(() -> notifications.countOutbox(), (first, size) -> notifications.outbox(first, size),
                OutboxMessage::getId);
    }

    public LazyPages<OutboxMessage> getModel() {
        return model;
    }
}
