package org.firstmile.identity.service;

import java.util.Set;
import java.util.stream.Collectors;
import org.firstmile.identity.model.AppUser;
import org.firstmile.identity.model.Role;

/** A user as listed on the users page. */
public record UserRow(Long id, int version, String username, String displayName, String email, String roles,
        String organisationName, boolean enabled) {

    static UserRow of(AppUser user) {
        Set<Role> roles = user.getRoles();
        return new UserRow(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                roles.stream().map(Role::name).sorted().collect(Collectors.joining(", ")),
                user.getOrganisation() == null ? null : user.getOrganisation().getName(), user.isEnabled());
    }
}
