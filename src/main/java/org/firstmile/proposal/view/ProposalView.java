package org.firstmile.proposal.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.service.AwardForm;
import org.firstmile.grant.service.GrantService;
import org.firstmile.platform.faces.Messages;
import org.firstmile.platform.faces.RecordIds;
import org.firstmile.proposal.model.Proposal;
import org.firstmile.proposal.model.ProposalStatus;
import org.firstmile.proposal.service.ProposalForm;
import org.firstmile.proposal.service.ProposalService;

/** One proposal: edit it, move it through its lifecycle with a comment, award it, read its history. */
@Named
@ViewScoped
public class ProposalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProposalService proposals;

    @Inject
    transient GrantService grants;

    @Inject
    transient Clock clock;

    private String idParam;
    private Long id;
    private Proposal proposal;
    private ProposalForm form;
    private String comment;
    private AwardForm award;
    private Long grantId;

    /**
     * Called by the page's viewAction with the id from the address. The id is not a required view parameter: that
     * would fail every ajax postback, whose address carries no id; the view scope keeps it instead.
     */
    public void load() {
        id = RecordIds.parse("proposal", idParam);
        proposal = proposals.get(id);
        form = ProposalForm.of(proposal);
        award = new AwardForm(proposal.getAmountRequested(), LocalDate.now(clock),
                Optional.ofNullable(proposal.getPlannedStart()).orElse(LocalDate.now(clock)));
        grantId = grants.findIdForProposal(id).orElse(null);
    }

    public String save() {
        try {
            proposals.revise(id, form);
            Messages.infoAfterRedirect("Proposal saved.");
            return reload();
        } catch (RuntimeException e) {
            Messages.failed(e, "proposal");
            return null;
        }
    }

    public String moveTo(ProposalStatus target) {
        try {
            proposals.moveTo(id, form.getVersion(), target, comment);
            Messages.infoAfterRedirect("Proposal moved to \u201c" + target.label() + "\u201d.");
            return reload();
        } catch (RuntimeException e) {
            Messages.failed(e, "proposal");
            return null;
        }
    }

    public String awardGrant() {
        try {
            Grant grant = proposals.award(id, form.getVersion(), award, comment);
            Messages.infoAfterRedirect("Proposal awarded. Grant " + grant.getIdentifier() + " was created with its reporting "
                    + "periods.");
            return "/grant/view.xhtml?faces-redirect=true&id=" + grant.getId();
        } catch (RuntimeException e) {
            Messages.failed(e, "proposal");
            return null;
        }
    }

    private String reload() {
        return "/proposal/view.xhtml?faces-redirect=true&id=" + id;
    }

    /** The steps offered as buttons; awarding has its own form. */
    public List<ProposalStatus> getNextSteps() {
        return proposal.getStatus().nextSteps().stream().filter(step -> step != ProposalStatus.AWARDED).toList();
    }

    public boolean isAwardable() {
        return proposal.getStatus().canMoveTo(ProposalStatus.AWARDED);
    }

    public Long getId() {
        return id;
    }

    /** The id as typed in the address; anything but a number is a record that does not exist. */
    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public ProposalForm getForm() {
        return form;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public AwardForm getAward() {
        return award;
    }

    public Long getGrantId() {
        return grantId;
    }
}
