package org.firstmile.identity.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.firstmile.identity.model.AppUser;
import org.firstmile.identity.model.Role;
import org.firstmile.organisation.service.Choice;

/** A user account as an administrator types it. The password is asked for only when the account is created. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    private int version;

    @NotBlank(message = "Enter a username.")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,99}", message = "The username must be 3 to 100 lower-case letters, "
            + "digits, dots, dashes or underscores, starting with a letter or digit.")
    private String username;

    @NotBlank(message = "Enter the person's name.")
    @Size(max = 200, message = "The name must be 200 characters or fewer.")
    private String displayName;

    @Email(message = "Enter the e-mail address in the form name@example.org.")
    @Size(max = 254, message = "The e-mail address must be 254 characters or fewer.")
    private String email;

    private List<Role> roles = new ArrayList<>();

    private Long organisationId;

    /** The organisation as the page's picker shows it (name and org-id); null when the form was filled by id. */
    private String organisationLabel;

    private String password;

    public static UserForm of(AppUser user) {
        UserForm form = new UserForm();
        form.id = user.getId();
        form.version = user.getVersion();
        form.username = user.getUsername();
        form.displayName = user.getDisplayName();
        form.email = user.getEmail();
        form.roles = new ArrayList<>(user.getRoles());
        form.setOrganisation(user.getOrganisation() == null ? null : Choice.of(user.getOrganisation()));
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    /** An array, not a list, so that Faces knows to convert the ticked boxes to roles. */
    public Role[] getRoles() {
        return roles.toArray(Role[]::new);
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(List.of(roles));
    }

    Set<Role> roleSet() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The organisation the person belongs to, as the page's picker shows and sets it. */
    public Choice getOrganisation() {
        return organisationId == null ? null : new Choice(organisationId, organisationLabel);
    }

    public void setOrganisation(Choice organisation) {
        organisationId = organisation == null ? null : organisation.id();
        organisationLabel = organisation == null ? null : organisation.label();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
        this.organisationLabel = null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
