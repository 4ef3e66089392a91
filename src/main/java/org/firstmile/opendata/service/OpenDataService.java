package org.firstmile.opendata.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.firstmile.identity.model.Role;
import org.firstmile.milestone.service.MilestoneReader;
import org.firstmile.opendata.model.OpenDataFormat;
import org.firstmile.opendata.model.OpenGrant;
import org.firstmile.opendata.model.PublicFigure;
import org.firstmile.opendata.model.PublicGrant;
import org.firstmile.opendata.model.PublicMilestone;
import org.firstmile.opendata.model.PublicPage;
import org.firstmile.opendata.model.PublicProposal;
import org.firstmile.outcome.service.ProgressReader;
import org.firstmile.platform.error.NotFoundException;

/**
 * What FirstMile publishes. Anyone may read the grants and proposals published in the open; only administrators
 * may export every awarded grant. A record that is not published is answered exactly as a missing one.
 */
@Stateless
@PermitAll
public class OpenDataService {

    /** How many grants, or proposals, a page of the public list shows. */
    public static final int PAGE_SIZE = 20;

    private static final String PUBLIC_PROPOSAL = "SELECT NEW org.firstmile.opendata.model.PublicProposal(p.id, "
            + "p.title, a.name, f.title, p.amountRequested, p.currency, p.durationMonths, p.summary, "
            + "(SELECT g.id FROM Grant g WHERE g.proposal = p AND g.publicFlag = TRUE)) "
            + "FROM Proposal p JOIN p.applicant a JOIN p.fund f";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OpenGrantReader reader;

    @Inject
    MilestoneReader milestones;

    @Inject
    ProgressReader progress;

    /** Every awarded grant, public or not, streamed as 360Giving data; returns how many were written. */
    @RolesAllowed(Role.ADMIN_NAME)
    public long exportAll(OpenDataFormat format, OutputStream out, URI publicBase) {
        return export(false, format, out, publicBase);
    }

    /** The grants published in the open, streamed as 360Giving data; returns how many were written. */
    public long exportPublished(OpenDataFormat format, OutputStream out, URI publicBase) {
        return export(true, format, out, publicBase);
    }

    private long export(boolean publicOnly, OpenDataFormat format, OutputStream out, URI publicBase) {
        GrantWriter writer = GrantWriter.of(format, out, publicBase, clock.instant());
        long count = reader.forEach(publicOnly, writer::write);
        writer.finish();
        return count;
    }

    /** A page of the grants published in the open, newest award first; {@code requested} is the page's number. */
    public PublicPage<OpenGrant> publishedGrants(String requested) {
        long total = reader.countPublished();
        int number = PublicPage.number(requested, total, PAGE_SIZE);
        return new PublicPage<>(reader.published(PublicPage.first(number, PAGE_SIZE), PAGE_SIZE), number, PAGE_SIZE,
                total);
    }

    public PublicGrant publishedGrant(long id) {
        OpenGrant grant = reader.published(id).orElseThrow(() -> new NotFoundException("grant", id));
        Long proposalId = em.createQuery("SELECT g.proposal.id FROM Grant g WHERE g.id = :id AND "
                + "g.proposal.publicFlag = TRUE", Long.class).setParameter("id", id).getResultStream().findFirst()
                .orElse(null);
        List<PublicMilestone> shown = milestones.forGrant(id).stream().map(m -> PublicMilestone.of(m.title(),
                m.description(), m.dueDate(), m.status(), m.completedOn())).toList();
        List<PublicFigure> figures = progress.progress(id).stream().map(row -> new PublicFigure(row.name(),
                row.unit(), row.toDate().target(), row.toDate().actual())).toList();
        return new PublicGrant(grant, proposalId, shown, figures);
    }

    /** A page of the proposals published in the open, newest first; {@code requested} is the page's number. */
    public PublicPage<PublicProposal> publishedProposals(String requested) {
        long total = em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.publicFlag = TRUE", Long.class)
                .getSingleResult();
        int number = PublicPage.number(requested, total, PAGE_SIZE);
        List<PublicProposal> rows = em.createQuery(PUBLIC_PROPOSAL + " WHERE p.publicFlag = TRUE ORDER BY "
                + "p.createdAt DESC, p.id DESC", PublicProposal.class)
                .setFirstResult(PublicPage.first(number, PAGE_SIZE)).setMaxResults(PAGE_SIZE).getResultList();
        return new PublicPage<>(rows, number, PAGE_SIZE, total);
    }

    public PublicProposal publishedProposal(long id) {
        return em.createQuery(PUBLIC_PROPOSAL + " WHERE p.publicFlag = TRUE AND p.id = :id", PublicProposal.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("proposal", id));
    }
}
