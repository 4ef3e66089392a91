package org.firstmile.opendata.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstmile.opendata.model.PublicProposal;
import org.firstmile.opendata.service.OpenDataService;
import org.firstmile.platform.faces.RecordIds;

/** The public page of a proposal published in the open; any other id is a page that does not exist. */
@Named
@RequestScoped
public class PublicProposalView {

    @Inject
    OpenDataService openData;

    private String idParam;
    private PublicProposal proposal;

    public void load() {
        proposal = openData.publishedProposal(RecordIds.parse("proposal", idParam));
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public PublicProposal getProposal() {
        return proposal;
    }
}
