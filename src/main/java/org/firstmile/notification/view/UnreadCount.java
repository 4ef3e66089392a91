package org.firstmile.notification.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.firstmile.identity.service.CallerState;
import org.firstmile.notification.service.NotificationService;

/**
 * The number of unread notifications in the header, read at most once per request. A page that only shows (not a
 * postback) takes the count the session check read with the account's state at the start of the request (see
 * {@code SessionLimitsFilter}), so it sends no statement of its own; after an action, which may have marked
 * notifications read, the count is read again. Application-scoped, with the count kept in the request: a
 * request-scoped bean would be created, and its service injected, on every page.
 */
@Named
@ApplicationScoped
public class UnreadCount {

    private static final String READ_IN_THIS_REQUEST = UnreadCount.class.getName();

    @Inject
    NotificationService notifications;

    public long getValue() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, Object> request = faces.getExternalContext().getRequestMap();
        if (!faces.isPostback() && request.get(CallerState.REQUEST_ATTRIBUTE) instanceof CallerState state) {
            return state.unread();
        }
        return (Long) request.computeIfAbsent(READ_IN_THIS_REQUEST, key -> notifications.unreadCount());
    }
}
