package org.firstmile.milestone.view;

import java.util.List;
import org.firstmile.milestone.model.MilestoneStatus;
import org.firstmile.milestone.service.MilestoneRow;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineModel;

/** Places milestones on a PrimeFaces timeline at their due date, coloured by done, overdue or open. */
public final class MilestoneTimeline {

    private MilestoneTimeline() {
    }

    public static TimelineModel<String, Object> of(List<MilestoneRow> milestones) {
        TimelineModel<String, Object> model = new TimelineModel<>();
        for (MilestoneRow row : milestones) {
            String kind = row.status() == MilestoneStatus.DONE ? "done" : row.overdue() ? "overdue" : "open";
            model.add(TimelineEvent.<String>builder()
                    .id("milestone-" + row.id())
                    .data(row.title())
                    .title(row.title() + " \u2013 " + row.status().label() + (row.overdue() ? ", overdue" : ""))
                    .startDate(row.dueDate().atStartOfDay())
                    .styleClass("fm-tl-" + kind)
                    .editable(false)
                    .build());
        }
        return model;
    }
}
