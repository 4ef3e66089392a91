package org.firstmile.partner.service;

import java.util.List;

/**
 * One page of a partner's reporting lines: page {@code number} (from 1) of lines {@code size} at a time, out of
 * {@code total} lines in all.
 */
public record ReportingPage(List<ReportingRow> rows, int number, int size, long total) {

    public ReportingPage {
        rows = List.copyOf(rows);
    }

    /** The page to show for a requested page number: the first when below range, the last when beyond it. */
    static int within(int requested, long total, int size) {
        long last = Math.max(1, (total + size - 1) / size);
        return (int) Math.min(Math.max(1, requested), last);
    }

    /** The position of the page's first line, counting from 1; 0 when there are none. */
    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) (number - 1) * size + 1;
    }

    public long lastRow() {
        return (long) (number - 1) * size + rows.size();
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return (long) number * size < total;
    }
}
