package org.firstmile.grant.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
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
import java.util.Optional;
import org.firstmile.audit.model.Auditable;
import org.firstmile.organisation.model.Fund;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.proposal.model.Proposal;

/** What an awarded proposal becomes: money promised for a time, sliced into reporting periods. */
@Entity
@Table(name = "grant_award")
public class Grant implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    /** The 360Giving identifier, {@code 360G-<prefix>-<n>}. */
    @Column(nullable = false, unique = true, length = 100)
    private String identifier;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", nullable = false, unique = true)
    private Proposal proposal;

    /**
     * The proposal's id, read from the same column, so that a page can link to the proposal without loading it
     * (reading {@code proposal.id} loads the whole proposal, in a statement and a connection of its own).
     */
    @Column(name = "proposal_id", insertable = false, updatable = false)
    private Long proposalId;

    @Column(nullable = false, length = Proposal.TITLE_MAX)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    private Organisation recipient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fund_id", nullable = false)
    private Fund fund;

    @Column(name = "amount_awarded", nullable = false, precision = 14, scale = 2)
    private BigDecimal amountAwarded;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "award_date", nullable = false)
    private LocalDate awardDate;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    /** Username of the member of staff who manages the grant. */
    @Column(nullable = false, length = 100)
    private String manager;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Published in the open: on the public pages and in the public 360Giving export. */
    @Column(name = "public_flag", nullable = false)
    private boolean publicFlag;

    @OneToMany(mappedBy = "grant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequenceNo ASC")
    private List<ReportingPeriod> periods = new ArrayList<>();

    protected Grant() {
    }

    /** Creates the grant for an awarded proposal, with its reporting periods. */
    public static Grant award(Proposal proposal, String identifier, Award award, String manager, int reportDueDays,
            Instant at) {
        Grant grant = new Grant();
        grant.identifier = identifier;
        grant.proposal = proposal;
        grant.proposalId = proposal.getId();
        grant.title = proposal.getTitle();
        grant.recipient = proposal.getApplicant();
        grant.fund = proposal.getFund();
        grant.amountAwarded = award.amountAwarded();
        grant.currency = proposal.getCurrency();
        grant.awardDate = award.awardDate();
        grant.plannedStart = award.plannedStart();
        grant.plannedEnd = ReportingSchedule.endOf(award.plannedStart(), award.durationMonths());
        grant.manager = manager;
        grant.createdAt = at;
        grant.publicFlag = proposal.isPublicFlag();
        for (PeriodPlan plan : ReportingSchedule.yearly(award.plannedStart(), award.durationMonths(), reportDueDays)) {
            grant.periods.add(new ReportingPeriod(grant, plan));
        }
        return grant;
    }

    /** Publishes the grant in the open, or takes it back; the proposal's own flag stays as it was decided. */
    public void publishInTheOpen(boolean published) {
        this.publicFlag = published;
    }

    public Optional<ReportingPeriod> periodOn(LocalDate day) {
        return periods.stream().filter(period -> period.contains(day)).findFirst();
    }

    @Override
    public String auditType() {
        return "Grant";
    }

    @Override
    public String auditName() {
        return identifier + " " + title;
    }

    @Override
    public Long auditGrantId() {
        return id;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("360Giving id", identifier);
        state.put("Title", title);
        state.put("Amount awarded", amountAwarded.toPlainString() + " " + currency);
        state.put("Award date", awardDate.toString());
        state.put("Planned start", plannedStart.toString());
        state.put("Planned end", plannedEnd.toString());
        state.put("Manager", manager);
        state.put("Reporting periods", String.valueOf(periods.size()));
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

    public String getIdentifier() {
        return identifier;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getTitle() {
        return title;
    }

    public Organisation getRecipient() {
        return recipient;
    }

    public Fund getFund() {
        return fund;
    }

    public BigDecimal getAmountAwarded() {
        return amountAwarded;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getAwardDate() {
        return awardDate;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public String getManager() {
        return manager;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isPublicFlag() {
        return publicFlag;
    }

    public List<ReportingPeriod> getPeriods() {
        return Collections.unmodifiableList(periods);
    }
}
