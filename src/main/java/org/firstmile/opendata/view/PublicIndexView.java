package org.firstmile.opendata.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.firstmile.opendata.model.OpenGrant;
import org.firstmile.opendata.model.PublicPage;
import org.firstmile.opendata.model.PublicProposal;
import org.firstmile.opendata.service.OpenDataService;

/**
 * The public list of grants and proposals published in the open; anyone may read it. Each list shows a page at a
 * time, chosen by the address ({@code ?grants=3&proposals=1}), so that every row can be reached and linked to.
 */
@Named
@RequestScoped
public class PublicIndexView {

    @Inject
    OpenDataService openData;

    @Inject
    FacesContext faces;

    private PublicPage<OpenGrant> grants;
    private PublicPage<PublicProposal> proposals;

    @PostConstruct
    void load() {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        grants = openData.publishedGrants(parameters.get("grants"));
        proposals = openData.publishedProposals(parameters.get("proposals"));
    }

    public PublicPage<OpenGrant> getGrants() {
        return grants;
    }

    public PublicPage<PublicProposal> getProposals() {
        return proposals;
    }
}
