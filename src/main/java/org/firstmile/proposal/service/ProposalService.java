package org.firstmile.proposal.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.service.AuditTrail;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.service.AwardForm;
import org.firstmile.grant.service.GrantService;
import org.firstmile.identity.model.Role;
import org.firstmile.organisation.model.Fund;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.platform.persistence.Like;
import org.firstmile.proposal.model.Proposal;
import org.firstmile.proposal.model.ProposalStatus;

/** Use cases of proposals for programme staff: start, edit, move through the lifecycle, award, list. */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class ProposalService {

    private static final String WHAT = "proposal";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    GrantService grants;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    public Proposal create(@NotNull @Valid ProposalForm form) {
        Proposal proposal = Proposal.draft(form.toDetails(), applicant(form), fund(form), caller(), clock.instant());
        em.persist(proposal);
        audit.created(proposal);
        return proposal;
    }

    public Proposal revise(long id, @NotNull @Valid ProposalForm form) {
        Proposal proposal = get(id);
        EditConflictException.check(WHAT, form.getVersion(), proposal.getVersion());
        Map<String, String> before = proposal.auditState();
        proposal.revise(form.toDetails(), applicant(form), fund(form), clock.instant());
        audit.changed(proposal, before, AuditAction.UPDATED);
        return proposal;
    }

    /** Moves a proposal one step on. Awarding needs the award's figures: use {@link #award}. */
    public Proposal moveTo(long id, int version, @NotNull ProposalStatus target,
            @Size(max = Proposal.COMMENT_MAX, message = "The comment must be 2000 characters or fewer.") String comment) {
        if (target == ProposalStatus.AWARDED) {
            throw new BusinessException("To award a proposal, enter the amount awarded and the award date.");
        }
        Proposal proposal = get(id);
        EditConflictException.check(WHAT, version, proposal.getVersion());
        Map<String, String> before = proposal.auditState();
        proposal.moveTo(target, caller(), clock.instant(), comment);
        audit.changed(proposal, before, AuditAction.STATUS_CHANGED);
        return proposal;
    }

    /** Awards a proposal under review and creates its grant, with reporting periods; the caller manages it. */
    public Grant award(long id, int version, @NotNull @Valid AwardForm award,
            @Size(max = Proposal.COMMENT_MAX, message = "The comment must be 2000 characters or fewer.") String comment) {
        Proposal proposal = get(id);
        EditConflictException.check(WHAT, version, proposal.getVersion());
        Map<String, String> before = proposal.auditState();
        proposal.moveTo(ProposalStatus.AWARDED, caller(), clock.instant(), comment);
        audit.changed(proposal, before, AuditAction.STATUS_CHANGED);
        return grants.createFor(proposal, award, caller());
    }

    /** The proposal with its applicant, fund and history. */
    public Proposal get(long id) {
        List<Proposal> found = em.createQuery("SELECT p FROM Proposal p JOIN FETCH p.applicant JOIN FETCH p.fund "
                + "WHERE p.id = :id", Proposal.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException(WHAT, id);
        }
        Proposal proposal = found.get(0);
        proposal.getHistory().size();
        return proposal;
    }

    public List<ProposalRow> page(ProposalQuery query, int first, int pageSize) {
        TypedQuery<ProposalRow> rows = em.createQuery("SELECT NEW org.firstmile.proposal.service.ProposalRow("
                + "p.id, p.title, a.name, f.title, p.status, p.amountRequested, p.currency, p.updatedAt) "
                + "FROM Proposal p JOIN p.applicant a JOIN p.fund f" + where(query) + query.orderBy(),
                ProposalRow.class);
        bind(rows, query);
        return rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 200))
                .getResultList();
    }

    /**
     * How many proposals match. Every proposal has an applicant and a fund, so the count joins the applicant only
     * when the query filters by its name: joining both on every page made PostgreSQL hash the whole table and all
     * organisations for each count (9 ms for 20,000 proposals, against 1.6 ms for the proposals alone).
     */
    public long count(ProposalQuery query) {
        String from = hasText(query.applicantContains()) ? "FROM Proposal p JOIN p.applicant a" : "FROM Proposal p";
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) " + from + where(query), Long.class);
        bind(count, query);
        return count.getSingleResult();
    }

    private static String where(ProposalQuery query) {
        List<String> conditions = new ArrayList<>();
        if (hasText(query.titleContains())) {
            conditions.add("LOWER(p.title) LIKE :title");
        }
        if (hasText(query.applicantContains())) {
            conditions.add("LOWER(a.name) LIKE :applicant");
        }
        if (query.status() != null) {
            conditions.add("p.status = :status");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> typed, ProposalQuery query) {
        if (hasText(query.titleContains())) {
            typed.setParameter("title", Like.containing(query.titleContains()));
        }
        if (hasText(query.applicantContains())) {
            typed.setParameter("applicant", Like.containing(query.applicantContains()));
        }
        if (query.status() != null) {
            typed.setParameter("status", query.status());
        }
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private Organisation applicant(ProposalForm form) {
        Organisation organisation = em.find(Organisation.class, form.getApplicantId());
        if (organisation == null) {
            throw new BusinessException("The applicant organisation no longer exists. Choose another one.");
        }
        if (organisation.getType() != OrganisationType.GRANTEE) {
            throw new BusinessException(organisation.getName() + " is not a grantee. Choose a grantee organisation, "
                    + "or change its part to grantee first.");
        }
        return organisation;
    }

    private Fund fund(ProposalForm form) {
        Fund fund = em.find(Fund.class, form.getFundId());
        if (fund == null) {
            throw new BusinessException("The fund no longer exists. Choose another one.");
        }
        return fund;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
