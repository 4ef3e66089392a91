package org.firstmile.proposal.service;

import java.util.Map;
import org.firstmile.proposal.model.ProposalStatus;

/**
 * Filters and order for the proposals list. Sorting is limited to the columns named in {@link #SORTABLE}, each
 * with the id as a tie-breaker so that paging is stable.
 */
public record ProposalQuery(String titleContains, String applicantContains, ProposalStatus status, String sortField,
        boolean ascending) {

    static final Map<String, String> SORTABLE = Map.of(
            "title", "p.title",
            "applicantName", "a.name",
            "fundTitle", "f.title",
            "status", "p.status",
            "amountRequested", "p.amountRequested",
            "updatedAt", "p.updatedAt");

    public static ProposalQuery all() {
        return new ProposalQuery(null, null, null, "updatedAt", false);
    }

    String orderBy() {
        String column = SORTABLE.getOrDefault(sortField == null ? "" : sortField, "p.updatedAt");
        String direction = ascending ? "ASC" : "DESC";
        return " ORDER BY " + column + " " + direction + ", p.id " + direction;
    }
}
