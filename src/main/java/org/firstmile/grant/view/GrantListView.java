package org.firstmile.grant.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.firstmile.grant.service.GrantService;
import org.firstmile.grant.service.GrantSummary;

/** All grants, newest first. */
@Named
@RequestScoped
public class GrantListView {

    @Inject
    GrantService grantService;

    private List<GrantSummary> grants;

    @PostConstruct
    void load() {
        grants = grantService.list(null);
    }

    public List<GrantSummary> getGrants() {
        return grants;
    }
}
