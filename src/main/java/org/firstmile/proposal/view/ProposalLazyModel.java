package org.firstmile.proposal.view;

import java.util.Map;
import java.util.Optional;
import org.firstmile.proposal.model.ProposalStatus;
import org.firstmile.proposal.service.ProposalQuery;
import org.firstmile.proposal.service.ProposalRow;
import org.firstmile.platform.faces.LazyQueryPages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** Feeds the proposals table one page at a time: a count and a page query, whatever the number of rows. */
public class ProposalLazyModel extends LazyQueryPages<ProposalRow, ProposalQuery> {

    private static final long serialVersionUID = 1L;

    ProposalLazyModel(Count<ProposalQuery> count, Page<ProposalRow, ProposalQuery> page) {
        super(count, page);
    }

    @Override
    protected ProposalQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        Optional<SortMeta> sort = sort(sortBy);
        return new ProposalQuery(text(filterBy, "title"), text(filterBy, "applicantName"), choice(filterBy, "status", ProposalStatus.class),
                sort.map(SortMeta::getField).orElse("updatedAt"), sort.map(LazyQueryPages::ascending).orElse(false));
    }

    @Override
    protected Object key(ProposalRow row) {
        return row.id();
    }
}
