package org.firstmile.organisation.service;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.platform.persistence.Like;

/**
 * Filters and order for the administrators' list of organisations: text found in the name or the org-id, and the
 * part (funder, grantee, partner). Sorting is limited to the columns of {@link #SORTABLE}, with the id as the
 * tie-breaker so that paging is stable; by default by name.
 */
public record OrganisationQuery(String nameContains, String orgIdContains, OrganisationType type, String sortField,
        boolean ascending) {

    static final Map<String, String> SORTABLE = Map.of(
            "name", "o.name",
            "orgId", "o.orgId",
            "type", "o.type");

    public static OrganisationQuery all() {
        return new OrganisationQuery(null, null, null, "name", true);
    }

    String where() {
        List<String> conditions = new ArrayList<>();
        if (hasText(nameContains)) {
            conditions.add("LOWER(o.name) LIKE :name");
        }
        if (hasText(orgIdContains)) {
            conditions.add("LOWER(o.orgId) LIKE :orgId");
        }
        if (type != null) {
            conditions.add("o.type = :type");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    void bind(TypedQuery<?> typed) {
        if (hasText(nameContains)) {
            typed.setParameter("name", Like.containing(nameContains));
        }
        if (hasText(orgIdContains)) {
            typed.setParameter("orgId", Like.containing(orgIdContains));
        }
        if (type != null) {
            typed.setParameter("type", type);
        }
    }

    String orderBy() {
        String column = SORTABLE.getOrDefault(sortField == null ? "" : sortField, "o.name");
        String direction = ascending ? "ASC" : "DESC";
        return " ORDER BY " + column + " " + direction + ", o.id " + direction;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
