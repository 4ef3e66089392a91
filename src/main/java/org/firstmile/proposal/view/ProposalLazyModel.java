package org.firstmile.proposal.view;

import java.util.List;
import java.util.Map;
import org.firstmile.proposal.model.ProposalStatus;
import org.firstmile.proposal.service.ProposalQuery;
import org.firstmile.proposal.service.ProposalRow;
import org.firstmile.proposal.service.ProposalService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Feeds the proposals table one page at a time: a count and a page query, whatever the number of rows. */
public class ProposalLazyModel extends LazyDataModel<ProposalRow> {

    private static final long serialVersionUID = 1L;

    private final transient ProposalService proposals;

    ProposalLazyModel(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(proposals.count(query(filterBy, Map.of())));
    }

    @Override
    public List<ProposalRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return proposals.page(query(filterBy, sortBy), first, pageSize);
    }

    @Override
    public String getRowKey(ProposalRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public ProposalRow getRowData(String rowKey) {
        return null;
    }

    static ProposalQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        String sortField = "updatedAt";
        boolean ascending = false;
        for (SortMeta sort : sortBy.values()) {
            if (sort.getOrder() != SortOrder.UNSORTED) {
                sortField = sort.getField();
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        return new ProposalQuery(text(filterBy, "title"), text(filterBy, "applicantName"), status(filterBy),
                sortField, ascending);
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta filter = filterBy.get(field);
        return filter == null || filter.getFilterValue() == null ? null : filter.getFilterValue().toString();
    }

    private static ProposalStatus status(Map<String, FilterMeta> filterBy) {
        FilterMeta filter = filterBy.get("status");
        if (filter == null || filter.getFilterValue() == null || filter.getFilterValue().toString().isBlank()) {
            return null;
        }
        Object value = filter.getFilterValue();
        return value instanceof ProposalStatus status ? status : ProposalStatus.valueOf(value.toString());
    }
}
