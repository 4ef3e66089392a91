package org.firstmile.partner.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.service.GrantService;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.Choice;
import org.firstmile.organisation.service.OrganisationService;
import org.firstmile.partner.model.PartnerProgramme;
import org.firstmile.partner.service.PartnerReviewService;
import org.firstmile.partner.service.ProgrammeForm;
import org.firstmile.platform.faces.Dialogs;
import org.firstmile.platform.faces.Messages;
import org.firstmile.platform.faces.RecordIds;

/** A grant's partner programmes, and the dialog that adds one. */
@Named
@ViewScoped
public class ProgrammesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerReviewService partners;

    @Inject
    transient GrantService grants;

    @Inject
    transient OrganisationService organisations;

    private String grantParam;
    private Grant grant;
    private List<PartnerProgramme> programmes;
    private List<Choice> partnerOrganisations;
    private ProgrammeForm form = new ProgrammeForm();

    public void load() {
        grant = grants.get(RecordIds.parse("grant", grantParam));
        programmes = partners.programmesOf(grant.getId());
        partnerOrganisations = organisations.choices(OrganisationType.PARTNER);
    }

    public void add() {
        try {
            partners.addProgramme(grant.getId(), form);
            String name = form.getName().strip();
            form = new ProgrammeForm();
            programmes = partners.programmesOf(grant.getId());
            Dialogs.done("programmeDialog", "Programme \u201c" + name + "\u201d added.");
        } catch (RuntimeException e) {
            Messages.failed(e, "programme");
        }
    }

    public String getGrantParam() {
        return grantParam;
    }

    public void setGrantParam(String grantParam) {
        this.grantParam = grantParam;
    }

    public Grant getGrant() {
        return grant;
    }

    public List<PartnerProgramme> getProgrammes() {
        return programmes;
    }

    public List<Choice> getPartnerOrganisations() {
        return partnerOrganisations;
    }

    public ProgrammeForm getForm() {
        return form;
    }
}
