package org.firstmile.identity.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.UserAdminService;
import org.firstmile.identity.service.UserForm;
import org.firstmile.identity.service.UserRow;
import org.firstmile.platform.faces.Dialogs;
import org.firstmile.platform.faces.Messages;

/** The users page: add and describe accounts, reset a password, disable or enable a user. */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAdminService users;

    /** The role filter's options: each role's name, as the rows show it. */
    private static final List<SelectItem> ROLE_FILTER = Arrays.stream(Role.values())
            .map(role -> new SelectItem(role.name(), role.name())).toList();

    private UserLazyModel model;
    private UserForm form = new UserForm();
    private UserRow passwordFor;
    private String newPassword;

    @PostConstruct
    void load() {
        model = new UserLazyModel(query -> users.count(query), (query, first, size) -> users.page(query, first, size));
    }

    public void startNew() {
        form = new UserForm();
    }

    public void edit(UserRow row) {
        form = users.get(row.id());
    }

    public void save() {
        try {
            String verb = form.isNew() ? "added" : "saved";
            if (form.isNew()) {
                users.create(form);
            } else {
                users.update(form);
            }
            Dialogs.done("userDialog", "User \u201c" + form.getUsername() + "\u201d " + verb + ".");
        } catch (RuntimeException e) {
            Messages.failed(e, "user");
        }
    }

    public void startPasswordReset(UserRow row) {
        passwordFor = row;
        newPassword = null;
    }

    public void resetPassword() {
        try {
            users.resetPassword(passwordFor.id(), passwordFor.version(), newPassword);
            Dialogs.done("passwordDialog", "New password set for \u201c" + passwordFor.username() + "\u201d. Tell "
                    + "them in person or by phone, not by e-mail.");
        } catch (RuntimeException e) {
            Messages.failed(e, "user");
        } finally {
            newPassword = null;
        }
    }

    public void toggleEnabled(UserRow row) {
        try {
            users.setEnabled(row.id(), row.version(), !row.enabled());
            Messages.info("User \u201c" + row.username() + "\u201d " + (row.enabled() ? "disabled: they can no longer "
                    + "sign in." : "enabled."));
        } catch (RuntimeException e) {
            Messages.failed(e, "user");
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public UserLazyModel getModel() {
        return model;
    }

    public List<SelectItem> getRoleFilter() {
        return ROLE_FILTER;
    }

    public UserForm getForm() {
        return form;
    }

    public UserRow getPasswordFor() {
        return passwordFor;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
