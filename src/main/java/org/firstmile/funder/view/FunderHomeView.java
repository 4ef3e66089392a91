package org.firstmile.funder.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.firstmile.funder.service.FunderPortalService;
import org.firstmile.grant.service.GrantSummary;

/** The funder's start page: the grants made from their funds. */
@Named
@RequestScoped
public class FunderHomeView {

    @Inject
    FunderPortalService portal;

    private List<GrantSummary> grants;

    @PostConstruct
    void load() {
        grants = portal.myGrants();
    }

    public List<GrantSummary> getGrants() {
        return grants;
    }
}
