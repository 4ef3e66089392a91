package org.firstmile.notification.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.firstmile.milestone.model.MilestoneStatus;
import org.junit.jupiter.api.Test;

class ReminderRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final ReminderRules rules = new ReminderRules(14, 1, 14);

    @Test
    void openMilestoneDueWithinFourteenDaysIsDue() {
        assertThat(rules.forMilestone(MilestoneStatus.PLANNED, TODAY.plusDays(14), TODAY))
                .contains(ReminderKind.MILESTONE_DUE);
        assertThat(rules.forMilestone(MilestoneStatus.AT_RISK, TODAY, TODAY)).contains(ReminderKind.MILESTONE_DUE);
    }

    @Test
    void milestoneDueLaterThanFourteenDaysIsNotYetReminded() {
        assertThat(rules.forMilestone(MilestoneStatus.PLANNED, TODAY.plusDays(15), TODAY)).isEmpty();
    }

    @Test
    void openMilestoneOverdueByOneDayOrMoreIsOverdue() {
        assertThat(rules.forMilestone(MilestoneStatus.IN_PROGRESS, TODAY.minusDays(1), TODAY))
                .contains(ReminderKind.MILESTONE_OVERDUE);
        assertThat(rules.forMilestone(MilestoneStatus.IN_PROGRESS, TODAY.minusDays(40), TODAY))
                .contains(ReminderKind.MILESTONE_OVERDUE);
    }

    @Test
    void overdueDaysAreConfigurable() {
        ReminderRules patient = new ReminderRules(14, 3, 14);

        assertThat(patient.forMilestone(MilestoneStatus.PLANNED, TODAY.minusDays(2), TODAY)).isEmpty();
        assertThat(patient.forMilestone(MilestoneStatus.PLANNED, TODAY.minusDays(3), TODAY))
                .contains(ReminderKind.MILESTONE_OVERDUE);
    }

    @Test
    void doneMissedAndDeferredMilestonesAreNotChased() {
        for (MilestoneStatus closed : new MilestoneStatus[] {MilestoneStatus.DONE, MilestoneStatus.MISSED,
                MilestoneStatus.DEFERRED}) {
            assertThat(rules.forMilestone(closed, TODAY.minusDays(1), TODAY)).as(closed.name()).isEmpty();
            assertThat(rules.forMilestone(closed, TODAY.plusDays(3), TODAY)).as(closed.name()).isEmpty();
        }
    }

    @Test
    void aReminderHasTheSameKeyOnEveryDaySoItIsToldOnlyOnce() {
        LocalDate due = TODAY.plusDays(10);
        Optional<ReminderKind> monday = rules.forMilestone(MilestoneStatus.PLANNED, due, TODAY);
        Optional<ReminderKind> tuesday = rules.forMilestone(MilestoneStatus.PLANNED, due, TODAY.plusDays(1));

        assertThat(monday).isEqualTo(tuesday);
        assertThat(monday.orElseThrow().key("42", due)).isEqualTo(tuesday.orElseThrow().key("42", due))
                .isEqualTo("milestone-due:42:2026-12-03");
    }

    @Test
    void aNewDueDateIsANewReminderAndOverdueIsAnotherThanDue() {
        assertThat(ReminderKind.MILESTONE_DUE.key("42", TODAY)).isNotEqualTo(
                ReminderKind.MILESTONE_DUE.key("42", TODAY.plusDays(7)));
        assertThat(ReminderKind.MILESTONE_DUE.key("42", TODAY)).isNotEqualTo(
                ReminderKind.MILESTONE_OVERDUE.key("42", TODAY));
    }

    @Test
    void reportIsDueWithinItsWindowAndNotAfterItsDueDate() {
        assertThat(rules.reportDue(TODAY.plusDays(14), TODAY)).isTrue();
        assertThat(rules.reportDue(TODAY, TODAY)).isTrue();
        assertThat(rules.reportDue(TODAY.plusDays(15), TODAY)).isFalse();
        assertThat(rules.reportDue(TODAY.minusDays(1), TODAY)).isFalse();
    }

    @Test
    void partnerWhoHasReportedIsNotReminded() {
        assertThat(rules.partnerUpdateDue(false, TODAY.plusDays(5), TODAY)).isTrue();
        assertThat(rules.partnerUpdateDue(true, TODAY.plusDays(5), TODAY)).isFalse();
    }
}
