package org.firstmile.report.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.grant.service.CoFunderRow;
import org.firstmile.grant.service.CoFundingService;
import org.firstmile.grant.service.GrantService;
import org.firstmile.organisation.service.Choice;
import org.firstmile.platform.faces.Messages;
import org.firstmile.platform.faces.RecordIds;
import org.firstmile.report.service.GenerationJobs;
import org.firstmile.report.service.NarrativeForm;
import org.firstmile.report.service.ReportService;
import org.firstmile.report.service.ReportSummary;

/**
 * A grant's progress reports for staff: the narrative of the chosen period, generating a version with a progress
 * bar, the versions with their files, publishing one, and the grant's co-funders.
 */
@Named
@ViewScoped
public class ReportPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportService reports;

    @Inject
    transient GrantService grants;

    @Inject
    transient CoFundingService coFunding;

    private String idParam;
    private long grantId;
    private String grantTitle;
    private List<ReportingPeriod> periods;
    private Long periodId;
    private NarrativeForm narrative;
    private List<ReportSummary> versions;
    private List<CoFunderRow> coFunders;
    private List<Choice> coFunderChoices;
    private Long newCoFunderId;
    private String jobId;
    private GenerationJobs.Progress progress;

    public void load() {
        grantId = RecordIds.parse("grant", idParam);
        Grant grant = grants.get(grantId);
        grantTitle = grant.getTitle();
        periods = List.copyOf(grant.getPeriods());
        periodId = periods.isEmpty() ? null : periods.get(0).getId();
        loadNarrative();
        refresh();
    }

    public void periodChanged() {
        loadNarrative();
    }

    public void saveNarrative() {
        try {
            narrative = reports.saveNarrative(grantId, periodId, narrative);
            Messages.info("Narrative for " + periodName() + " saved. Generate the report to include it.");
        } catch (RuntimeException e) {
            Messages.failed(e, "narrative");
        }
    }

    public void generate() {
        try {
            jobId = reports.startGeneration(grantId, periodId);
            progress = reports.progress(jobId);
        } catch (RuntimeException e) {
            Messages.failed(e, "report");
        }
    }

    /** Polled while a generation runs; at the end shows the new version or why there is none. */
    public void poll() {
        if (jobId == null) {
            return;
        }
        progress = reports.progress(jobId);
        if (progress.finished()) {
            jobId = null;
            refresh();
            if (progress.error() == null) {
                Messages.info("Version " + progress.version() + " of the " + periodName() + " report is ready. "
                        + "Review its files, then publish it.");
            } else {
                Messages.error(progress.error());
            }
        }
    }

    public void publish(ReportSummary version) {
        try {
            reports.publish(version.id());
            refresh();
            Messages.info("Version " + version.version() + " of the " + version.periodName() + " report is "
                    + "published to the grant's funders.");
        } catch (RuntimeException e) {
            Messages.failed(e, "report");
        }
    }

    public void addCoFunder() {
        try {
            String name = coFunding.add(grantId, newCoFunderId).getFunder().getName();
            newCoFunderId = null;
            refresh();
            Messages.info(name + " now co-funds this grant and sees its published reports.");
        } catch (RuntimeException e) {
            Messages.failed(e, "co-funder");
        }
    }

    public void removeCoFunder(CoFunderRow row) {
        try {
            coFunding.remove(row.id());
            refresh();
            Messages.info(row.funderName() + " no longer co-funds this grant.");
        } catch (RuntimeException e) {
            Messages.failed(e, "co-funder");
        }
    }

    public boolean isGenerating() {
        return jobId != null;
    }

    private void loadNarrative() {
        narrative = periodId == null ? new NarrativeForm() : reports.narrative(grantId, periodId);
    }

    private void refresh() {
        versions = reports.reportsOf(grantId);
        coFunders = coFunding.coFunders(grantId);
        coFunderChoices = coFunding.candidates(grantId);
    }

    private String periodName() {
        return periods.stream().filter(p -> p.getId().equals(periodId)).map(ReportingPeriod::getName).findFirst()
                .orElse("");
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public long getGrantId() {
        return grantId;
    }

    public String getGrantTitle() {
        return grantTitle;
    }

    public List<ReportingPeriod> getPeriods() {
        return periods;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public NarrativeForm getNarrative() {
        return narrative;
    }

    public List<ReportSummary> getVersions() {
        return versions;
    }

    public List<CoFunderRow> getCoFunders() {
        return coFunders;
    }

    public List<Choice> getCoFunderChoices() {
        return coFunderChoices;
    }

    public Long getNewCoFunderId() {
        return newCoFunderId;
    }

    public void setNewCoFunderId(Long newCoFunderId) {
        this.newCoFunderId = newCoFunderId;
    }

    public GenerationJobs.Progress getProgress() {
        return progress;
    }
}
