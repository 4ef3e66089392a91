package org.firstmile.proposal.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.firstmile.proposal.service.ProposalService;

/** The proposals list: a lazy table with sorting, filtering and paging. */
@Named
@ViewScoped
public class ProposalListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProposalService proposals;

    private ProposalLazyModel model;

    @PostConstruct
    void init() {
        model = new ProposalLazyModel(query -> proposals.count(query),
                (query, first, size) -> proposals.page(query, first, size));
    }

    public ProposalLazyModel getModel() {
        return model;
    }
}
