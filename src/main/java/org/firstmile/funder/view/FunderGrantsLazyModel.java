package org.firstmile.funder.view;

import java.util.List;
import java.util.Map;
import org.firstmile.funder.service.FunderPortalService;
import org.firstmile.grant.service.GrantQuery;
import org.firstmile.grant.service.GrantSummary;
import org.firstmile.grant.view.GrantLazyModel;
import org.firstmile.platform.faces.LazyQueryPages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** Feeds the funder's list of their own grants one page at a time, with the staff grants list's filters and sort. */
public class FunderGrantsLazyModel extends LazyQueryPages<GrantSummary, GrantQuery> {

    private static final long serialVersionUID = 1L;

    private final transient FunderPortalService portal;

    FunderGrantsLazyModel(FunderPortalService portal) {
        this.portal = portal;
    }

    @Override
    protected GrantQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        return GrantLazyModel.queryOf(filterBy, sortBy);
    }

    @Override
    protected long count(GrantQuery query) {
        return portal.countMyGrants(query);
    }

    @Override
    protected List<GrantSummary> page(GrantQuery query, int first, int size) {
        return portal.myGrantsPage(query, first, size);
    }

    @Override
    protected Object key(GrantSummary row) {
        return row.id();
    }
}
