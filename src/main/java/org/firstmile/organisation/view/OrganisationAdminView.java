package org.firstmile.organisation.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.OrganisationForm;
import org.firstmile.organisation.service.OrganisationService;
import org.firstmile.platform.faces.Dialogs;
import org.firstmile.platform.faces.Messages;

/** The organisations page: add an organisation or change its name, org-id or part. */
@Named
@ViewScoped
public class OrganisationAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationService organisations;

    private List<Organisation> rows;
    private OrganisationForm form = new OrganisationForm();

    @PostConstruct
    void load() {
        rows = organisations.organisations();
    }

    public void startNew() {
        form = new OrganisationForm();
    }

    public void edit(Organisation organisation) {
        form = OrganisationForm.of(organisation);
    }

    public void save() {
        try {
            organisations.save(form);
            load();
            Dialogs.done("organisationDialog", "Organisation \u201c" + form.getName().strip() + "\u201d saved.");
        } catch (RuntimeException e) {
            Messages.failed(e, "organisation");
        }
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public List<Organisation> getRows() {
        return rows;
    }

    public OrganisationForm getForm() {
        return form;
    }
}
