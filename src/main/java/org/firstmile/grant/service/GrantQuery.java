package org.firstmile.grant.service;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.firstmile.platform.persistence.Like;

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

    /** The filters' conditions on {@code g} (the grant), {@code r} (its recipient) and {@code f} (its fund). */
    public List<String> conditions() {
        List<String> conditions = new ArrayList<>();
        if (hasText(titleContains)) {
            conditions.add("LOWER(g.title) LIKE :title");
        }
        if (hasText(recipientContains)) {
            conditions.add("LOWER(r.name) LIKE :recipient");
        }
        if (hasText(fundContains)) {
            conditions.add("LOWER(f.title) LIKE :fund");
        }
        return conditions;
    }

    /** The values of {@link #conditions()}. */
    public void bind(TypedQuery<?> typed) {
        if (hasText(titleContains)) {
            typed.setParameter("title", Like.containing(titleContains));
        }
        if (hasText(recipientContains)) {
            typed.setParameter("recipient", Like.containing(recipientContains));
        }
        if (hasText(fundContains)) {
            typed.setParameter("fund", Like.containing(fundContains));
        }
    }

    /**
     * The FROM clause of a count. Every grant has a recipient and a fund, so a count joins them only when the query
     * filters by their names (see {@code ProposalService.count}).
     */
    public String countFrom() {
        return "FROM Grant g" + (hasText(recipientContains) ? " JOIN g.recipient r" : "")
                + (hasText(fundContains) ? " JOIN g.fund f" : "");
    }

    public String orderBy() {
        String column = SORTABLE.getOrDefault(sortField == null ? "" : sortField, "g.plannedStart");
        String direction = ascending ? "ASC" : "DESC";
        return " ORDER BY " + column + " " + direction + ", g.id " + direction;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
