package org.firstmile.notification.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.firstmile.notification.model.Notification;
import org.firstmile.notification.service.NotificationService;
import org.firstmile.platform.faces.LazyPages;
import org.firstmile.platform.faces.Messages;

/** A person's own notifications, newest first; "Mark all as read" clears the count in the header. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NotificationService notifications;

    private LazyPages<Notification> model;

    @PostConstruct
    void init() {
        model = new LazyPages<>(() -> notifications.countMine(), (first, size) -> notifications.mine(first, size),
                Notification::getId);
    }

    public void markAllRead() {
        int marked = notifications.markAllRead();
        Messages.info(marked == 1 ? "1 notification marked as read." : marked + " notifications marked as read.");
    }

    public LazyPages<Notification> getModel() {
        return model;
    }
}
