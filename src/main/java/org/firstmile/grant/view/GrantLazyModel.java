package org.firstmile.grant.view;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
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

    /** How many grants the query matches. */
    @FunctionalInterface
    public interface Count extends ToLongFunction<GrantQuery>, Serializable {
    }

    /** The query's grants from {@code first}, at most {@code size}. */
    @FunctionalInterface
    public interface Page extends Serializable {
        List<GrantSummary> page(GrantQuery query, int first, int size);
    }

    private final Count count;
    private final Page page;

    public GrantLazyModel(Count count, Page page) {
        this.count = count;
        this.page = page;
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
    protected long count(GrantQuery query) {
        return count.applyAsLong(query);
    }

    @Override
    protected List<GrantSummary> page(GrantQuery query, int first, int size) {
        return page.page(query, first, size);
    }

    @Override
    protected Object key(GrantSummary row) {
        return row.id();
    }
}
