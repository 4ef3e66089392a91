package org.firstmile.notification.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.firstmile.milestone.model.MilestoneStatus;

/**
 * Which items deserve a reminder on a given day. A reminder is due from the first day its rule holds and stays due
 * after that (a run missed on the day is caught up the next day); the key in {@link ReminderKind#key} makes sure it
 * is told once.
 *
 * @param milestoneDueDays    remind of an open milestone this many days before it is due (14)
 * @param milestoneOverdueDays remind of an open milestone this many days after its due date (1)
 * @param reportDueDays       remind of a period's report, and of partner updates for it, this many days before it
 *                            is due (14)
 */
public record ReminderRules(int milestoneDueDays, int milestoneOverdueDays, int reportDueDays) {

    /** Milestones still being worked on; done, missed and deferred ones are not chased. */
    public static final Set<MilestoneStatus> OPEN = EnumSet.of(MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS,
            MilestoneStatus.AT_RISK);

    public ReminderRules {
        if (milestoneDueDays < 0 || milestoneOverdueDays < 1 || reportDueDays < 0) {
            throw new IllegalArgumentException("Reminder days must be 0 or more, and overdue days 1 or more");
        }
    }

    /** The reminder a milestone deserves today, if any. */
    public Optional<ReminderKind> forMilestone(MilestoneStatus status, LocalDate due, LocalDate today) {
        if (!OPEN.contains(status)) {
            return Optional.empty();
        }
        if (!due.isAfter(today.minusDays(milestoneOverdueDays))) {
            return Optional.of(ReminderKind.MILESTONE_OVERDUE);
        }
        if (!due.isBefore(today) && !due.isAfter(today.plusDays(milestoneDueDays))) {
            return Optional.of(ReminderKind.MILESTONE_DUE);
        }
        return Optional.empty();
    }

    /** Whether a period's report is close enough to its due date to remind the grant's staff. */
    public boolean reportDue(LocalDate reportDue, LocalDate today) {
        return !reportDue.isBefore(today) && !reportDue.isAfter(today.plusDays(reportDueDays));
    }

    /** Whether a partner who has not reported for a period is reminded today. */
    public boolean partnerUpdateDue(boolean reported, LocalDate reportDue, LocalDate today) {
        return !reported && reportDue(reportDue, today);
    }

    /** The last due date that {@link #forMilestone} can answer for today: the horizon of the query. */
    public LocalDate milestoneHorizon(LocalDate today) {
        return today.plusDays(milestoneDueDays);
    }
}
