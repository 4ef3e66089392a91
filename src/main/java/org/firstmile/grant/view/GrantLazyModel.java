package org.firstmile.grant.view;

import java.util.Map;
import java.util.Optional;
import org.firstmile.grant.service.GrantQuery;
import org.firstmile.grant.service.GrantSummary;
import org.firstmile.platform.faces.LazyQueryPages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * Feeds a grants table one page at a time, as the proposals list is fed: a count and a page query. The staff's
 * grants list reads every grant ({@code GrantService}); the funder's start page reads their own grants
 * ({@code FunderPortalService}) with the same filters and sort.
 */
public class GrantLazyModel extends LazyQueryPages<GrantSummary, GrantQuery> {

    private static final long serialVersionUID = 1L;

    public GrantLazyModel(Count<GrantQuery> count, Page<GrantSummary, GrantQuery> page) {
        super(count, page);
    }

    @Override
    protected GrantQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        GrantQuery byDefault = GrantQuery.all();
        Optional<SortMeta> sort = sort(sortBy);
        return new GrantQuery(text(filterBy, "title"), text(filterBy, "recipientName"), text(filterBy, "fundTitle"),
                sort.map(SortMeta::getField).orElse(byDefault.sortField()),
                sort.map(LazyQueryPages::ascending).orElse(byDefault.ascending()));
    }

    @Override
    protected Object key(GrantSummary row) {
        return row.id();
    }
}
