package org.firstmile.funder.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.firstmile.funder.service.FunderPortalService;
import org.firstmile.grant.view.GrantLazyModel;

/** The funder's start page: the grants made from their funds, or that they co-fund, twenty at a time. */
@Named
@ViewScoped
public class FunderHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FunderPortalService portal;

    private GrantLazyModel model;

    @PostConstruct
    void init() {
        model = new GrantLazyModel(query -> portal.countMyGrants(query),
                (query, first, size) -> portal.myGrantsPage(query, first, size));
    }

    public GrantLazyModel getModel() {
        return model;
    }
}
