package org.firstmile.partner.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.firstmile.partner.model.PartnerUpdate;
import org.firstmile.partner.model.PartnerUpdateStatus;
import org.firstmile.partner.service.PartnerReviewService;
import org.firstmile.platform.faces.Messages;
import org.firstmile.platform.faces.RecordIds;

/** Staff read one update with its evidence and earlier revisions, then accept it or return it with feedback. */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerReviewService partners;

    private String idParam;
    private PartnerUpdate update;
    private List<PartnerUpdate> revisions;
    private String feedback;

    public void load() {
        update = partners.get(RecordIds.parse("partner update", idParam));
        revisions = partners.revisionsOf(update);
    }

    public String accept() {
        try {
            partners.accept(update.getId(), update.getVersion());
            Messages.infoAfterRedirect("Update accepted.");
            return reload();
        } catch (RuntimeException e) {
            Messages.failed(e, "partner update");
            return null;
        }
    }

    public String returnToPartner() {
        try {
            partners.returnWithFeedback(update.getId(), update.getVersion(), feedback);
            Messages.infoAfterRedirect("Update returned to the partner with your feedback.");
            return reload();
        } catch (RuntimeException e) {
            Messages.failed(e, "partner update");
            return null;
        }
    }

    private String reload() {
        return "/partner/update.xhtml?faces-redirect=true&id=" + update.getId();
    }

    public boolean isReviewable() {
        return update.getStatus() == PartnerUpdateStatus.SUBMITTED;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public PartnerUpdate getUpdate() {
        return update;
    }

    public List<PartnerUpdate> getRevisions() {
        return revisions;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }
}
