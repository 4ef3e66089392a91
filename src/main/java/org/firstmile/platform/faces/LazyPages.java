package org.firstmile.platform.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table without filters or sorting: one count query and one page query per request, in the order the
 * service gives (newest first, for logs). For tables with filters and sorting see {@link LazyQueryPages}.
 */
public class LazyPages<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A page of rows from {@code first}, at most {@code size}. */
    @FunctionalInterface
    public interface PageQuery<T> extends Serializable {
        List<T> page(int first, int size);
    }

    /** The count of all rows. */
    @FunctionalInterface
    public interface CountQuery extends LongSupplier, Serializable {
    }

    /** The row key of a row. */
    @FunctionalInterface
    public interface RowKey<T> extends Function<T, Object>, Serializable {
    }

    private final CountQuery count;
    private final PageQuery<T> page;
    private final RowKey<T> key;

    public LazyPages(CountQuery count, PageQuery<T> page, RowKey<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(count.getAsLong());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
