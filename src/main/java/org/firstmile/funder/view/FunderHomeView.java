package org.firstmile.funder.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.firstmile.funder.service.FunderPortalService;

/** The funder's start page: the grants made from their funds, or that they co-fund, twenty at a time. */
@Named
@ViewScoped
public class FunderHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FunderPortalService portal;

    private FunderGrantsLazyModel model;

    @PostConstruct
    void init() {
        model = new FunderGrantsLazyModel(portal);
    }

    public FunderGrantsLazyModel getModel() {
        return model;
    }
}
