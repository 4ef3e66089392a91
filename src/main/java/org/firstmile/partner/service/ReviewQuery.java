package org.firstmile.partner.service;

import java.util.Map;

import org.firstmile.partner.model.PartnerUpdateStatus;

/**
 * Filters and order for the staff's list of who has reported: text found in the programme's, the partner's or the
 * grant's name, and where the current period's update stands ({@link #notStarted} for programmes with no update
 * yet). Sorting is limited to the columns of {@link #SORTABLE}, each with the programme's id as the tie-breaker so
 * that paging is stable; by default, by grant and then programme.
 */
public record ReviewQuery(String programmeContains, String partnerContains, String grantContains,
        PartnerUpdateStatus status, boolean notStarted, String sortField, boolean ascending) {

    static final Map<String, String> SORTABLE = Map.of(
            "programmeName", "programme_name",
            "partnerName", "partner_name",
            "grantTitle", "grant_title",
            "reportDue", "report_due_date");

    public static ReviewQuery all() {
        return new ReviewQuery(null, null, null, null, false, null, true);
    }

    String orderBy() {
        String direction = ascending ? "ASC" : "DESC";
        String column = SORTABLE.get(sortField == null ? "" : sortField);
        return column == null
                ? " ORDER BY grant_title " + direction + ", programme_name " + direction + ", programme_id " + direction
                : " ORDER BY " + column + " " + direction + ", programme_id " + direction;
    }
}
