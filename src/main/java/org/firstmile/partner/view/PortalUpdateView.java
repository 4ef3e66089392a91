package org.firstmile.partner.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.firstmile.partner.model.PartnerUpdate;
import org.firstmile.partner.service.EvidenceStore;
import org.firstmile.partner.service.NarrativeForm;
import org.firstmile.partner.service.PartnerPortalService;
import org.firstmile.partner.service.UpdateWorkspace;
import org.firstmile.platform.faces.Messages;
import org.firstmile.platform.faces.RecordIds;
import org.primefaces.event.FileUploadEvent;

/** A partner writes, evidences and submits their update for one period, and answers feedback with a revision. */
@Named
@ViewScoped
public class PortalUpdateView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerPortalService portal;

    @Inject
    transient EvidenceStore store;

    private String programmeParam;
    private String periodParam;
    private long programmeId;
    private long periodId;
    private UpdateWorkspace workspace;
    private NarrativeForm form;

    public void load() {
        programmeId = RecordIds.parse("programme", programmeParam);
        periodId = RecordIds.parse("reporting period", periodParam);
        refresh();
        form = workspace.latest().map(NarrativeForm::of).orElseGet(NarrativeForm::new);
    }

    private void refresh() {
        workspace = portal.open(programmeId, periodId);
    }

    public String saveDraft() {
        try {
            portal.saveDraft(programmeId, periodId, latestVersion(), form);
            Messages.infoAfterRedirect("Draft saved. Only you and your colleagues can see it until you submit it.");
            return reload();
        } catch (RuntimeException e) {
            Messages.failed(e, "update");
            return null;
        }
    }

    public String submit() {
        try {
            portal.submit(programmeId, periodId, latestVersion(), form);
            Messages.infoAfterRedirect("Update submitted. The programme staff will review it.");
            return reload();
        } catch (RuntimeException e) {
            Messages.failed(e, "update");
            refresh();
            return null;
        }
    }

    public String revise() {
        try {
            portal.revise(workspace.latest().orElseThrow().getId());
            Messages.infoAfterRedirect("A new revision was started from the returned one. Answer the feedback, "
                    + "then submit it.");
            return reload();
        } catch (RuntimeException e) {
            Messages.failed(e, "update");
            return null;
        }
    }

    public void upload(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            PartnerUpdate draft = portal.saveDraft(programmeId, periodId, latestVersion(), form);
            portal.attach(draft.getId(), event.getFile().getFileName(), content);
            refresh();
            Messages.info("\u201c" + event.getFile().getFileName() + "\u201d added as evidence.");
        } catch (IOException e) {
            Messages.failed(new UncheckedIOException(e), "update");
        } catch (RuntimeException e) {
            refresh();
            Messages.failed(e, "update");
        }
    }

    private String reload() {
        return "/partner/portal/update.xhtml?faces-redirect=true&programme=" + programmeId + "&period=" + periodId;
    }

    private Integer latestVersion() {
        return workspace.latest().map(PartnerUpdate::getVersion).orElse(null);
    }

    public boolean isEditable() {
        return workspace.latest().map(PartnerUpdate::isDraft).orElse(true);
    }

    public PartnerUpdate getLatest() {
        return workspace.latest().orElse(null);
    }

    public long getMaxBytes() {
        return store.maxBytes();
    }

    public String getProgrammeParam() {
        return programmeParam;
    }

    public void setProgrammeParam(String programmeParam) {
        this.programmeParam = programmeParam;
    }

    public String getPeriodParam() {
        return periodParam;
    }

    public void setPeriodParam(String periodParam) {
        this.periodParam = periodParam;
    }

    public UpdateWorkspace getWorkspace() {
        return workspace;
    }

    public NarrativeForm getForm() {
        return form;
    }
}
