package org.firstmile.notification.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstmile.notification.service.NotificationService;

/**
 * The number of unread notifications in the header, read at most once per request. Application-scoped, with the
 * count kept in the request: a request-scoped bean would be created, and its service injected, on every page.
 */
@Named
@ApplicationScoped
public class UnreadCount {

    private static final String READ_IN_THIS_REQUEST = UnreadCount.class.getName();

    @Inject
    NotificationService notifications;

    public long getValue() {
        return (Long) FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .computeIfAbsent(READ_IN_THIS_REQUEST, key -> notifications.unreadCount());
    }
}
