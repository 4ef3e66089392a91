package org.firstmile.report.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.firstmile.audit.model.Auditable;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.partner.model.Narrative;

/**
 * The staff's draft narrative of a grant's report for one period, under the National Lottery Community Fund's
 * headings. Each generated version takes a copy, so later edits never change a report already made.
 */
@Entity
@Table(name = "report_narrative")
public class ReportNarrative implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id", nullable = false)
    private Grant grant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private ReportingPeriod period;

    @Embedded
    private Narrative narrative;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReportNarrative() {
    }

    public ReportNarrative(Grant grant, ReportingPeriod period, Narrative narrative, String author, Instant at) {
        this.grant = grant;
        this.period = period;
        write(narrative, author, at);
    }

    public final void write(Narrative text, String author, Instant at) {
        this.narrative = text;
        this.updatedBy = author;
        this.updatedAt = at;
    }

    /** The text; JPA loads a narrative whose headings are all empty as null. */
    public Narrative getNarrative() {
        return narrative == null ? Narrative.empty() : narrative;
    }

    @Override
    public String auditType() {
        return "Report narrative";
    }

    @Override
    public String auditName() {
        return period.getName() + " report narrative";
    }

    @Override
    public Long auditGrantId() {
        return grant.getId();
    }

    @Override
    public Map<String, String> auditState() {
        return NarrativeSections.of(getNarrative()).asMap();
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Grant getGrant() {
        return grant;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
