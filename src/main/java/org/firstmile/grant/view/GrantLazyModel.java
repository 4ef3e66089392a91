package org.firstmile.grant.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firstmile.grant.service.GrantQuery;
import org.firstmile.grant.service.GrantService;
import org.firstmile.grant.service.GrantSummary;
import org.firstmile.platform.faces.LazyQueryPages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * Feeds the grants table one page at a time, as the proposals list is fed: a count and a page query. The funder's
 * start page reads their own grants with the same query ({@code FunderGrantsLazyModel}).
 */
public class GrantLazyModel extends LazyQueryPages<GrantSummary, GrantQuery> {

    private static final long serialVersionUID = 1L;

    private final transient GrantService grants;

    GrantLazyModel(GrantService grants) {
        this.grants = grants;
    }

    @Override
    protected GrantQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        return queryOf(filterBy, sortBy);
    }

    /** A grants table's filters and sort as the query: this list's, and the funder's list of their own grants. */
    public static GrantQuery queryOf(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        GrantQuery byDefault = GrantQuery.all();
        Optional<SortMeta> sort = sort(sortBy);
        return new GrantQuery(text(filterBy, "title"), text(filterBy, "recipientName"), text(filterBy, "fundTitle"),
                sort.map(SortMeta::getField).orElse(byDefault.sortField()),
                sort.map(LazyQueryPages::ascending).orElse(byDefault.ascending()));
    }

    @Override
    protected long count(GrantQuery query) {
        return grants.count(query);
    }

    @Override
    protected List<GrantSummary> page(GrantQuery query, int first, int size) {
        return grants.page(query, first, size);
    }

    @Override
    protected Object key(GrantSummary row) {
        return row.id();
    }
}
