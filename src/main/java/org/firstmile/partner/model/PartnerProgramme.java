package org.firstmile.partner.model;

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
import java.util.Objects;
import org.firstmile.audit.model.Auditable;
import org.firstmile.grant.model.Grant;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.platform.error.BusinessException;

/** A programme run by a partner organisation within a grant, such as The Roots Programme. */
@Entity
@Table(name = "partner_programme")
public class PartnerProgramme implements Auditable {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id", nullable = false)
    private Grant grant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "description")
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PartnerProgramme() {
    }

    public PartnerProgramme(Grant grant, Organisation organisation, String name, String description, Instant at) {
        if (organisation.getType() != OrganisationType.PARTNER) {
            throw new BusinessException(organisation.getName() + " is not a partner organisation. Choose a partner, "
                    + "or change its part to partner first.");
        }
        this.grant = Objects.requireNonNull(grant);
        this.organisation = organisation;
        this.name = Objects.requireNonNull(name).strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.createdAt = Objects.requireNonNull(at);
    }

    public boolean isRunBy(Long organisationId) {
        return organisationId != null && organisationId.equals(organisation.getId());
    }

    @Override
    public String auditType() {
        return "Partner programme";
    }

    @Override
    public String auditName() {
        return name;
    }

    @Override
    public Long auditGrantId() {
        return grant.getId();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Name", name);
        state.put("Partner", organisation.getName());
        state.put("Description", description);
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

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
