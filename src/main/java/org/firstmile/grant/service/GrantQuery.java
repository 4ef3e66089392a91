package org.firstmile.grant.service;

import java.util.Map;

/**
 * Filters and order for the grants list. Sorting is limited to the columns named in {@link #SORTABLE}, each with
 * the id as a tie-breaker so that paging is stable; by default the grants that start latest come first.
 */
public record GrantQuery(String titleContains, String recipientContains, String fundContains, String sortField,
        boolean ascending) {

    static final Map<String, String> SORTABLE = Map.of(
            "title", "g.title",
            "identifier", "g.identifier",
            "recipientName", "r.name",
            "fundTitle", "f.title",
            "amountAwarded", "g.amountAwarded",
            "plannedStart", "g.plannedStart",
            "manager", "g.manager");

    public static GrantQuery all() {
        return new GrantQuery(null, null, null, "plannedStart", false);
    }

    String orderBy() {
        String column = SORTABLE.getOrDefault(sortField == null ? "" : sortField, "g.plannedStart");
        String direction = ascending ? "ASC" : "DESC";
        return " ORDER BY " + column + " " + direction + ", g.id " + direction;
    }
}
