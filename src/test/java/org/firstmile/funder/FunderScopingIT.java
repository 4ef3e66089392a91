package org.firstmile.funder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.firstmile.funder.service.FunderGrantView;
import org.firstmile.funder.service.FunderPortalService;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.service.CoFundingService;
import org.firstmile.grant.service.GrantFunders;
import org.firstmile.grant.service.GrantQuery;
import org.firstmile.grant.service.GrantSummary;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.UserAdminService;
import org.firstmile.identity.service.UserForm;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.FundForm;
import org.firstmile.organisation.service.OrganisationForm;
import org.firstmile.organisation.service.OrganisationService;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.platform.persistence.StatementCounter;
import org.firstmile.proposal.service.ProposalService;
import org.firstmile.report.service.ReportService;
import org.firstmile.testsupport.Deployments;
import org.firstmile.testsupport.Deployments.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A funder sees the grants of their own organisation's funds and nothing else: another funder's grant is not
 * found, whatever id is tried; partners and staff are refused the funder portal's service.
 */
@ExtendWith(ArquillianExtension.class)
class FunderScopingIT {

    @EJB
    FunderPortalService portal;

    @EJB
    ProposalService proposals;

    @EJB
    ReportService reports;

    @EJB
    CoFundingService coFunding;

    @EJB
    OrganisationService organisations;

    @EJB
    UserAdminService users;

    @Inject
    HttpServletRequest request;

    @PersistenceContext
    EntityManager em;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void eachFunderSeesOnlyTheGrantsOfTheirOwnFunds() throws Exception {
        InContainer.signInAs(Role.ADMIN);
        OrganisationForm trust = new OrganisationForm();
        trust.setName("Another Trust " + run);
        trust.setOrgId("GB-CHC-9" + run.replaceAll("[^0-9]", "1"));
        trust.setType(OrganisationType.FUNDER);
        long trustId = organisations.save(trust).getId();
        FundForm fund = new FundForm();
        fund.setFunderId(trustId);
        fund.setCode("T" + run);
        fund.setTitle("Another Trust's fund " + run);
        long fundId = organisations.save(fund).getId();
        UserForm otherFunder = new UserForm();
        otherFunder.setUsername("it-trust-" + run);
        otherFunder.setDisplayName("A grant officer of Another Trust");
        otherFunder.setRoles(new Role[] {Role.FUNDER});
        otherFunder.setOrganisationId(trustId);
        otherFunder.setPassword("trust-password-" + run);
        users.create(otherFunder);
        Grant otherGrant = awardedGrant(fundId);

        signInAgain("funder", "funder-demo-2026");
        long demoGrant = em.createQuery("SELECT g.id FROM Grant g WHERE g.title LIKE 'Building a Relationships%'",
                Long.class).getSingleResult();
        assertTrue(portal.myGrantsPage(byTitle("Building a Relationships"), 0, 100).stream()
                .anyMatch(g -> g.id() == demoGrant));
        assertEquals(0, portal.countMyGrants(byTitle(otherGrant.getTitle())), "another funder's grant");
        FunderGrantView demo = portal.grant(demoGrant);
        assertEquals(3, demo.counts().done(), "the demo grant's three done milestones");
        assertEquals(1, demo.counts().overdue(), "and its one overdue milestone");
        assertTrue(demo.highlights().stream().anyMatch(h -> h.programmeName().equals("The Roots Programme")),
                "the Roots Programme's accepted update is a highlight");
        assertThrows(NotFoundException.class, () -> portal.grant(otherGrant.getId()));
        List<Long> everyPage = new ArrayList<>();
        for (int first = 0; first < portal.countMyGrants(GrantQuery.all()); first += 20) {
            everyPage.addAll(portal.myGrantsPage(GrantQuery.all(), first, 20).stream().map(GrantSummary::id).toList());
        }
        assertEquals(fundedBy("GB-GOR-PB188"), everyPage,
                "the start page's pages together are the funder's grants, newest first, none of another funder's");
        assertEquals(0, portal.countMyGrants(byTitle(otherGrant.getTitle())), "not even when searched for");
        assertEquals(List.of(demoGrant), portal.myGrantsPage(byTitle("building a relationships collective"), 0, 20)
                .stream().map(GrantSummary::id).toList());

        signInAgain("it-trust-" + run, "trust-password-" + run);
        assertEquals(1, portal.countMyGrants(GrantQuery.all()));
        assertEquals(List.of(otherGrant.getId()), portal.myGrantsPage(GrantQuery.all(), 0, 20).stream()
                .map(GrantSummary::id).toList());
        assertEquals(0, portal.countMyGrants(byTitle("Building a Relationships")));
        assertTrue(portal.grant(otherGrant.getId()).highlights().isEmpty());
        assertThrows(NotFoundException.class, () -> portal.grant(demoGrant));
        assertThrows(NotFoundException.class, () -> portal.grant(Long.MAX_VALUE));
    }

