package org.firstmile.audit.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the audit trail. Written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int SUMMARY_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 50)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private Long entityId;

    @Column(name = "grant_id")
    private Long grantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditAction action;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(nullable = false)
    private String changes;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, Auditable record, AuditAction action, String changes) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = record.auditType();
        this.entityId = record.getId();
        this.grantId = record.auditGrantId();
        this.action = action;
        String name = record.auditName() == null ? "" : record.auditName();
        this.summary = name.length() > SUMMARY_MAX ? name.substring(0, SUMMARY_MAX - 3) + "..." : name;
        this.changes = changes;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public Long getGrantId() {
        return grantId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSummary() {
        return summary;
    }

    public String getChanges() {
        return changes;
    }
}
