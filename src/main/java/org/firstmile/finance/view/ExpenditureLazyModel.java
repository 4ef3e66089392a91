package org.firstmile.finance.view;

import java.util.List;
import java.util.Map;
import org.firstmile.finance.service.ExpenditureRow;
import org.firstmile.finance.service.FinanceService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Feeds a period's expenditure table one page at a time, newest first. */
public class ExpenditureLazyModel extends LazyDataModel<ExpenditureRow> {

    private static final long serialVersionUID = 1L;

    private final transient FinanceService finance;
    private final long grantId;
    private final long periodId;

    ExpenditureLazyModel(FinanceService finance, long grantId, long periodId) {
        this.finance = finance;
        this.grantId = grantId;
        this.periodId = periodId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(finance.countExpenditures(grantId, periodId));
    }

    @Override
    public List<ExpenditureRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return finance.expenditures(grantId, periodId, first, pageSize);
    }

    @Override
    public String getRowKey(ExpenditureRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public ExpenditureRow getRowData(String rowKey) {
        return null;
    }
}
