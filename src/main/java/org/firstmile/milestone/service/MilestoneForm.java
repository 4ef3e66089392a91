package org.firstmile.milestone.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.firstmile.milestone.model.Milestone;

/** A new milestone as typed on the grant page. */
public class MilestoneForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter a title for the milestone.")
    @Size(max = Milestone.TITLE_MAX, message = "The title must be " + Milestone.TITLE_MAX + " characters or fewer.")
    private String title;

    @Size(max = Milestone.TEXT_MAX, message = "The description must be " + Milestone.TEXT_MAX
            + " characters or fewer.")
    private String description;

    @NotNull(message = "Enter the date the milestone is due.")
    private LocalDate dueDate;

    @Size(max = Milestone.OWNER_MAX, message = "The owner must be " + Milestone.OWNER_MAX + " characters or fewer.")
    private String owner;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
