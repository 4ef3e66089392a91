package org.firstmile.organisation.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.Choice;
import org.firstmile.organisation.service.OrganisationService;

/**
 * What the organisation pickers offer as a person types: the proposal form's applicant (grantees) and the users
 * page's organisation (any part). There can be thousands of organisations, so a picker asks for the first
 * {@link OrganisationService#PICK_LIMIT} matches instead of listing them all in the page.
 */
@Named
@RequestScoped
public class OrganisationPicker {

    @Inject
    OrganisationService organisations;

    public List<Choice> grantees(String text) {
        return organisations.pick(OrganisationType.GRANTEE, text);
    }

    public List<Choice> any(String text) {
        return organisations.pick(null, text);
    }
}
