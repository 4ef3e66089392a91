package org.firstmile.identity.service;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.firstmile.identity.model.Role;
import org.firstmile.platform.persistence.Like;

/**
 * Filters and order for the administrators' list of users: text found in the username, the name or the
 * organisation's name, and one role. Sorting is limited to the columns of {@link #SORTABLE}, with the id as the
 * tie-breaker so that paging is stable; by default by username.
 */
public record UserQuery(String usernameContains, String nameContains, String organisationContains, Role role,
        String sortField, boolean ascending) {

    static final Map<String, String> SORTABLE = Map.of(
            "username", "u.username",
            "displayName", "u.displayName",
            "organisationName", "o.name",
            "enabled", "u.enabled");

    public static UserQuery all() {
        return new UserQuery(null, null, null, null, "username", true);
    }

    /** From {@code u} (the user) and {@code o} (their organisation, if any). */
    static final String FROM = " FROM AppUser u LEFT JOIN u.organisation o";

    String where() {
        List<String> conditions = new ArrayList<>();
        if (hasText(usernameContains)) {
            conditions.add("LOWER(u.username) LIKE :username");
        }
        if (hasText(nameContains)) {
            conditions.add("LOWER(u.displayName) LIKE :name");
        }
        if (hasText(organisationContains)) {
            conditions.add("LOWER(o.name) LIKE :organisation");
        }
        if (role != null) {
            conditions.add(":role MEMBER OF u.roles");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    void bind(TypedQuery<?> typed) {
        if (hasText(usernameContains)) {
            typed.setParameter("username", Like.containing(usernameContains));
        }
        if (hasText(nameContains)) {
            typed.setParameter("name", Like.containing(nameContains));
        }
        if (hasText(organisationContains)) {
            typed.setParameter("organisation", Like.containing(organisationContains));
        }
        if (role != null) {
            typed.setParameter("role", role);
        }
    }

    String orderBy() {
        String column = SORTABLE.getOrDefault(sortField == null ? "" : sortField, "u.username");
        String direction = ascending ? "ASC" : "DESC";
        return " ORDER BY " + column + " " + direction + ", u.id " + direction;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
