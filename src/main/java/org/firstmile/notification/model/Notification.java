package org.firstmile.notification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Something a person is told in the application: a reminder or a digest. Created once per person and key by
 * {@code Notifier} (an insert that does nothing when the pair exists), read on the person's notifications page.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = 100)
    private String recipient;

    @Column(name = "item_key", nullable = false, length = 200)
    private String itemKey;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(length = 500)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
