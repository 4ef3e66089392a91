package org.firstmile.organisation.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.OrganisationForm;
import org.firstmile.organisation.service.OrganisationService;
import org.firstmile.platform.faces.Dialogs;
import org.firstmile.platform.faces.Messages;

/**
 * The organisations page: every organisation a page at a time, filtered by name, org-id or part; add an organisation
 * or change its name, org-id or part.
 */
@Named
@ViewScoped
public class OrganisationAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationService organisations;

    /** The part filter's options: each part's name as the value and its label, built once. */
    private static final List<SelectItem> TYPE_FILTER = Arrays.stream(OrganisationType.values())
            .map(type -> new SelectItem(type.name(), type.label())).toList();

    private OrganisationLazyModel model;
    private OrganisationForm form = new OrganisationForm();

    @PostConstruct
    void init() {
        model = new OrganisationLazyModel(query -> organisations.count(query),
                (query, first, size) -> organisations.page(query, first, size));
    }

    public void startNew() {
        form = new OrganisationForm();
    }

    public void edit(long id) {
        try {
            form = OrganisationForm.of(organisations.get(id));
        } catch (RuntimeException e) {
            Messages.failed(e, "organisation");
        }
    }

    public void save() {
        try {
            organisations.save(form);
            Dialogs.done("organisationDialog", "Organisation \u201c" + form.getName().strip() + "\u201d saved.");
        } catch (RuntimeException e) {
            Messages.failed(e, "organisation");
        }
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public OrganisationLazyModel getModel() {
        return model;
    }

    public List<SelectItem> getTypeFilter() {
        return TYPE_FILTER;
    }

    public OrganisationForm getForm() {
        return form;
    }
}
