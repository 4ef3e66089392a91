package org.firstmile.identity.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.firstmile.audit.model.Auditable;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.platform.error.BusinessException;

/** A person who can sign in. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "app_user")
public class AppUser implements Auditable {

    public static final int USERNAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String email, String passwordHash, Set<Role> roles,
            Organisation organisation, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        checkFits(roles, organisation);
        this.roles = EnumSet.copyOf(roles);
        this.organisation = organisation;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Checks that the roles fit the organisation: funders and partners act for an organisation of their kind. */
    public static void checkFits(Set<Role> roles, Organisation organisation) {
        if (roles.isEmpty()) {
            throw new BusinessException("Choose at least one role.");
        }
        requireOrganisationOfType(roles, Role.FUNDER, organisation, OrganisationType.FUNDER, "funder");
        requireOrganisationOfType(roles, Role.PARTNER, organisation, OrganisationType.PARTNER, "partner");
        if (roles.contains(Role.FUNDER) && roles.contains(Role.PARTNER)) {
            throw new BusinessException("A user cannot be both a funder and a partner. Create two accounts.");
        }
    }

    private static void requireOrganisationOfType(Set<Role> roles, Role role, Organisation organisation,
            OrganisationType type, String word) {
        if (roles.contains(role) && (organisation == null || organisation.getType() != type)) {
            throw new BusinessException("A " + word + " user must belong to a " + word + " organisation. Choose one, "
                    + "or add the organisation first.");
        }
    }

    /** Changes who the user is and what they may do; the caller has checked {@link #checkFits}. */
    public void describe(String displayName, String email, Set<Role> roles, Organisation organisation) {
        checkFits(roles, organisation);
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.roles = EnumSet.copyOf(roles);
        this.organisation = organisation;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    /** A disabled user cannot sign in; their name stays on everything they did. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String auditType() {
        return "User";
    }

    @Override
    public String auditName() {
        return username;
    }

    @Override
    public Long auditGrantId() {
        return null;
    }

    /** The password hash is never part of the trail; a new password is noted in words by the service. */
    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Username", username);
        state.put("Name", displayName);
        state.put("E-mail", email);
        state.put("Roles", String.join(", ", roles.stream().map(Role::name).sorted().toList()));
        state.put("Organisation", organisation == null ? null : organisation.getName());
        state.put("Enabled", enabled ? "Yes" : "No");
        return state;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
