package org.firstmile.proposal.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstmile.platform.faces.Messages;
import org.firstmile.proposal.model.Proposal;
import org.firstmile.proposal.service.ProposalForm;
import org.firstmile.proposal.service.ProposalService;

/** Starts a new proposal as a draft, then opens it. */
@Named
@RequestScoped
public class NewProposalView {

    @Inject
    ProposalService proposals;

    private final ProposalForm form = new ProposalForm();

    public String create() {
        try {
            Proposal proposal = proposals.create(form);
            Messages.infoAfterRedirect("Proposal started as a draft.");
            return "/proposal/view.xhtml?faces-redirect=true&id=" + proposal.getId();
        } catch (RuntimeException e) {
            Messages.failed(e, "proposal");
            return null;
        }
    }

    public ProposalForm getForm() {
        return form;
    }
}
