package org.firstmile.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
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
import org.firstmile.identity.service.UserAdminService;
import org.firstmile.identity.service.UserForm;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.partner.model.PartnerProgramme;
import org.firstmile.partner.service.PartnerPortalService;
import org.firstmile.partner.service.ReportingPage;
import org.firstmile.partner.service.ReportingRow;
import org.firstmile.platform.persistence.StatementCounter;
import org.firstmile.proposal.service.ProposalService;
import org.firstmile.testsupport.Deployments.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner portal reads a page of twenty lines at a time, in the order of the whole list (programme name, then
 * its periods oldest first), with the same few statements however many lines there are, and a page of it never
 * holds another organisation's line, whatever page number is asked for.
 */
@ExtendWith(ArquillianExtension.class)
class PortalPagingIT {

    private static final String PASSWORD = "paging-partner-2026";

    @EJB
    PartnerPortalService portal;

    @EJB
    ProposalService proposals;

    @EJB
    UserAdminService users;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    HttpServletRequest request;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aPartnerPagesThroughTheirOwnLinesOnlyInTheOrderOfTheWholeList() throws Exception {
        Grant grant = grantOfThreePeriods();
        String many = partnerOf(grant, "Many", 9);
        String few = partnerOf(grant, "Few", 1);

        signInAgain(many);
        ReportingPage first = portal.myReporting(1);
        ReportingPage second = portal.myReporting(2);

        assertEquals(27, first.total(), "nine programmes of three periods each");
        assertEquals(20, first.rows().size(), "a full first page");
        assertEquals(1, first.number());
        assertEquals(List.of(1L, 20L), List.of(first.firstRow(), first.lastRow()));
        assertTrue(first.hasNext() && !first.hasPrevious());
        assertEquals(7, second.rows().size());
        assertEquals(List.of(21L, 27L), List.of(second.firstRow(), second.lastRow()));
        assertTrue(second.hasPrevious() && !second.hasNext());

        List<String> lines = Stream.concat(first.rows().stream(), second.rows().stream()).map(PortalPagingIT::line)
                .toList();
        List<String> expected = new ArrayList<>();
        for (int programme = 1; programme <= 9; programme++) {
            for (String period : List.of("Year one", "Year two", "Year three")) {
                expected.add("Many " + run + " 0" + programme + ", " + period);
            }
        }
        assertEquals(expected, lines, "by programme name, then each programme's periods oldest first");
        assertEquals(portal.myReporting().stream().map(PortalPagingIT::line).toList(), lines,
                "the pages together are the whole list, in its order");
        assertTrue(Stream.concat(first.rows().stream(), second.rows().stream())
                .allMatch(row -> row.partnerName().equals("Partner Many " + run)), "only the caller's organisation");

        assertEquals(1, portal.myReporting(0).number(), "below the first page: the first page");
        assertEquals(1, portal.myReporting(-3).number());
        ReportingPage beyond = portal.myReporting(Integer.MAX_VALUE);
        assertEquals(2, beyond.number(), "beyond the last page: the last page");
        assertEquals(lines.subList(20, 27), beyond.rows().stream().map(PortalPagingIT::line).toList());

        signInAgain(few);
        ReportingPage other = portal.myReporting(2);
        assertEquals(1, other.number(), "a page the organisation does not have shows its only page");
        assertEquals(3, other.total());
        assertEquals(List.of("Few " + run + " 01, Year one", "Few " + run + " 01, Year two",
                "Few " + run + " 01, Year three"), other.rows().stream().map(PortalPagingIT::line).toList(),
                "none of the other organisation's lines, on any page");
        assertFalse(other.hasNext() || other.hasPrevious());
    }

    @Test
    void aPageSendsTheSameFewStatementsWhetherTheOrganisationRunsOneProgrammeOrNine() throws Exception {
        Grant grant = grantOfThreePeriods();
        String many = partnerOf(grant, "Many", 9);
        String few = partnerOf(grant, "Few", 1);

        signInAgain(few);
        int oneProgramme = statementsOfPage(1);
        signInAgain(many);
        int ninePrograms = statementsOfPage(1);
        int secondPage = statementsOfPage(2);

        assertEquals(oneProgramme, ninePrograms, "lines do not add statements");
        assertEquals(oneProgramme, secondPage);
        // The caller's organisation, the count, the page's lines and their updates.
        assertTrue(ninePrograms <= 4, () -> "too many statements for a page: " + ninePrograms);
    }

    @Test
    void aPartnerWhoseOrganisationRunsNothingGetsAnEmptyFirstPage() throws Exception {
        signInAgain(partnerOf(grantOfThreePeriods(), "Idle", 0));
        ReportingPage page = portal.myReporting(3);
        assertEquals(List.of(), page.rows());
        assertEquals(1, page.number());
        assertEquals(0, page.total());
        assertEquals(0, page.firstRow());
        assertFalse(page.hasNext() || page.hasPrevious());
    }

    @Test
    void staffAndFundersAreRefusedThePortalsPages() throws Exception {
        InContainer.signInAs(Role.FUNDER);
        assertThrows(EJBAccessException.class, () -> portal.myReporting(1));
        request.logout();
        InContainer.signInAs(Role.STAFF);
        assertThrows(EJBAccessException.class, () -> portal.myReporting(1));
    }

    private int statementsOfPage(int page) {
        StatementCounter.start();
        int statements;
        try {
            portal.myReporting(page);
        } finally {
            statements = StatementCounter.stop();
        }
        return statements;
    }

    private static String line(ReportingRow row) {
        return row.programmeName() + ", " + row.periodName();
    }

    /** A new grant of the demo fund with three reporting periods, so that no demo programme gains a line. */
    private Grant grantOfThreePeriods() throws Exception {
        request.logout();
        InContainer.signInAs(Role.STAFF);
        long fund = em.createQuery("SELECT f.id FROM Fund f WHERE f.code = 'BPTF'", Long.class).getSingleResult();
        LocalDate start = LocalDate.now().minusYears(3);
        Grant grant = InContainer.awardedGrant(proposals, em, "Portal paging " + run + " " + UUID.randomUUID(), fund,
                start, start);
        InContainer.addYearsTwoAndThree(transaction, em, grant, start);
        return grant;
    }

    /**
     * A new partner organisation running {@code programmes} programmes of the grant, named in reverse of their
     * creation so that the order by name is not the order of the ids; returns its partner user's name.
     */
    private String partnerOf(Grant grant, String name, int programmes) throws Exception {
        transaction.begin();
        Organisation organisation = new Organisation("Partner " + name + " " + run, "GB-TEST-PP-" + name + "-" + run,
                OrganisationType.PARTNER, Instant.now());
        em.persist(organisation);
        Grant managed = em.find(Grant.class, grant.getId());
        for (int programme = programmes; programme >= 1; programme--) {
            em.persist(new PartnerProgramme(managed, organisation, name + " " + run + " 0" + programme, null,
                    Instant.now()));
        }
        transaction.commit();

        request.logout();
        InContainer.signInAs(Role.ADMIN);
        UserForm form = new UserForm();
        form.setUsername("it-paging-" + name.toLowerCase() + "-" + run);
        form.setDisplayName("Paging partner");
        form.setRoles(new Role[] {Role.PARTNER});
        form.setOrganisationId(organisation.getId());
        form.setPassword(PASSWORD);
        users.create(form);
        return form.getUsername();
    }

    private void signInAgain(String username) throws Exception {
        request.logout();
        InContainer.signIn(username, PASSWORD);
    }
}
