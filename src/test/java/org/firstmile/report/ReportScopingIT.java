package org.firstmile.report;

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
import java.util.List;
import java.util.UUID;
import org.firstmile.funder.service.FunderPortalService;
import org.firstmile.grant.service.GrantQuery;
import org.firstmile.grant.service.CoFundingService;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.UserAdminService;
import org.firstmile.identity.service.UserForm;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.OrganisationForm;
import org.firstmile.organisation.service.OrganisationService;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.report.model.ReportFormat;
import org.firstmile.report.service.GeneratedReport;
import org.firstmile.report.service.ReportService;
import org.firstmile.report.service.ReportSummary;
import org.firstmile.testsupport.Deployments;
import org.firstmile.testsupport.Deployments.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who sees which report: staff every version; the grant's funder and its co-funders only published versions;
 * another funder nothing ("not found"); partners are refused. Publishing waits for explained variances.
 */
@ExtendWith(ArquillianExtension.class)
class ReportScopingIT {

    @EJB
    ReportService reports;

    @EJB
    CoFundingService coFunding;

    @EJB
    FunderPortalService portal;

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
    void aFunderSeesOnlyPublishedVersionsOfTheirOwnGrantsAndAnotherFunderNothing() throws Exception {
        long otherFunder = funderWithUser("Another Trust " + run, "it-other-" + run);
        signInAgain("staff", "staff-demo-2026");
        GeneratedReport published = reports.generate(demoGrant(), period(1));
        reports.publish(published.reportId());
        GeneratedReport draft = reports.generate(demoGrant(), period(1));
        assertTrue(reports.reportsOf(demoGrant()).stream().anyMatch(r -> r.id() == draft.reportId()),
                "staff see drafts");

        signInAgain("funder", "funder-demo-2026");
        List<ReportSummary> seen = reports.reportsOf(demoGrant());
        assertTrue(seen.stream().anyMatch(r -> r.id() == published.reportId()));
        assertTrue(seen.stream().allMatch(ReportSummary::published), "a funder never sees a draft");
        assertEquals("application/pdf", reports.download(published.reportId(), ReportFormat.PDF).contentType());
        assertThrows(NotFoundException.class, () -> reports.download(draft.reportId(), ReportFormat.PDF));
        assertThrows(EJBAccessException.class, () -> reports.generate(demoGrant(), period(1)));
        assertThrows(EJBAccessException.class, () -> reports.publish(draft.reportId()));

        signInAgain("it-other-" + run, "funder-password-" + run);
        assertThrows(NotFoundException.class, () -> reports.reportsOf(demoGrant()));
        assertThrows(NotFoundException.class, () -> reports.download(published.reportId(), ReportFormat.PDF));
        assertFalse(otherFunder == 0);
    }

    @Test
    void aCoFunderSeesTheGrantAndItsPublishedReportsOnlyWhileCoFunding() throws Exception {
        long coFunderId = funderWithUser("Co-funding Trust " + run, "it-cofunder-" + run);
        signInAgain("staff", "staff-demo-2026");
        GeneratedReport report = reports.generate(demoGrant(), period(1));
        reports.publish(report.reportId());

        signInAgain("it-cofunder-" + run, "funder-password-" + run);
        assertThrows(NotFoundException.class, () -> reports.reportsOf(demoGrant()));
        assertThrows(NotFoundException.class, () -> portal.grant(demoGrant()));

        signInAgain("staff", "staff-demo-2026");
        long row = coFunding.add(demoGrant(), coFunderId).getId();
        assertThrows(BusinessException.class, () -> coFunding.add(demoGrant(), coFunderId));

        signInAgain("it-cofunder-" + run, "funder-password-" + run);
        assertTrue(portal.myGrantsPage(new GrantQuery("Building a Relationships", null, null, "plannedStart", false),
                0, 100).stream().anyMatch(g -> g.id() == demoGrant()));
        assertEquals(demoGrant(), portal.grant(demoGrant()).grant().getId());
        assertTrue(reports.reportsOf(demoGrant()).stream().anyMatch(r -> r.id() == report.reportId()));
        assertEquals(report.files().get(ReportFormat.XLSX).toFile().length(),
                reports.download(report.reportId(), ReportFormat.XLSX).size());

        signInAgain("staff", "staff-demo-2026");
        coFunding.remove(row);
        signInAgain("it-cofunder-" + run, "funder-password-" + run);
        assertThrows(NotFoundException.class, () -> reports.download(report.reportId(), ReportFormat.PDF));
    }

    @Test
    void partnersAreRefusedReportsAndTheirDownloads() throws Exception {
        InContainer.signInAs(Role.PARTNER);
        assertThrows(EJBAccessException.class, () -> reports.reportsOf(demoGrant()));
        assertThrows(EJBAccessException.class, () -> reports.download(1L, ReportFormat.PDF));
        assertThrows(EJBAccessException.class, () -> reports.narrative(demoGrant(), period(1)));
    }

    @Test
    void aReportWithAnUnexplainedVarianceIsNotPublishedAndTheLinesAreNamed() throws Exception {
        signInAgain("staff", "staff-demo-2026");
        GeneratedReport yearTwo = reports.generate(demoGrant(), period(2));
        BusinessException refused = assertThrows(BusinessException.class, () -> reports.publish(yearTwo.reportId()));
        assertTrue(refused.getMessage().startsWith("This report cannot be published yet: explain the variance of "),
                refused.getMessage());
        assertFalse(reports.reportsOf(demoGrant()).stream().filter(r -> r.id() == yearTwo.reportId())
                .anyMatch(ReportSummary::published));
    }

    private long funderWithUser(String name, String username) throws Exception {
        InContainer.signInAs(Role.ADMIN);
        OrganisationForm trust = new OrganisationForm();
        trust.setName(name);
        trust.setOrgId("GB-CHC-" + Math.abs((name).hashCode()));
        trust.setType(OrganisationType.FUNDER);
        long trustId = organisations.save(trust).getId();
        UserForm user = new UserForm();
        user.setUsername(username);
        user.setDisplayName("A grant officer");
        user.setRoles(new Role[] {Role.FUNDER});
        user.setOrganisationId(trustId);
        user.setPassword("funder-password-" + run);
        users.create(user);
        return trustId;
    }

    private long demoGrant() {
        return em.createQuery("SELECT g.id FROM Grant g WHERE g.title LIKE 'Building a Relationships%'", Long.class)
                .getSingleResult();
    }

    private long period(int sequenceNo) {
        return em.createQuery("SELECT p.id FROM ReportingPeriod p WHERE p.grant.id = :grant AND p.sequenceNo = :n",
                Long.class).setParameter("grant", demoGrant()).setParameter("n", sequenceNo).getSingleResult();
    }

    private void signInAgain(String username, String password) throws Exception {
        request.logout();
        InContainer.signIn(username, password);
    }
}
