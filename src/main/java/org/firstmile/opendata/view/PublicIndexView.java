package org.firstmile.opendata.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.firstmile.opendata.model.OpenGrant;
import org.firstmile.opendata.model.PublicProposal;
import org.firstmile.opendata.service.OpenDataService;

/** The public list of grants and proposals published in the open; anyone may read it. */
@Named
@RequestScoped
public class PublicIndexView {

    @Inject
    OpenDataService openData;

    private List<OpenGrant> grants;
    private List<PublicProposal> proposals;

    @PostConstruct
    void load() {
        grants = openData.publishedGrants();
        proposals = openData.publishedProposals();
    }

    public List<OpenGrant> getGrants() {
        return grants;
    }

    public List<PublicProposal> getProposals() {
        return proposals;
    }
}
