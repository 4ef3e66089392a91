package org.firstmile.organisation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.firstmile.audit.model.Auditable;

/** Any body that takes part: a funder, the grantee, a partner. Identified openly by its org-id. */
@Entity
@Table(name = "organisation")
public class Organisation implements Auditable {

    public static final int NAME_MAX = 200;
    public static final int ORG_ID_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "org_id", nullable = false, unique = true, length = ORG_ID_MAX)
    private String orgId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationType type;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(String name, String orgId, OrganisationType type, Instant createdAt) {
        describe(name, orgId, type);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Renames or reclassifies the organisation; its org-id is checked by the service for uniqueness. */
    public void describe(String name, String orgId, OrganisationType type) {
        this.name = Objects.requireNonNull(name).strip();
        this.orgId = Objects.requireNonNull(orgId).strip();
        this.type = Objects.requireNonNull(type);
    }

    @Override
    public String auditType() {
        return "Organisation";
    }

    @Override
    public String auditName() {
        return name;
    }

    @Override
    public Long auditGrantId() {
        return null;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Name", name);
        state.put("Org-id", orgId);
        state.put("Part", type.label());
        return state;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getOrgId() {
        return orgId;
    }

    public OrganisationType getType() {
        return type;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
