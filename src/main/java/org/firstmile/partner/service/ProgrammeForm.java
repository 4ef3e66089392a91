package org.firstmile.partner.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.firstmile.partner.model.PartnerProgramme;

/** A new partner programme as staff type it. */
public class ProgrammeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the programme's name.")
    @Size(max = PartnerProgramme.NAME_MAX, message = "The name must be 200 characters or fewer.")
    private String name;

    @NotNull(message = "Choose the partner organisation that runs the programme.")
    private Long organisationId;

    @Size(max = 10_000, message = "The description must be 10,000 characters or fewer.")
    private String description;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
