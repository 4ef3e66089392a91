package org.firstmile.partner.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.firstmile.audit.model.Auditable;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.outcome.model.OutcomeIndicator;
import org.firstmile.platform.error.BusinessException;

/**
 * One revision of a partner's update for one reporting period. A draft can be edited and submitted; a submitted
 * revision is never changed again: staff accept it, or return it with feedback, and the partner answers with a new
 * revision that starts as a copy.
 */
@Entity
@Table(name = "partner_update")
public class PartnerUpdate implements Auditable {

    public static final int FEEDBACK_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private PartnerProgramme programme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private ReportingPeriod period;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnerUpdateStatus status;

    @Embedded
    private Narrative narrative;

    @Column(name = "feedback")
    private String feedback;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @OneToMany(mappedBy = "update", cascade = CascadeType.ALL)
    @OrderBy("uploadedAt ASC, id ASC")
    private List<EvidenceFile> evidence = new ArrayList<>();

    @OneToMany(mappedBy = "update", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    private List<UpdateFigure> figures = new ArrayList<>();

    protected PartnerUpdate() {
    }

    /** The first draft of a programme's update for a period. */
    public static PartnerUpdate start(PartnerProgramme programme, ReportingPeriod period, String by, Instant at) {
        PartnerUpdate update = new PartnerUpdate();
        update.programme = Objects.requireNonNull(programme);
        update.period = Objects.requireNonNull(period);
        update.revision = 1;
        update.status = PartnerUpdateStatus.DRAFT;
        update.narrative = Narrative.empty();
        update.createdBy = by;
        update.createdAt = at;
        return update;
    }

    /** A new draft answering this returned revision: the same narrative and evidence, ready to be improved. */
    public PartnerUpdate revise(String by, Instant at) {
        if (status != PartnerUpdateStatus.RETURNED) {
            throw new BusinessException("Only an update returned with feedback can be revised. This one is "
                    + status.label().toLowerCase() + ".");
        }
        PartnerUpdate next = new PartnerUpdate();
        next.programme = programme;
        next.period = period;
        next.revision = revision + 1;
        next.status = PartnerUpdateStatus.DRAFT;
        next.narrative = getNarrative().copy();
        next.createdBy = by;
        next.createdAt = at;
        for (EvidenceFile file : evidence) {
            next.evidence.add(file.copyTo(next));
        }
        for (UpdateFigure figure : figures) {
            next.figures.add(new UpdateFigure(next, figure.getIndicator(), figure.getValue()));
        }
        return next;
    }

    public void write(Narrative text) {
        requireDraft("changed");
        this.narrative = Objects.requireNonNull(text);
    }

    /** Sets the figure reported for an indicator of the grant, or removes it when {@code value} is null. */
    public void report(OutcomeIndicator indicator, BigDecimal value) {
        requireDraft("changed");
        if (value != null && value.signum() < 0) {
            throw new BusinessException("A figure cannot be negative. Enter 0 or more for \u201c"
                    + indicator.getName() + "\u201d.");
        }
        Optional<UpdateFigure> existing = figures.stream()
                .filter(figure -> figure.isFor(indicator)).findFirst();
        if (value == null) {
            existing.ifPresent(figures::remove);
        } else if (existing.isPresent()) {
            existing.get().change(value);
        } else {
            figures.add(new UpdateFigure(this, indicator, value));
        }
    }

    public EvidenceFile attach(StoredFile file, String by, Instant at) {
        requireDraft("given new evidence");
        EvidenceFile evidenceFile = new EvidenceFile(this, file, by, at);
        evidence.add(evidenceFile);
        return evidenceFile;
    }

    public void submit(String by, Instant at) {
        requireDraft("submitted again");
        if (getNarrative().getStory() == null) {
            throw new BusinessException("Write the story of the period before you submit. The other headings can "
                    + "stay empty if there is nothing to say.");
        }
        status = PartnerUpdateStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    public void accept(String by, Instant at) {
        requireSubmitted();
        status = PartnerUpdateStatus.ACCEPTED;
        reviewedBy = by;
        reviewedAt = at;
    }

    public void returnWithFeedback(String text, String by, Instant at) {
        requireSubmitted();
        if (text == null || text.isBlank()) {
            throw new BusinessException("Write feedback that tells the partner what to change before you return the "
                    + "update.");
        }
        status = PartnerUpdateStatus.RETURNED;
        feedback = text.strip();
        reviewedBy = by;
        reviewedAt = at;
    }

    public boolean isDraft() {
        return status == PartnerUpdateStatus.DRAFT;
    }

    private void requireDraft(String what) {
        if (status != PartnerUpdateStatus.DRAFT) {
            throw new BusinessException("This update was submitted, so it cannot be " + what + ". "
                    + (status == PartnerUpdateStatus.RETURNED ? "Start a revision to answer the feedback."
                            : "It is kept as it was sent."));
        }
    }

    private void requireSubmitted() {
        if (status != PartnerUpdateStatus.SUBMITTED) {
            throw new BusinessException("Only a submitted update can be reviewed. This one is "
                    + status.label().toLowerCase() + ".");
        }
    }

    @Override
    public String auditType() {
        return "Partner update";
    }

    @Override
    public String auditName() {
        return programme.getName() + ", " + period.getName() + ", revision " + revision;
    }

    @Override
    public Long auditGrantId() {
        return programme.getGrant().getId();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Status", status.label());
        state.put("The story of the period", getNarrative().getStory());
        state.put("Community involvement", getNarrative().getCommunity());
        state.put("The difference made", getNarrative().getDifferenceMade());
        state.put("What you learned", getNarrative().getLearning());
        state.put("Changes and plans", getNarrative().getChangesAndPlans());
        state.put("Feedback", feedback);
        for (UpdateFigure figure : figures) {
            state.put("Figure: " + figure.getIndicator().getName(), figure.getValue().toPlainString());
        }
        state.put("Evidence files", String.valueOf(evidence.size()));
        return state;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public PartnerProgramme getProgramme() {
        return programme;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public int getRevision() {
        return revision;
    }

    public PartnerUpdateStatus getStatus() {
        return status;
    }

    /** The narrative; JPA loads an embedded value whose columns are all empty as null, so that reads as empty. */
    public Narrative getNarrative() {
        return narrative == null ? Narrative.empty() : narrative;
    }

    public String getFeedback() {
        return feedback;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public List<UpdateFigure> getFigures() {
        return Collections.unmodifiableList(figures);
    }

    public List<EvidenceFile> getEvidence() {
        return Collections.unmodifiableList(evidence);
    }
}
