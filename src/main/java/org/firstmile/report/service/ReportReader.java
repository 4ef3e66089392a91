package org.firstmile.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.firstmile.report.model.ProgressReport;

/**
 * Reads the versions of a grant's reports with their files in one query, however many versions and files there are.
 * Holds no access rule of its own: the staff's and funders' {@link ReportService} and the funder portal decide
 * first who may see which grant, then ask here.
 */
@ApplicationScoped
public class ReportReader {

    @PersistenceContext
    EntityManager em;

    /** Every version of the grant's reports, newest period and version first. */
    public List<ReportSummary> versions(long grantId) {
        return read(grantId, false);
    }

    /** The versions published to the grant's funders, newest period and version first. */
    public List<ReportSummary> published(long grantId) {
        return read(grantId, true);
    }

    private List<ReportSummary> read(long grantId, boolean publishedOnly) {
        // The fetch join of the files repeats a version once per file; distinct() keeps the first of each.
        return em.createQuery("SELECT r FROM ProgressReport r JOIN FETCH r.period p LEFT JOIN FETCH r.files "
                + "WHERE r.grant.id = :grant" + (publishedOnly ? " AND r.publishedAt IS NOT NULL" : "")
                + " ORDER BY p.sequenceNo DESC, r.reportVersion DESC", ProgressReport.class)
                .setParameter("grant", grantId).getResultList().stream().distinct().map(ReportSummary::of).toList();
    }
}
