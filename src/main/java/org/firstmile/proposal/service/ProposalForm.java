package org.firstmile.proposal.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.firstmile.grant.model.ReportingSchedule;
import org.firstmile.organisation.service.Choice;
import org.firstmile.proposal.model.Proposal;
import org.firstmile.proposal.model.ProposalDetails;

/** What a person types into the proposal form. The same constraints check the page and the service. */
public class ProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter a title for the proposal.")
    @Size(max = Proposal.TITLE_MAX, message = "The title must be " + Proposal.TITLE_MAX + " characters or fewer.")
    private String title;

    private Long applicantId;

    /** The applicant as the page's picker shows it (name and org-id); null when the form was filled by id. */
    private String applicantLabel;

    @NotNull(message = "Choose the fund the proposal goes to.")
    private Long fundId;

    @NotNull(message = "Enter the amount requested, for example 250000.")
    @DecimalMin(value = "0.00", message = "The amount requested cannot be negative.")
    @DecimalMax(value = "999999999999.99", message = "The amount requested is too large.")
    @Digits(integer = 12, fraction = 2, message = "Enter the amount in pounds and pence, for example 1250.50.")
    private BigDecimal amountRequested;

    @Pattern(regexp = "[A-Z]{3}", message = "Enter the currency as a three-letter code, such as GBP.")
    private String currency = "GBP";

    @NotNull(message = "Enter how many months the work will take.")
    @Min(value = 1, message = "The duration must be at least 1 month.")
    @Max(value = ReportingSchedule.MAX_MONTHS, message = "The duration can be at most " + ReportingSchedule.MAX_MONTHS
            + " months.")
    private Integer durationMonths;

    @Size(max = Proposal.SUMMARY_MAX, message = "The summary must be " + Proposal.SUMMARY_MAX
            + " characters or fewer.")
    private String summary;

    private LocalDate plannedStart;

    private boolean publicFlag;

    /** The version of the proposal the person started editing; unused when creating. */
    private int version;

    public static ProposalForm of(Proposal proposal) {
        ProposalForm form = new ProposalForm();
        form.title = proposal.getTitle();
        form.setApplicant(Choice.of(proposal.getApplicant()));
        form.fundId = proposal.getFund().getId();
        form.amountRequested = proposal.getAmountRequested();
        form.currency = proposal.getCurrency();
        form.durationMonths = proposal.getDurationMonths();
        form.summary = proposal.getSummary();
        form.plannedStart = proposal.getPlannedStart();
        form.publicFlag = proposal.isPublicFlag();
        form.version = proposal.getVersion();
        return form;
    }

    ProposalDetails toDetails() {
        return new ProposalDetails(title, amountRequested, currency, durationMonths, summary, plannedStart, publicFlag);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The applicant organisation, as the page's picker shows and sets it. */
    @NotNull(message = "Choose the organisation that applies.")
    public Choice getApplicant() {
        return applicantId == null ? null : new Choice(applicantId, applicantLabel);
    }

    public void setApplicant(Choice applicant) {
        applicantId = applicant == null ? null : applicant.id();
        applicantLabel = applicant == null ? null : applicant.label();
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public void setApplicantId(Long applicantId) {
        this.applicantId = applicantId;
        this.applicantLabel = null;
    }

    public Long getFundId() {
        return fundId;
    }

    public void setFundId(Long fundId) {
        this.fundId = fundId;
    }

    public BigDecimal getAmountRequested() {
        return amountRequested;
    }

    public void setAmountRequested(BigDecimal amountRequested) {
        this.amountRequested = amountRequested;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public boolean isPublicFlag() {
        return publicFlag;
    }

    public void setPublicFlag(boolean publicFlag) {
        this.publicFlag = publicFlag;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
