package org.firstmile.milestone.model;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.firstmile.audit.model.Auditable;
import org.firstmile.grant.model.Grant;
import org.firstmile.platform.error.BusinessException;

/** A dated promise within a grant, with a log of every change made to it. */
@Entity
@Table(name = "milestone")
public class Milestone implements Auditable {

    public static final int TITLE_MAX = 200;
    public static final int OWNER_MAX = 200;
    public static final int EVIDENCE_MAX = 500;
    public static final int TEXT_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id", nullable = false)
    private Grant grant;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "description")
    private String description;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(length = OWNER_MAX)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MilestoneStatus status;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "evidence_url", length = EVIDENCE_MAX)
    private String evidenceUrl;

    @Column(name = "note")
    private String note;

    @OneToMany(mappedBy = "milestone", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt DESC, id DESC")
    private List<MilestoneUpdate> updates = new ArrayList<>();

    protected Milestone() {
    }

    /** Plans a new milestone; its log starts with who planned it. */
    public static Milestone plan(Grant grant, String title, String description, LocalDate dueDate, String owner,
            String author, Instant at) {
        Milestone milestone = new Milestone();
        milestone.grant = Objects.requireNonNull(grant);
        milestone.title = Objects.requireNonNull(title).strip();
        milestone.description = blankToNull(description);
        milestone.dueDate = Objects.requireNonNull(dueDate);
        milestone.owner = blankToNull(owner);
        milestone.status = MilestoneStatus.PLANNED;
        milestone.updates.add(new MilestoneUpdate(milestone, author, at, null, MilestoneStatus.PLANNED,
                "Milestone planned", "Due date: " + dueDate));
        return milestone;
    }

    /**
     * Records an update. A milestone marked done needs a completion date, which cannot be in the future; any other
     * status clears it. Returns the log entry, which lists every field that changed.
     */
    public MilestoneUpdate record(MilestoneChange change, String author, Instant at, LocalDate today) {
        Objects.requireNonNull(change.status(), "status");
        LocalDate newCompletedOn = change.status() == MilestoneStatus.DONE
                ? (change.completedOn() == null ? today : change.completedOn())
                : null;
        if (newCompletedOn != null && newCompletedOn.isAfter(today)) {
            throw new BusinessException("The completion date cannot be in the future. Enter the date the milestone "
                    + "was done, or leave it empty for today.");
        }
        LocalDate newDueDate = change.dueDate() == null ? dueDate : change.dueDate();
        String newEvidence = blankToNull(change.evidenceUrl());
        String newNote = blankToNull(change.note());

        StringJoiner changes = new StringJoiner("\n");
        describe(changes, "Status", status.label(), change.status().label());
        describe(changes, "Due date", dueDate, newDueDate);
        describe(changes, "Completion date", completedOn, newCompletedOn);
        describe(changes, "Evidence", evidenceUrl, newEvidence);
        if (changes.length() == 0 && newNote == null) {
            throw new BusinessException("Nothing has changed. Change the status, a date or the evidence, "
                    + "or add a note, then save.");
        }

        MilestoneUpdate update = new MilestoneUpdate(this, author, at, status, change.status(), newNote,
                changes.length() == 0 ? null : changes.toString());
        updates.add(0, update);
        status = change.status();
        dueDate = newDueDate;
        completedOn = newCompletedOn;
        evidenceUrl = newEvidence;
        if (newNote != null) {
            note = newNote;
        }
        return update;
    }

    /** Overdue: the due date has passed and the milestone is not done. Due today is not yet overdue. */
    public boolean isOverdueOn(LocalDate today) {
        return isOverdue(status, dueDate, today);
    }

    public static boolean isOverdue(MilestoneStatus status, LocalDate dueDate, LocalDate today) {
        return status != MilestoneStatus.DONE && dueDate.isBefore(today);
    }

    private static void describe(StringJoiner changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null ? "none" : before) + " \u2192 " + (after == null ? "none" : after));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String auditType() {
        return "Milestone";
    }

    @Override
    public String auditName() {
        return title;
    }

    @Override
    public Long auditGrantId() {
        return grant.getId();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Title", title);
        state.put("Description", description);
        state.put("Due date", dueDate.toString());
        state.put("Owner", owner);
        state.put("Status", status.label());
        state.put("Completion date", completedOn == null ? null : completedOn.toString());
        state.put("Evidence", evidenceUrl);
        state.put("Note", note);
        return state;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Grant getGrant() {
        return grant;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getOwner() {
        return owner;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public String getNote() {
        return note;
    }

    public List<MilestoneUpdate> getUpdates() {
        return Collections.unmodifiableList(updates);
    }
}
