package org.firstmile.opendata.model;

import java.util.List;

/**
 * One page of a public list: its rows, the page's number (from 1), and how many rows the whole list has. The public
 * lists page through plain links that name the page in the address, so that anyone, and any crawler, can reach and
 * link to every row.
 */
public record PublicPage<T>(List<T> rows, int number, int size, long total) {

    /** The page to show for a requested number: the first for anything unreadable or below 1, the last beyond it. */
    public static int number(String requested, long total, int size) {
        int last = lastNumber(total, size);
        String text = requested == null ? "" : requested.strip();
        if (!text.matches("-?\\d{1,18}")) {
            return text.matches("\\d+") ? last : 1;
        }
        return (int) Math.max(1, Math.min(Long.parseLong(text), last));
    }

    /** Where the page starts in the whole list, from 0. */
    public static int first(int number, int size) {
        return (number - 1) * size;
    }

    private static int lastNumber(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public int getLast() {
        return lastNumber(total, size);
    }

    public boolean isHasPrevious() {
        return number > 1;
    }

    public boolean isHasNext() {
        return number < getLast();
    }

    /** The first row's position in the whole list, from 1 (0 when the list is empty). */
    public long getFrom() {
        return rows.isEmpty() ? 0 : (long) first(number, size) + 1;
    }

    public long getTo() {
        return (long) first(number, size) + rows.size();
    }
}
