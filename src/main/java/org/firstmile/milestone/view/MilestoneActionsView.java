package org.firstmile.milestone.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.firstmile.grant.view.GrantView;
import org.firstmile.milestone.model.MilestoneUpdate;
import org.firstmile.milestone.service.MilestoneForm;
import org.firstmile.milestone.service.MilestoneRow;
import org.firstmile.milestone.service.MilestoneService;
import org.firstmile.milestone.service.MilestoneUpdateForm;
import org.firstmile.platform.faces.Dialogs;
import org.firstmile.platform.faces.Messages;

/** The milestone dialogs of the grant page: plan a milestone, log an update, read a milestone's log. */
@Named
@ViewScoped
public class MilestoneActionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MilestoneService milestones;

    @Inject
    GrantView grantView;

    private MilestoneForm newMilestone = new MilestoneForm();
    private MilestoneUpdateForm update = new MilestoneUpdateForm();
    private String historyTitle;
    private List<MilestoneUpdate> history = List.of();

    public void plan() {
        try {
            milestones.plan(grantView.getId(), newMilestone);
            String title = newMilestone.getTitle().strip();
            newMilestone = new MilestoneForm();
            grantView.refreshMilestones();
            Dialogs.done("addMilestoneDialog", "Milestone \u201c" + title + "\u201d added.");
        } catch (RuntimeException e) {
            Messages.failed(e, "milestone");
        }
    }

    public void startUpdate(MilestoneRow row) {
        update = MilestoneUpdateForm.of(row);
    }

    public void logUpdate() {
        try {
            milestones.logUpdate(update);
            grantView.refreshMilestones();
            Dialogs.done("updateMilestoneDialog", "Update to \u201c" + update.getMilestoneTitle() + "\u201d saved.");
        } catch (RuntimeException e) {
            Messages.failed(e, "milestone");
        }
    }

    public void showHistory(MilestoneRow row) {
        historyTitle = row.title();
        history = milestones.history(row.id());
    }

    public MilestoneForm getNewMilestone() {
        return newMilestone;
    }

    public MilestoneUpdateForm getUpdate() {
        return update;
    }

    public String getHistoryTitle() {
        return historyTitle;
    }

    public List<MilestoneUpdate> getHistory() {
        return history;
    }
}