    @Test
    void aCoFunderSeesTheGrantItCoFundsReadOnlyAndNoOtherFunderDoes() throws Exception {
        InContainer.signInAs(Role.ADMIN);
        OrganisationForm coFunder = new OrganisationForm();
        coFunder.setName("A co-funding trust " + run);
        coFunder.setOrgId("GB-CHC-8" + run.replaceAll("[^0-9]", "2"));
        coFunder.setType(OrganisationType.FUNDER);
        long coFunderId = organisations.save(coFunder).getId();
        UserForm officer = new UserForm();
        officer.setUsername("it-cofunder-" + run);
        officer.setDisplayName("A grant officer of a co-funding trust");
        officer.setRoles(new Role[] {Role.FUNDER});
        officer.setOrganisationId(coFunderId);
        officer.setPassword("cofunder-password-" + run);
        users.create(officer);
        long demoGrant = em.createQuery("SELECT g.id FROM Grant g WHERE g.title LIKE 'Building a Relationships%'",
                Long.class).getSingleResult();

        signInAgain("it-cofunder-" + run, "cofunder-password-" + run);
        assertTrue(portal.countMyGrants(GrantQuery.all()) == 0);
        assertThrows(NotFoundException.class, () -> portal.grant(demoGrant));

        signInAgain("staff", "staff-demo-2026");
        coFunding.add(demoGrant, coFunderId);

        signInAgain("it-cofunder-" + run, "cofunder-password-" + run);
        assertEquals(List.of(demoGrant), portal.myGrantsPage(GrantQuery.all(), 0, 100).stream()
                .map(GrantSummary::id).toList());
        assertEquals(List.of(demoGrant), portal.myGrantsPage(GrantQuery.all(), 0, 20).stream().map(GrantSummary::id)
                .toList(), "the co-funded grant is on the co-funder's start page");
        assertEquals(3, portal.grant(demoGrant).counts().done(), "the co-funder reads the grant's progress");
        assertEquals(demoGrant, portal.grant(demoGrant).grant().getId());
        signInAgain("funder", "funder-demo-2026");
        assertTrue(portal.myGrantsPage(byTitle("Building a Relationships"), 0, 100).stream()
                .anyMatch(g -> g.id() == demoGrant), "the fund's funder still sees it");
    }

    @Test
    void aFundersGrantPageReadsTheSameFewStatementsHoweverMuchTheGrantHolds() throws Exception {
        InContainer.signInAs(Role.STAFF);
        long demoGrant = em.createQuery("SELECT g.id FROM Grant g WHERE g.title LIKE 'Building a Relationships%'",
                Long.class).getSingleResult();
        long demoFund = em.createQuery("SELECT g.fund.id FROM Grant g WHERE g.id = :id", Long.class)
                .setParameter("id", demoGrant).getSingleResult();
        Grant bare = awardedGrant(demoFund);

        signInAgain("funder", "funder-demo-2026");
        int withNothing = pageStatements(bare.getId());
        signInAgain("staff", "staff-demo-2026");
        long period = bare.getPeriods().get(0).getId();
        for (int version = 1; version <= 2; version++) {
            reports.publish(reports.generate(bare.getId(), period).reportId());
        }
        signInAgain("funder", "funder-demo-2026");
        FunderGrantView withReports = portal.grant(bare.getId());
        assertEquals(2, withReports.reports().size(), "both published versions are listed");
        assertEquals(3, withReports.reports().get(0).files().size(), "with their PDF, CSV and XLSX");
        int withTwoReports = pageStatements(bare.getId());
        FunderGrantView demo = portal.grant(demoGrant);
        assertTrue(demo.grant().getPeriods().size() >= 2 && demo.milestones().size() >= 2
                && demo.indicators().size() >= 2 && demo.highlights().size() >= 1
                && demo.finance().toDate().payments().size() >= 2, "the demo grant holds several of each");
        int withEverything = pageStatements(demoGrant);

        assertEquals(withNothing, withTwoReports, "published reports and their files add no statement");
        assertEquals(withNothing, withEverything, "periods, milestones, outcomes, finance and updates add none");
        // The page adds two of its own: the check that the account is enabled and the unread notifications.
        assertTrue(withEverything <= 6, () -> "the funder's page stays within 8 statements: " + withEverything);
    }

    @Test
    void partnersAndStaffAreRefusedTheFunderPortal() throws Exception {
        InContainer.signInAs(Role.PARTNER);
        assertThrows(EJBAccessException.class, () -> portal.countMyGrants(GrantQuery.all()));
        assertThrows(EJBAccessException.class, () -> portal.countMyGrants(GrantQuery.all()));
        assertThrows(EJBAccessException.class, () -> portal.myGrantsPage(GrantQuery.all(), 0, 20));
        assertThrows(EJBAccessException.class, () -> portal.grant(1L));
        signInAgain("staff", "staff-demo-2026");
        assertThrows(EJBAccessException.class, () -> portal.countMyGrants(GrantQuery.all()));
        assertThrows(EJBAccessException.class, () -> portal.countMyGrants(GrantQuery.all()));
        assertThrows(EJBAccessException.class, () -> portal.myGrantsPage(GrantQuery.all(), 0, 20));
    }

    private static GrantQuery byTitle(String text) {
        return new GrantQuery(text, null, null, "plannedStart", false);
    }

    private int pageStatements(long grantId) {
        StatementCounter.start();
        int statements;
        try {
            portal.grant(grantId);
        } finally {
            statements = StatementCounter.stop();
        }
        return statements;
    }

    private Grant awardedGrant(long fundId) throws Exception {
        signInAgain("staff", "staff-demo-2026");
        return InContainer.awardedGrant(proposals, em, "Funded by another trust " + run, fundId, LocalDate.now(),
                LocalDate.now());
    }

    private void signInAgain(String username, String password) throws Exception {
        request.logout();
        InContainer.signIn(username, password);
    }

    /** The grants of the funder with that org-id (their funds' and those they co-fund), newest start first. */
    private List<Long> fundedBy(String orgId) {
        return em.createQuery("SELECT g.id FROM Grant g WHERE " + GrantFunders.FUNDED_BY
                + " ORDER BY g.plannedStart DESC, g.id DESC", Long.class)
                .setParameter("funder", em.createQuery("SELECT o.id FROM Organisation o WHERE o.orgId = :orgId",
                        Long.class).setParameter("orgId", orgId).getSingleResult()).getResultList();
    }
}
