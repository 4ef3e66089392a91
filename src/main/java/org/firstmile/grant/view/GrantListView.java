package org.firstmile.grant.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.firstmile.grant.service.GrantService;

/** The grants list: a lazy table with sorting, filtering and paging; the latest to start first. */
@Named
@ViewScoped
public class GrantListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GrantService grantService;

    private GrantLazyModel model;

    @PostConstruct
    void init() {
        model = new GrantLazyModel(query -> grantService.count(query),
                (query, first, size) -> grantService.page(query, first, size));
    }

    public GrantLazyModel getModel() {
        return model;
    }
}
