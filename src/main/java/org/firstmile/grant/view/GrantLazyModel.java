package org.firstmile.grant.view;

import java.util.List;
import java.util.Map;
import org.firstmile.grant.service.GrantQuery;
import org.firstmile.grant.service.GrantService;
import org.firstmile.grant.service.GrantSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Feeds the grants table one page at a time, as the proposals list is fed: a count and a page query. */
public class GrantLazyModel extends LazyDataModel<GrantSummary> {

    private static final long serialVersionUID = 1L;

    private final transient GrantService grants;

    GrantLazyModel(GrantService grants) {
        this.grants = grants;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(grants.count(query(filterBy, Map.of())));
    }

    @Override
    public List<GrantSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return grants.page(query(filterBy, sortBy), first, pageSize);
    }

    @Override
    public String getRowKey(GrantSummary row) {
        return String.valueOf(row.id());
    }

    @Override
    public GrantSummary getRowData(String rowKey) {
        return null;
    }

    static GrantQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        GrantQuery byDefault = GrantQuery.all();
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst()
                .orElse(null);
        return new GrantQuery(text(filterBy, "title"), text(filterBy, "recipientName"), text(filterBy, "fundTitle"),
                sort == null ? byDefault.sortField() : sort.getField(),
                sort == null ? byDefault.ascending() : sort.getOrder() == SortOrder.ASCENDING);
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta filter = filterBy.get(field);
        return filter == null || filter.getFilterValue() == null ? null : filter.getFilterValue().toString();
    }
}
