package org.firstmile.dashboard.service;

import java.io.Serializable;
import java.util.Locale;

/**
 * How many grants, overdue milestones and milestones due soon the dashboard's scope holds, whatever number of each
 * it lists; each is counted up to {@link DashboardService#COUNT_LIMIT} and one more.
 */
public record DashboardCounts(long grants, long overdue, long dueSoon) implements Serializable {

    private static final String MORE_THAN_LIMIT = String.format(Locale.UK, "more than %,d",
            DashboardService.COUNT_LIMIT);

    /** A total as the dashboard shows it: the number, or "more than 1,000" beyond the count's limit. */
    public static String shown(long total) {
        if (total > DashboardService.COUNT_LIMIT) {
            return MORE_THAN_LIMIT;
        }
        // Below 1,000 there is no thousands separator to write (String.format was a few per cent of the page).
        return total < 1000 ? Long.toString(total) : String.format(Locale.UK, "%,d", total);
    }

    public String grantsShown() {
        return shown(grants);
    }

    public String overdueShown() {
        return shown(overdue);
    }

    public String dueSoonShown() {
        return shown(dueSoon);
    }
}
