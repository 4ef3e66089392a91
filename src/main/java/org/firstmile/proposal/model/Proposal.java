package org.firstmile.proposal.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.firstmile.audit.model.Auditable;
import org.firstmile.organisation.model.Fund;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.platform.error.BusinessException;

/** An application to a fund, from first draft to the funder's decision, with its whole history. */
@Entity
@Table(name = "proposal")
public class Proposal implements Auditable {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 10_000;
    public static final int COMMENT_MAX = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false)
    private Organisation applicant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fund_id", nullable = false)
    private Fund fund;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProposalStatus status;

    @Column(name = "amount_requested", nullable = false, precision = 14, scale = 2)
    private BigDecimal amountRequested;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "duration_months", nullable = false)
    private int durationMonths;

    @Column(name = "summary")
    private String summary;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "public_flag", nullable = false)
    private boolean publicFlag;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt ASC, id ASC")
    private List<ProposalStatusChange> history = new ArrayList<>();

    protected Proposal() {
    }

    /** Starts a new proposal as a draft; the first history entry records who started it. */
    public static Proposal draft(ProposalDetails details, Organisation applicant, Fund fund, String by, Instant at) {
        Proposal proposal = new Proposal();
        proposal.status = ProposalStatus.DRAFT;
        proposal.createdBy = Objects.requireNonNull(by);
        proposal.createdAt = Objects.requireNonNull(at);
        proposal.apply(details, applicant, fund, at);
        proposal.history.add(new ProposalStatusChange(proposal, null, ProposalStatus.DRAFT, by, at, "Proposal started"));
        return proposal;
    }

    /** Changes what the proposal says; a decided or withdrawn proposal is a record and stays as it was. */
    public void revise(ProposalDetails details, Organisation applicant, Fund fund, Instant at) {
        if (!status.isOpen()) {
            throw new BusinessException("This proposal is " + status.label().toLowerCase()
                    + ", so it can no longer be edited. Start a new proposal to apply again.");
        }
        apply(details, applicant, fund, at);
    }

    /** Moves the proposal on, recording the step; refuses a step the lifecycle does not allow. */
    public ProposalStatusChange moveTo(ProposalStatus target, String by, Instant at, String comment) {
        Objects.requireNonNull(target, "target");
        if (!status.canMoveTo(target)) {
            throw new BusinessException(refusal(target));
        }
        ProposalStatusChange change = new ProposalStatusChange(this, status, target, by, at, blankToNull(comment));
        history.add(change);
        status = target;
        updatedAt = at;
        return change;
    }

    private String refusal(ProposalStatus target) {
        if (status == target) {
            return "This proposal is already " + label(status) + ".";
        }
        if (!status.isOpen()) {
            return "This proposal is " + label(status) + " and cannot change status any more.";
        }
        return "A proposal that is " + label(status) + " cannot move to " + label(target) + ". Next it can move to: "
                + String.join(", ", status.nextSteps().stream().map(ProposalStatus::label).toList()) + ".";
    }

    private static String label(ProposalStatus status) {
        return "\u201c" + status.label() + "\u201d";
    }

    private void apply(ProposalDetails details, Organisation applicant, Fund fund, Instant at) {
        this.title = details.title().strip();
        this.amountRequested = details.amountRequested();
        this.currency = details.currency() == null || details.currency().isBlank() ? "GBP" : details.currency();
        this.durationMonths = details.durationMonths();
        this.summary = blankToNull(details.summary());
        this.plannedStart = details.plannedStart();
        this.publicFlag = details.publicFlag();
        this.applicant = Objects.requireNonNull(applicant);
        this.fund = Objects.requireNonNull(fund);
        this.updatedAt = at;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ProposalDetails details() {
        return new ProposalDetails(title, amountRequested, currency, durationMonths, summary, plannedStart, publicFlag);
    }

    @Override
    public String auditType() {
        return "Proposal";
    }

    @Override
    public String auditName() {
        return title;
    }

    @Override
    public Long auditGrantId() {
        return null;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Title", title);
        state.put("Applicant", applicant.getName());
        state.put("Fund", fund.getTitle());
        state.put("Status", status.label());
        state.put("Amount requested", amountRequested.toPlainString() + " " + currency);
        state.put("Duration (months)", String.valueOf(durationMonths));
        state.put("Planned start", plannedStart == null ? null : plannedStart.toString());
        state.put("Summary", summary);
        state.put("Published in the open", publicFlag ? "Yes" : "No");
        return state;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public Organisation getApplicant() {
        return applicant;
    }

    public Fund getFund() {
        return fund;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public BigDecimal getAmountRequested() {
        return amountRequested;
    }

    public String getCurrency() {
        return currency;
    }

    public int getDurationMonths() {
        return durationMonths;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public boolean isPublicFlag() {
        return publicFlag;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ProposalStatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
