package org.firstmile.organisation.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.Choice;
import org.firstmile.organisation.service.FundForm;
import org.firstmile.organisation.service.FundRow;
import org.firstmile.organisation.service.OrganisationService;
import org.firstmile.platform.faces.Dialogs;
import org.firstmile.platform.faces.Messages;

/** The funds page: add a funder's fund or change its code, title or address. */
@Named
@ViewScoped
public class FundAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationService organisations;

    private List<FundRow> rows;
    private List<Choice> funders;
    private FundForm form = new FundForm();

    @PostConstruct
    void load() {
        rows = organisations.funds();
        funders = organisations.choices(OrganisationType.FUNDER);
    }

    public void startNew() {
        form = new FundForm();
    }

    public void edit(FundRow row) {
        form = FundForm.of(row);
    }

    public void save() {
        try {
            organisations.save(form);
            load();
            Dialogs.done("fundDialog", "Fund \u201c" + form.getTitle().strip() + "\u201d saved.");
        } catch (RuntimeException e) {
            Messages.failed(e, "fund");
        }
    }

    public List<FundRow> getRows() {
        return rows;
    }

    public List<Choice> getFunders() {
        return funders;
    }

    public FundForm getForm() {
        return form;
    }
}
