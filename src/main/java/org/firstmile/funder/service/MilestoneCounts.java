package org.firstmile.funder.service;

import java.util.List;
import org.firstmile.milestone.model.MilestoneStatus;
import org.firstmile.milestone.service.MilestoneRow;

/** How many of a grant's milestones are done, open, overdue, missed or deferred. */
public record MilestoneCounts(long done, long open, long overdue, long missed, long deferred) {

    public static MilestoneCounts of(List<MilestoneRow> milestones) {
        long done = count(milestones, MilestoneStatus.DONE);
        long missed = count(milestones, MilestoneStatus.MISSED);
        long deferred = count(milestones, MilestoneStatus.DEFERRED);
        long overdue = milestones.stream().filter(MilestoneRow::overdue).count();
        return new MilestoneCounts(done, milestones.size() - done - missed - deferred, overdue, missed, deferred);
    }

    private static long count(List<MilestoneRow> milestones, MilestoneStatus status) {
        return milestones.stream().filter(m -> m.status() == status).count();
    }
}
