package org.firstmile.outcome.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.service.GrantService;
import org.firstmile.outcome.service.ActualForm;
import org.firstmile.outcome.service.IndicatorForm;
import org.firstmile.outcome.service.IndicatorRow;
import org.firstmile.organisation.service.Choice;
import org.firstmile.outcome.service.OutcomeService;
import org.firstmile.partner.service.PartnerReviewService;
import org.firstmile.outcome.service.PeriodRef;
import org.firstmile.platform.faces.Dialogs;
import org.firstmile.platform.faces.Messages;
import org.firstmile.platform.faces.RecordIds;

/** A grant's outcome indicators: targets, actuals and progress per period, and the dialogs that change them. */
@Named
@ViewScoped
public class IndicatorsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GrantService grants;

    @Inject
    transient OutcomeService outcomes;

    @Inject
    transient PartnerReviewService partners;

    private String grantParam;
    private long grantId;
    private String grantTitle;
    private List<PeriodRef> periods;
    private List<IndicatorRow> indicators;
    private IndicatorForm indicator;
    private ActualForm actual = new ActualForm();
    private List<Choice> programmes;

    /** Called by the page's viewAction; the view scope keeps the grant for the ajax postbacks. */
    public void load() {
        grantId = RecordIds.parse("grant", grantParam);
        Grant grant = grants.get(grantId);
        grantTitle = grant.getTitle();
        periods = outcomes.periods(grantId);
        programmes = partners.programmesOf(grantId).stream()
                .map(programme -> new Choice(programme.getId(), programme.getName())).toList();
        indicator = IndicatorForm.forPeriods(periods);
        refresh();
    }

    /** The name of the programme an indicator measures, or null for the whole grant. */
    public String programmeName(Long programmeId) {
        return programmeId == null ? null : programmes.stream().filter(p -> p.id().equals(programmeId))
                .map(Choice::label).findFirst().orElse(null);
    }

    /** The grant's partner programmes, for an indicator that measures one of them. */
    public List<Choice> getProgrammes() {
        return programmes;
    }

    public void startIndicator() {
        indicator = IndicatorForm.forPeriods(periods);
    }

    public void startEdit(IndicatorRow row) {
        indicator = outcomes.edit(row.id());
    }

    public void saveIndicator() {
        try {
            boolean isNew = indicator.getId() == null;
            String name = (isNew ? outcomes.define(grantId, indicator) : outcomes.revise(indicator)).getName();
            refresh();
            Dialogs.done("indicatorDialog", "Indicator \u201c" + name + "\u201d " + (isNew ? "added." : "saved."));
        } catch (RuntimeException e) {
            Messages.failed(e, "indicator");
        }
    }

    /** Opens "Record an actual", on a given cell of the table or on the first indicator and period. */
    public void startActual(Long indicatorId, Long periodId) {
        Long chosenIndicator = indicatorId != null ? indicatorId
                : indicators.isEmpty() ? null : indicators.get(0).id();
        Long chosenPeriod = periodId != null ? periodId : periods.isEmpty() ? null : periods.get(0).id();
        actual = chosenIndicator == null || chosenPeriod == null ? new ActualForm()
                : outcomes.staffActual(chosenIndicator, chosenPeriod);
    }

    /** Shows the staff figure already recorded for the chosen indicator and period, so it is corrected, not lost. */
    public void choiceChanged() {
        if (actual.getIndicatorId() != null && actual.getPeriodId() != null) {
            actual = outcomes.staffActual(actual.getIndicatorId(), actual.getPeriodId());
        }
    }

    public void recordActual() {
        try {
            outcomes.recordActual(actual);
            refresh();
            Dialogs.done("actualDialog", "Actual saved.");
        } catch (RuntimeException e) {
            Messages.failed(e, "actual");
        }
    }

    private void refresh() {
        indicators = outcomes.progress(grantId);
    }

    /** A figure without needless decimals: 455, 12.5. */
    public String figure(BigDecimal value) {
        return value == null ? "\u2014" : value.stripTrailingZeros().toPlainString();
    }

    /** The Chart.js bar chart of one indicator: target and actual per period. */
    public String chartJson(IndicatorRow row) {
        return ProgressChart.of(row);
    }

    /** The chart's figures in words: its text alternative. */
    public String chartDescription(IndicatorRow row) {
        return ProgressChart.describe(row);
    }

    public String getGrantParam() {
        return grantParam;
    }

    public void setGrantParam(String grantParam) {
        this.grantParam = grantParam;
    }

    public long getGrantId() {
        return grantId;
    }

    public String getGrantTitle() {
        return grantTitle;
    }

    public List<PeriodRef> getPeriods() {
        return periods;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }

    public IndicatorForm getIndicator() {
        return indicator;
    }

    public ActualForm getActual() {
        return actual;
    }
}
