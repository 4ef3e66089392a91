package org.firstmile.milestone.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.firstmile.milestone.model.Milestone;
import org.firstmile.milestone.model.MilestoneChange;
import org.firstmile.milestone.model.MilestoneStatus;

/** An update to a milestone as typed in the "Log an update" dialog; starts from the milestone as it was read. */
public class MilestoneUpdateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long milestoneId;

    private int version;

    private String milestoneTitle;

    @NotNull(message = "Choose the milestone's status.")
    private MilestoneStatus status;

    @NotNull(message = "Enter the date the milestone is due.")
    private LocalDate dueDate;

    private LocalDate completedOn;

    @Size(max = Milestone.EVIDENCE_MAX, message = "The evidence link must be " + Milestone.EVIDENCE_MAX
            + " characters or fewer.")
    @Pattern(regexp = "^$|https?://\\S+", message = "Enter the evidence link as a web address starting with "
            + "https:// or http://.")
    private String evidenceUrl;

    @Size(max = Milestone.TEXT_MAX, message = "The note must be " + Milestone.TEXT_MAX + " characters or fewer.")
    private String note;

    public static MilestoneUpdateForm of(MilestoneRow row) {
        MilestoneUpdateForm form = new MilestoneUpdateForm();
        form.milestoneId = row.id();
        form.version = row.version();
        form.milestoneTitle = row.title();
        form.status = row.status();
        form.dueDate = row.dueDate();
        form.completedOn = row.completedOn();
        form.evidenceUrl = row.evidenceUrl();
        return form;
    }

    MilestoneChange toChange() {
        return new MilestoneChange(status, dueDate, completedOn, evidenceUrl, note);
    }

    public long getMilestoneId() {
        return milestoneId;
    }

    public void setMilestoneId(long milestoneId) {
        this.milestoneId = milestoneId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getMilestoneTitle() {
        return milestoneTitle;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public void setStatus(MilestoneStatus status) {
        this.status = status;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public void setEvidenceUrl(String evidenceUrl) {
        this.evidenceUrl = evidenceUrl;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
