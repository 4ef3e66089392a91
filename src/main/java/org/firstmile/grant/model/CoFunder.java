package org.firstmile.grant.model;

import jakarta.persistence.Column;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.firstmile.audit.model.Auditable;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.platform.error.BusinessException;

/**
 * A funder that co-funds a grant besides the funder of the grant's fund. Co-funders read the grant and its published
 * reports in the funder portal, so that one report serves every funder of the work.
 */
@Entity
@Table(name = "grant_co_funder")
public class CoFunder implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id", nullable = false)
    private Grant grant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "funder_id", nullable = false)
    private Organisation funder;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CoFunder() {
    }

    public CoFunder(Grant grant, Organisation funder, String addedBy, Instant addedAt) {
        if (funder.getType() != OrganisationType.FUNDER) {
            throw new BusinessException(funder.getName() + " is not a funder. Choose a funder organisation.");
        }
        if (grant.getFund().getFunder().getId().equals(funder.getId())) {
            throw new BusinessException(funder.getName() + " already funds this grant through "
                    + grant.getFund().getTitle() + ". Choose another funder.");
        }
        this.grant = grant;
        this.funder = funder;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    @Override
    public String auditType() {
        return "Co-funder";
    }

    @Override
    public String auditName() {
        return funder.getName() + " co-funds " + grant.getIdentifier();
    }

    @Override
    public Long auditGrantId() {
        return grant.getId();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Grant", grant.getIdentifier());
        state.put("Co-funder", funder.getName());
        return state;
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

    public Organisation getFunder() {
        return funder;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
