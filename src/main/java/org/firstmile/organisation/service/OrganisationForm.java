package org.firstmile.organisation.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;

/** An organisation as an administrator types it. */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    private int version;

    @NotBlank(message = "Enter the organisation's name.")
    @Size(max = Organisation.NAME_MAX, message = "The name must be " + Organisation.NAME_MAX + " characters or fewer.")
    private String name;

    @NotBlank(message = "Enter the org-id, for example GB-CHC-1234567.")
    @Size(max = Organisation.ORG_ID_MAX, message = "The org-id must be " + Organisation.ORG_ID_MAX
            + " characters or fewer.")
    @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{2,}-[A-Za-z0-9._/-]+|360G-[A-Za-z0-9._/-]+", message = "Enter the org-id as "
            + "list code and identifier, for example GB-CHC-1234567 (a charity) or GB-COH-01234567 (a company).")
    private String orgId;

    @NotNull(message = "Choose the organisation's part: funder, grantee or partner.")
    private OrganisationType type;

    public static OrganisationForm of(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.id = organisation.getId();
        form.version = organisation.getVersion();
        form.name = organisation.getName();
        form.orgId = organisation.getOrgId();
        form.type = organisation.getType();
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrgId() {
        return orgId;
    }

    public void setOrgId(String orgId) {
        this.orgId = orgId == null ? null : orgId.strip();
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }
}
