package org.firstmile.proposal.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.firstmile.organisation.service.Choice;
import org.firstmile.organisation.service.OrganisationService;

/** The choices of the proposal form: funds to apply to (the applicant is chosen through {@code OrganisationPicker}). */
@Named
@RequestScoped
public class ProposalChoices {

    @Inject
    OrganisationService organisations;

    private List<Choice> funds;

    @PostConstruct
    void load() {
        funds = organisations.fundChoices();
    }

    public List<Choice> getFunds() {
        return funds;
    }
}
