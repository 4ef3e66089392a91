package org.firstmile.platform.faces;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table with filters and sorting: the table's filters and sort become a query of the service's own ({@code Q}),
 * and each request costs one count and one page query, whatever the number of rows. A list says how to build its
 * query; its view hands over the service's count and page (as lambdas, which are kept with the view: they call the
 * view's service field). {@link LazyPages} is the same for a table without filters.
 */
public abstract class LazyQueryPages<T, Q> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows the query matches. */
    @FunctionalInterface
    public interface Count<Q> extends Serializable {
        long count(Q query);
    }

    /** The query's rows from {@code first}, at most {@code size}. */
    @FunctionalInterface
    public interface Page<T, Q> extends Serializable {
        List<T> page(Q query, int first, int size);
    }

    private final Count<Q> count;
    private final Page<T, Q> page;

    protected LazyQueryPages(Count<Q> count, Page<T, Q> page) {
        this.count = count;
        this.page = page;
    }

    /** The service's query for the table's filters and sort (its default order when nothing is sorted). */
    protected abstract Q query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy);

    /** The row's key, usually its id. */
    protected abstract Object key(T row);

    @Override
    public final int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(count.count(query(filterBy, Map.of())));
    }

    @Override
    public final List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.page(query(filterBy, sortBy), first, pageSize);
    }

    @Override
    public final String getRowKey(T row) {
        return String.valueOf(key(row));
    }

    @Override
    public final T getRowData(String rowKey) {
        return null;
    }

    /** The text typed into a column's filter, or null when there is none. */
    protected static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta filter = filterBy.get(field);
        return filter == null || filter.getFilterValue() == null ? null : filter.getFilterValue().toString();
    }

    /**
     * The constant a select filter chose: its options carry the constants' names. Null for "any" (no value) and for
     * a name that is none of them, as a forged request may send: that filters nothing.
     */
    protected static <E extends Enum<E>> E choice(Map<String, FilterMeta> filterBy, String field, Class<E> type) {
        FilterMeta filter = filterBy.get(field);
        Object value = filter == null ? null : filter.getFilterValue();
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        return value == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value.toString())).findFirst().orElse(null);
    }

    /** The column the table is sorted by, if any (single sort mode). */
    protected static Optional<SortMeta> sort(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream().filter(sort -> sort.getOrder() != SortOrder.UNSORTED).findFirst();
    }

    protected static boolean ascending(SortMeta sort) {
        return sort.getOrder() == SortOrder.ASCENDING;
    }
}
