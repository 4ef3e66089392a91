package org.firstmile.audit.view;

import java.util.List;
import java.util.Map;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.model.AuditEvent;
import org.firstmile.audit.service.AuditQuery;
import org.firstmile.audit.service.AuditService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Feeds the audit table a page at a time, newest first, with the column filters as the query. */
public class AuditLazyModel extends LazyDataModel<AuditEvent> {

    private static final long serialVersionUID = 1L;

    private final transient AuditService audit;

    AuditLazyModel(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(audit.count(query(filterBy)));
    }

    @Override
    public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return audit.page(query(filterBy), first, pageSize);
    }

    @Override
    public String getRowKey(AuditEvent event) {
        return String.valueOf(event.getId());
    }

    @Override
    public AuditEvent getRowData(String rowKey) {
        return null;
    }

    static AuditQuery query(Map<String, FilterMeta> filterBy) {
        String type = text(filterBy, "entityType");
        String action = text(filterBy, "action");
        return new AuditQuery(type, text(filterBy, "actor"), action == null ? null : AuditAction.valueOf(action), null);
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta filter = filterBy.get(field);
        if (filter == null || filter.getFilterValue() == null) {
            return null;
        }
        String value = filter.getFilterValue().toString();
        return value.isBlank() ? null : value;
    }
}
