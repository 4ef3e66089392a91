package org.firstmile.notification.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstmile.notification.service.NotificationService;

/** The number of unread notifications in the header, read at most once per request. */
@Named
@RequestScoped
public class UnreadCount {

    @Inject
    NotificationService notifications;

    private Long count;

    public long getValue() {
        if (count == null) {
            count = notifications.unreadCount();
        }
        return count;
    }
}
