package org.firstmile.grant.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.firstmile.audit.model.AuditEvent;
import org.firstmile.audit.service.AuditQuery;
import org.firstmile.audit.service.AuditService;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.service.GrantService;
import org.firstmile.milestone.service.MilestoneRow;
import org.firstmile.milestone.service.MilestoneService;
import org.firstmile.milestone.view.MilestoneTimeline;
import org.firstmile.platform.faces.Messages;
import org.firstmile.platform.faces.RecordIds;
import org.primefaces.model.timeline.TimelineModel;

/** One grant: its summary, reporting periods, and milestones as a table and a timeline. */
@Named
@ViewScoped
public class GrantView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int HISTORY_LIMIT = 100;

    @Inject
    transient GrantService grants;

    @Inject
    transient MilestoneService milestoneService;

    @Inject
    transient AuditService audit;

    private String idParam;
    private Long id;
    private Grant grant;
    private List<MilestoneRow> milestones;
    private TimelineModel<String, Object> timeline;
    private List<AuditEvent> history;

    /**
     * Called by the page's viewAction with the id from the address. The id is not a required view parameter: that
     * would fail every ajax postback, whose address carries no id; the view scope keeps it instead.
     */
    public void load() {
        id = RecordIds.parse("grant", idParam);
        grant = grants.get(id);
        refreshMilestones();
    }

    public void refreshMilestones() {
        milestones = milestoneService.forGrant(id);
        timeline = MilestoneTimeline.of(milestones);
        history = null;
    }

    /** Publishes the grant in the open or takes it back, as the member of staff chose on the summary. */
    public void publishInTheOpen(boolean published) {
        try {
            grants.publishInTheOpen(id, grant.getVersion(), published);
            grant = grants.get(id);
            history = null;
            Messages.info(published ? "The grant is published in the open: it has a public page and is in the public "
                    + "360Giving data." : "The grant is no longer published in the open.");
        } catch (RuntimeException e) {
            Messages.failed(e, "grant");
        }
    }

    /** For example "7 milestones, 1 overdue" or "No milestones yet". */
    public String getMilestoneSummary() {
        if (milestones.isEmpty()) {
            return "No milestones yet.";
        }
        long overdue = milestones.stream().filter(MilestoneRow::overdue).count();
        return milestones.size() + (milestones.size() == 1 ? " milestone, " : " milestones, ") + overdue + " overdue.";
    }

    /** The timeline opens on the whole grant, with a month either side. */
    public LocalDateTime getTimelineStart() {
        return grant.getPlannedStart().minusMonths(1).atStartOfDay();
    }

    public LocalDateTime getTimelineEnd() {
        return grant.getPlannedEnd().plusMonths(1).atStartOfDay();
    }

    /** The grant's own audit trail (the grant and its milestones), read when its tab is first opened. */
    public List<AuditEvent> getHistory() {
        if (history == null) {
            history = audit.page(new AuditQuery(null, null, null, id), 0, HISTORY_LIMIT);
        }
        return history;
    }

    public Long getId() {
        return id;
    }

    /** The id as typed in the address; anything but a number is a record that does not exist. */
    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public Grant getGrant() {
        return grant;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public TimelineModel<String, Object> getTimeline() {
        return timeline;
    }
}
