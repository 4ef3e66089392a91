package org.firstmile.report.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.firstmile.milestone.model.MilestoneStatus;
import org.firstmile.milestone.service.MilestoneRow;
import org.firstmile.outcome.model.Progress;
import org.firstmile.outcome.service.IndicatorRow;
import org.firstmile.partner.model.Narrative;
import org.firstmile.report.model.MilestoneStanding;
import org.firstmile.report.model.NarrativeSections;
import org.firstmile.report.model.ReportSnapshot;
import org.firstmile.report.model.ReportSnapshot.Budget;
import org.firstmile.report.model.ReportSnapshot.GrantFacts;
import org.firstmile.report.model.ReportSnapshot.HighlightLine;
import org.firstmile.report.model.ReportSnapshot.MilestoneLine;
import org.firstmile.report.model.ReportSnapshot.MilestoneTotals;
import org.firstmile.report.model.ReportSnapshot.OutcomeLine;
import org.firstmile.report.model.ReportSnapshot.PeriodFacts;

/**
 * Puts a report's content together from what the other features read: which milestones belong to the period and
 * where each stood, the period's and to-date outcome figures. No database and no clock: the "as of" date is given.
 */
public final class SnapshotAssembler {

    private SnapshotAssembler() {
    }

    /** The period's end, or today while the period is still running. */
    public static LocalDate asOf(PeriodFacts period, LocalDate today) {
        return today.isBefore(period.end()) ? today : period.end();
    }

    public static ReportSnapshot assemble(GrantFacts grant, PeriodFacts period, int version, LocalDate today,
            Instant generatedAt, String generatedBy, List<MilestoneRow> milestones, List<IndicatorRow> indicators,
            Budget budget, List<HighlightLine> highlights, Narrative narrative) {
        LocalDate asOf = asOf(period, today);
        return new ReportSnapshot(grant, period, version, asOf, generatedAt, generatedBy,
                milestonesOf(period, asOf, milestones), totals(asOf, milestones), outcomes(period, indicators),
                budget, List.copyOf(highlights), NarrativeSections.of(narrative));
    }

    /**
     * The milestones due in the period, completed in it, or due before it and still open, with where each stood on
     * the "as of" date.
     */
    static List<MilestoneLine> milestonesOf(PeriodFacts period, LocalDate asOf, List<MilestoneRow> milestones) {
        List<MilestoneLine> lines = new ArrayList<>();
        for (MilestoneRow m : milestones) {
            boolean dueIn = within(m.dueDate(), period);
            boolean doneIn = m.completedOn() != null && within(m.completedOn(), period);
            boolean carriedOver = m.dueDate().isBefore(period.start()) && isOpen(m.status());
            if (dueIn || doneIn || carriedOver) {
                lines.add(new MilestoneLine(m.title(), m.owner(), m.dueDate(), m.completedOn(),
                        MilestoneStanding.of(m.status(), m.dueDate(), m.completedOn(), asOf)));
            }
        }
        return lines;
    }

    static MilestoneTotals totals(LocalDate asOf, List<MilestoneRow> milestones) {
        long[] counts = new long[MilestoneStanding.values().length];
        milestones.forEach(m -> counts[MilestoneStanding.of(m.status(), m.dueDate(), m.completedOn(), asOf)
                .ordinal()]++);
        return new MilestoneTotals(counts[MilestoneStanding.DONE.ordinal()], counts[MilestoneStanding.DUE.ordinal()],
                counts[MilestoneStanding.MISSED.ordinal()], counts[MilestoneStanding.DEFERRED.ordinal()]);
    }

    /** Each indicator in the period, and summed over the periods up to and including it. */
    static List<OutcomeLine> outcomes(PeriodFacts period, List<IndicatorRow> indicators) {
        List<OutcomeLine> lines = new ArrayList<>();
        for (IndicatorRow indicator : indicators) {
            Progress inPeriod = Progress.of(null, null);
            List<Progress> upToPeriod = new ArrayList<>();
            for (IndicatorRow.PeriodProgress p : indicator.periods()) {
                upToPeriod.add(p.progress());
                if (p.period().id() == period.id()) {
                    inPeriod = p.progress();
                    break;
                }
            }
            lines.add(new OutcomeLine(indicator.name(), indicator.unit(), inPeriod, Progress.sum(upToPeriod)));
        }
        return lines;
    }

    private static boolean within(LocalDate day, PeriodFacts period) {
        return !day.isBefore(period.start()) && !day.isAfter(period.end());
    }

    private static boolean isOpen(MilestoneStatus status) {
        return status != MilestoneStatus.DONE && status != MilestoneStatus.MISSED
                && status != MilestoneStatus.DEFERRED;
    }
}
