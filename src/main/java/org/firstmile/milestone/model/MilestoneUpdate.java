package org.firstmile.milestone.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry in a milestone's log: who changed what, when, with their note. Never changed. */
@Entity
@Table(name = "milestone_update")
public class MilestoneUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "milestone_id", nullable = false)
    private Milestone milestone;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private MilestoneStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private MilestoneStatus toStatus;

    @Column(name = "note")
    private String note;

    /** The fields that changed, as "Field: before → after" lines. */
    @Column(name = "changes")
    private String changes;

    protected MilestoneUpdate() {
    }

    MilestoneUpdate(Milestone milestone, String author, Instant changedAt, MilestoneStatus fromStatus,
            MilestoneStatus toStatus, String note, String changes) {
        this.milestone = milestone;
        this.author = author;
        this.changedAt = changedAt;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
        this.changes = changes;
    }

    public Long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public MilestoneStatus getFromStatus() {
        return fromStatus;
    }

    public MilestoneStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }

    public String getChanges() {
        return changes;
    }
}
