package org.firstmile.opendata.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstmile.opendata.model.PublicGrant;
import org.firstmile.opendata.service.OpenDataService;
import org.firstmile.platform.faces.RecordIds;

/** The public page of a grant published in the open; any other id is a page that does not exist. */
@Named
@RequestScoped
public class PublicGrantView {

    @Inject
    OpenDataService openData;

    private String idParam;
    private PublicGrant view;

    public void load() {
        view = openData.publishedGrant(RecordIds.parse("grant", idParam));
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public PublicGrant getView() {
        return view;
    }
}
