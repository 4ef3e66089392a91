package org.firstmile.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.firstmile.grant.model.Grant;
import org.firstmile.identity.model.Role;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.partner.model.PartnerProgramme;
import org.firstmile.partner.model.PartnerUpdateStatus;
import org.firstmile.partner.service.PartnerReviewService;
import org.firstmile.partner.service.ReportingRow;
import org.firstmile.partner.service.ReportingRows;
import org.firstmile.partner.service.ReportingSummary;
import org.firstmile.partner.service.ReviewQuery;
import org.firstmile.platform.persistence.StatementCounter;
import org.firstmile.proposal.service.ProposalService;
import org.firstmile.report.schedule.service.PortfolioDigest;
import org.firstmile.testsupport.Deployments.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff's list of who has reported covers every partner programme, each in its current period (the one today
 * falls in, else the last one that has ended) with that period's latest revision; it is paged, filtered, sorted and
 * counted by the database, with the same few statements however many programmes there are. The refusals for
 * partners and funders are in {@link PartnerScopingIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewListIT {

    @EJB
    PartnerReviewService review;

    @EJB
    ProposalService proposals;

    @Inject
    ReportingRows reportingRows;

    @Inject
    PortfolioDigest digest;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    HttpServletRequest request;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signInAsStaff() throws Exception {
        request.logout();
        InContainer.signInAs(Role.STAFF);
    }

    @Test
    void staffPageThroughEveryProgrammeInItsLastEndedPeriodInTheOrderOfTheWholeList() throws Exception {
        Grant grant = grantOfThreeYears(LocalDate.now().minusYears(3));
        List<PartnerProgramme> programmes = programmes(grant, "Paged", 25);
        ReviewQuery mine = byProgramme("Paged " + run);

        assertEquals(25, review.countReporting(mine), "every programme, however many, not a first few hundred");
        List<ReportingRow> first = review.reportingPage(mine, 0, 20);
        List<ReportingRow> second = review.reportingPage(mine, 20, 20);
        assertEquals(20, first.size());
        assertEquals(5, second.size());

        List<String> names = Stream.concat(first.stream(), second.stream()).map(ReportingRow::programmeName).toList();
        List<String> expected = new ArrayList<>();
        for (int programme = 1; programme <= 25; programme++) {
            expected.add(String.format("Paged %s %02d", run, programme));
        }
        assertEquals(expected, names, "by grant, then programme name, each programme once");
        assertTrue(Stream.concat(first.stream(), second.stream()).allMatch(row -> row.periodName().equals("Year three")
                && row.grantTitle().equals(grant.getTitle()) && row.latestStatus() == null),
                "every period has ended: the last one is the current one, with no update yet");
        assertEquals(programmes.size(), review.reportingPage(mine, 0, 50).size());
        assertEquals(programmes.size(), review.reportingPage(mine, 0, Integer.MAX_VALUE).size(),
                "a page as large as asked for, up to the limit");

        List<String> descending = review.reportingPage(new ReviewQuery("Paged " + run, null, null, null, false,
                "programmeName", false), 0, 3).stream().map(ReportingRow::programmeName).toList();
        assertEquals(List.of(expected.get(24), expected.get(23), expected.get(22)), descending);
        assertEquals(List.of(), review.reportingPage(mine, 40, 20), "beyond the last row: nothing");
    }

    @Test
    void eachProgrammeShowsItsCurrentPeriodsLatestRevisionAndTheStatusFilterAndTotalsFollowIt() throws Exception {
        Grant grant = grantOfThreeYears(LocalDate.now().minusYears(3));
        List<PartnerProgramme> programmes = programmes(grant, "Status", 4);
        ReportingSummary before = review.reportingSummary();
        long yearTwo = period(grant, 2);
        long yearThree = period(grant, 3);
        // 01: returned, then submitted again (revision 2); 02: accepted; 03: submitted for an earlier period only.
        update(programmes.get(0), yearThree, 1, PartnerUpdateStatus.RETURNED);
        update(programmes.get(0), yearThree, 2, PartnerUpdateStatus.SUBMITTED);
        update(programmes.get(1), yearThree, 1, PartnerUpdateStatus.ACCEPTED);
        update(programmes.get(2), yearTwo, 1, PartnerUpdateStatus.SUBMITTED);

        List<ReportingRow> rows = review.reportingPage(byProgramme("Status " + run), 0, 20);
        assertEquals(List.of("SUBMITTED 2", "ACCEPTED 1", "none", "none"), rows.stream()
                .map(row -> row.latestStatus() == null ? "none" : row.latestStatus() + " " + row.latestRevision())
                .toList());
        assertTrue(rows.stream().allMatch(row -> row.periodName().equals("Year three")));

        assertEquals(List.of(programmes.get(0).getName()), names(status(PartnerUpdateStatus.SUBMITTED)));
        assertEquals(List.of(programmes.get(1).getName()), names(status(PartnerUpdateStatus.ACCEPTED)));
        assertEquals(List.of(), names(status(PartnerUpdateStatus.RETURNED)), "only the latest revision counts");
        assertEquals(List.of(programmes.get(2).getName(), programmes.get(3).getName()),
                names(new ReviewQuery("Status " + run, null, null, null, true, null, true)),
                "not started: no update for the current period, whatever earlier periods had");
        assertEquals(2, review.countReporting(new ReviewQuery("Status " + run, null, null, null, true, null, true)));

        assertEquals(2L, reportingRows.notReportedByGrant().get(grant.getId()),
                "the staff digest's partner updates outstanding: 03 and 04, by the same rule");

        ReportingSummary after = review.reportingSummary();
        assertEquals(before.programmes(), after.programmes(), "the same programmes, each in one period");
        assertEquals(before.reported() + 2, after.reported(), "submitted and accepted have reported");
        assertEquals(before.awaitingReview() + 1, after.awaitingReview(), "submitted awaits review");
    }

    @Test
    void theCurrentPeriodIsTheOneTodayFallsInAndAGrantNotYetStartedHasNone() throws Exception {
        Grant running = grantOfThreeYears(LocalDate.now().minusMonths(6));
        programmes(running, "Running", 1);
        Grant future = grantOfThreeYears(LocalDate.now().plusMonths(2));
        programmes(future, "Future", 1);

        List<ReportingRow> rows = review.reportingPage(byProgramme(run), 0, 20);
        assertEquals(List.of("Running " + run + " 01, Year one"),
                rows.stream().map(row -> row.programmeName() + ", " + row.periodName()).toList(),
                "today falls in year one; the grant that has not started yet has no current period");
        assertEquals(1, review.countReporting(byProgramme(run)));
        assertNull(rows.get(0).latestUpdateId());
        assertEquals("1", outstandingInDigest(running), "the staff digest counts its update as outstanding");
        assertEquals(null, reportingRows.notReportedByGrant().get(future.getId()), "nothing is due before it starts");
    }

    @Test
    void theFiltersMatchTextAnywhereInTheProgrammePartnerAndGrantAndTreatWildcardsAsText() throws Exception {
        Grant grant = grantOfThreeYears(LocalDate.now().minusYears(3));
        programmes(grant, "Text", 2);

        assertEquals(2, review.countReporting(new ReviewQuery(null, "partner text " + run, null, null, false, null,
                true)), "the partner's name, case-insensitively");
        assertEquals(2, review.countReporting(new ReviewQuery(null, null, grant.getTitle().toUpperCase(), null,
                false, null, true)));
        assertEquals(1, review.countReporting(byProgramme("Text " + run + " 02")));
        assertEquals(0, review.countReporting(byProgramme("Text " + run + " %")), "a % is a character, not a wildcard");
        assertEquals(0, review.countReporting(byProgramme("Text_" + run)), "an _ too");
    }

    @Test
    void aPageSendsTheSameFewStatementsForOneProgrammeOrTwentyFive() throws Exception {
        Grant grant = grantOfThreeYears(LocalDate.now().minusYears(3));
        programmes(grant, "One", 1);
        programmes(grant, "Many", 25);

        int one = statementsOfPage(byProgramme("One " + run));
        int many = statementsOfPage(byProgramme("Many " + run));
        assertEquals(one, many, "programmes do not add statements");
        // The count and the page.
        assertTrue(many <= 2, () -> "too many statements for a page: " + many);
    }

    /** The "Partner updates outstanding" figure of the grant's entry in the staff digest. */
    private String outstandingInDigest(Grant grant) {
        String text = digest.summary();
        int entry = text.indexOf(grant.getTitle() + " (" + grant.getIdentifier() + ")");
        assertTrue(entry >= 0, "the running grant is in the digest");
        String label = "Partner updates outstanding: ";
        int figure = text.indexOf(label, entry) + label.length();
        return text.substring(figure, text.indexOf('\n', figure));
    }

    private int statementsOfPage(ReviewQuery query) {
        StatementCounter.start();
        int statements;
        try {
            review.countReporting(query);
            review.reportingPage(query, 0, 20);
        } finally {
            statements = StatementCounter.stop();
        }
        return statements;
    }

    private List<String> names(ReviewQuery query) {
        return review.reportingPage(query, 0, 20).stream().map(ReportingRow::programmeName).toList();
    }

    private ReviewQuery status(PartnerUpdateStatus status) {
        return new ReviewQuery("Status " + run, null, null, status, false, null, true);
    }

    private static ReviewQuery byProgramme(String text) {
        return new ReviewQuery(text, null, null, null, false, null, true);
    }

    /** A new grant of the demo fund whose three yearly periods start on {@code start}. */
    private Grant grantOfThreeYears(LocalDate start) throws Exception {
        long fund = em.createQuery("SELECT f.id FROM Fund f WHERE f.code = 'BPTF'", Long.class).getSingleResult();
        LocalDate decided = start.isAfter(LocalDate.now()) ? LocalDate.now() : start;
        Grant grant = InContainer.awardedGrant(proposals, em, "Review list " + run + " " + UUID.randomUUID(), fund,
                decided, start);
        InContainer.addYearsTwoAndThree(transaction, em, grant, start);
        return grant;
    }

    /**
     * {@code count} programmes of the grant run by a new partner organisation, created in reverse of their names'
     * order so that the order by name is not the order of the ids.
     */
    private List<PartnerProgramme> programmes(Grant grant, String name, int count) throws Exception {
        transaction.begin();
        Organisation organisation = new Organisation("Partner " + name + " " + run, "GB-TEST-RL-" + name + "-" + run,
                OrganisationType.PARTNER, Instant.now());
        em.persist(organisation);
        Grant managed = em.find(Grant.class, grant.getId());
        List<PartnerProgramme> created = new ArrayList<>();
        for (int programme = count; programme >= 1; programme--) {
            PartnerProgramme made = new PartnerProgramme(managed, organisation,
                    String.format("%s %s %02d", name, run, programme), null, Instant.now());
            em.persist(made);
            created.add(0, made);
        }
        transaction.commit();
        return created;
    }

    private long period(Grant grant, int sequence) {
        return em.createQuery("SELECT rp.id FROM ReportingPeriod rp WHERE rp.grant.id = :grant "
                + "AND rp.sequenceNo = :sequence", Long.class).setParameter("grant", grant.getId())
                .setParameter("sequence", sequence).getSingleResult();
    }

    private void update(PartnerProgramme programme, long periodId, int revision, PartnerUpdateStatus status)
            throws Exception {
        transaction.begin();
        em.createNativeQuery("INSERT INTO partner_update (programme_id, period_id, revision, status, created_by, "
                + "created_at) VALUES (?1, ?2, ?3, ?4, 'it-review-list', now())").setParameter(1, programme.getId())
                .setParameter(2, periodId).setParameter(3, revision).setParameter(4, status.name()).executeUpdate();
        transaction.commit();
    }
}
