package org.firstmile.funder.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import org.firstmile.finance.service.FinanceReader;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.service.GrantFunders;
import org.firstmile.grant.service.GrantQuery;
import org.firstmile.grant.service.GrantSummary;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.Callers;
import org.firstmile.milestone.service.MilestoneReader;
import org.firstmile.milestone.service.MilestoneRow;
import org.firstmile.outcome.service.PeriodRef;
import org.firstmile.outcome.service.ProgressReader;
import org.firstmile.partner.model.PartnerUpdateStatus;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.report.service.ReportReader;

/**
 * A funder's read-only view of the grants made from their own organisation's funds and of the grants they co-fund.
 * Another funder's grant is answered as not found, so a guessed id reveals nothing.
 */
@Stateless
@RolesAllowed(Role.FUNDER_NAME)
public class FunderPortalService {

    /** The most rows a page of the funder's grants holds, whatever a request asks for. */
    public static final int PAGE_LIMIT = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    ProgressReader progress;

    @Inject
    MilestoneReader milestoneReader;

    @Inject
    FinanceReader financeReader;

    @Inject
    ReportReader reports;

    @Resource
    SessionContext session;

    /** How many of the caller's grants (of their funds, or co-funded) match the query: the funder's start page. */
    public long countMyGrants(GrantQuery query) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(g) " + query.countFrom() + mine(query), Long.class);
        bind(count, query);
        return count.getSingleResult();
    }

    /** A page of those grants from {@code first}, at most {@code size} (up to {@link #PAGE_LIMIT}). */
    public List<GrantSummary> myGrantsPage(GrantQuery query, int first, int size) {
        TypedQuery<GrantSummary> rows = em.createQuery(GrantSummary.SELECT + mine(query) + query.orderBy(),
                GrantSummary.class);
        bind(rows, query);
        return rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), PAGE_LIMIT))
                .getResultList();
    }

    private static String mine(GrantQuery query) {
        List<String> conditions = new ArrayList<>(List.of(GrantFunders.FUNDED_BY_CALLER));
        conditions.addAll(query.conditions());
        return " WHERE " + String.join(" AND ", conditions);
    }

    private void bind(TypedQuery<?> typed, GrantQuery query) {
        typed.setParameter("caller", session.getCallerPrincipal().getName());
        query.bind(typed);
    }

    /**
     * One of the caller's grants with everything the funder's page shows, in six statements however many periods,
     * milestones, indicators, budget lines, payments, updates and reports the grant has.
     */
    public FunderGrantView grant(long grantId) {
        Grant grant = em.createQuery("SELECT g FROM Grant g JOIN FETCH g.recipient JOIN FETCH g.fund "
                + "LEFT JOIN FETCH g.periods WHERE g.id = :id AND " + GrantFunders.FUNDED_BY_CALLER, Grant.class)
                .setParameter("id", grantId).setParameter("caller", session.getCallerPrincipal().getName())
                .getResultList().stream().findFirst().orElseThrow(() -> new NotFoundException("grant", grantId));
        List<PeriodRef> periods = grant.getPeriods().stream()
                .map(p -> new PeriodRef(p.getId(), p.getName(), p.getStartDate())).toList();
        List<MilestoneRow> milestones = milestoneReader.forGrant(grantId);
        return new FunderGrantView(grant, milestones, MilestoneCounts.of(milestones),
                progress.progress(grantId, periods), financeReader.overview(grant), highlights(grantId),
                reports.published(grantId));
    }

    /** The accepted updates of the grant's partner programmes, newest period first. */
    private List<Highlight> highlights(long grantId) {
        return em.createQuery("SELECT NEW org.firstmile.funder.service.Highlight(p.name, o.name, rp.name, "
                + "u.narrative.story, u.narrative.differenceMade) FROM PartnerUpdate u JOIN u.programme p "
                + "JOIN p.organisation o JOIN u.period rp WHERE p.grant.id = :grant AND u.status = :accepted "
                + "ORDER BY rp.sequenceNo DESC, p.name", Highlight.class).setParameter("grant", grantId)
                .setParameter("accepted", PartnerUpdateStatus.ACCEPTED).getResultList();
    }

    private Long callerOrganisation() {
        return callers.organisationOf(session.getCallerPrincipal().getName());
    }
}
