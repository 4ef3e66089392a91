package org.firstmile.milestone.view;

import java.util.List;
import org.firstmile.milestone.model.MilestoneStatus;
import org.firstmile.milestone.service.MilestoneRow;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineModel;

/**
 * Places milestones on a PrimeFaces timeline at their due date, coloured by done, overdue or open. The timeline shows
 * an event's content and title as HTML, and PrimeFaces passes both through unescaped, so titles are escaped here.
 */
public final class MilestoneTimeline {

    private MilestoneTimeline() {
    }

    public static TimelineModel<String, Object> of(List<MilestoneRow> milestones) {
        TimelineModel<String, Object> model = new TimelineModel<>();
        for (MilestoneRow row : milestones) {
            String kind = row.status() == MilestoneStatus.DONE ? "done" : row.overdue() ? "overdue" : "open";
            model.add(TimelineEvent.<String>builder()
                    .id("milestone-" + row.id())
                    .data(html(row.title()))
                    .title(html(row.title() + " \u2013 " + row.status().label() + (row.overdue() ? ", overdue" : "")))
                    .startDate(row.dueDate().atStartOfDay())
                    .styleClass("fm-tl-" + kind)
                    .editable(false)
                    .build());
        }
        return model;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
