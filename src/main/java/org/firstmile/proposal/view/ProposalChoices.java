package org.firstmile.proposal.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.Choice;
import org.firstmile.organisation.service.OrganisationService;

/** The choices of the proposal form: organisations that can apply and funds to apply to. */
@Named
@RequestScoped
public class ProposalChoices {

    @Inject
    OrganisationService organisations;

    private List<Choice> applicants;
    private List<Choice> funds;

    @PostConstruct
    void load() {
        applicants = organisations.choices(OrganisationType.GRANTEE);
        funds = organisations.fundChoices();
    }

    public List<Choice> getApplicants() {
        return applicants;
    }

    public List<Choice> getFunds() {
        return funds;
    }
}
