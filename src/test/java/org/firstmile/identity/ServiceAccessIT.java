package org.firstmile.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.firstmile.grant.service.AwardForm;
import org.firstmile.grant.service.GrantService;
import org.firstmile.grant.service.GrantSummary;
import org.firstmile.identity.model.Role;
import org.firstmile.milestone.service.MilestoneForm;
import org.firstmile.milestone.service.MilestoneService;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.OrganisationService;
import org.firstmile.proposal.model.Proposal;
import org.firstmile.proposal.model.ProposalStatus;
import org.firstmile.proposal.service.ProposalForm;
import org.firstmile.proposal.service.ProposalQuery;
import org.firstmile.proposal.service.ProposalService;
import org.firstmile.testsupport.Deployments;
import org.firstmile.testsupport.Deployments.InContainer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Access is decided in the services, not only by the pages: a funder or a partner who reaches a staff service by
 * any route is refused by the EJB container. Runs inside Payara Micro; each test signs a demo user in through Jakarta
 * Security with the real identity store, then calls the services directly.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceAccessIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @EJB
    ProposalService proposals;

    @EJB
    GrantService grants;

    @EJB
    MilestoneService milestones;

    @EJB
    OrganisationService organisations;

    @Inject
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    @Test
    void anonymousCallerCannotCallAnyStaffService() {
        assertNullCaller();
        assertEveryStaffServiceRefuses();
    }

    @Test
    void funderCannotCallProposalGrantMilestoneOrOrganisationServices() {
        InContainer.signInAs(Role.FUNDER);
        assertSignedInAs("funder", Role.FUNDER);
        assertEveryStaffServiceRefuses();
    }

    @Test
    void partnerCannotCallProposalGrantMilestoneOrOrganisationServices() {
        InContainer.signInAs(Role.PARTNER);
        assertSignedInAs("partner", Role.PARTNER);
        assertEveryStaffServiceRefuses();
    }

    @Test
    void partnerCannotStartAProposalAndNothingIsStored() {
        InContainer.signInAs(Role.PARTNER);
        String title = "Sneaked in by a partner " + UUID.randomUUID();
        ProposalForm form = validProposal(title);

        assertThrows(EJBAccessException.class, () -> proposals.create(form));

        assertEquals(0L, em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.title = :title", Long.class)
                .setParameter("title", title).getSingleResult());
    }

    @Test
    void staffCanCallEveryStaffServiceAndAreRecordedAsTheAuthor() {
        InContainer.signInAs(Role.STAFF);
        assertSignedInAs("staff", Role.STAFF);

        assertTrue(proposals.count(ProposalQuery.all()) >= 1, "the demo proposals are visible to staff");
        List<GrantSummary> demoGrants = grants.list("staff");
        assertFalse(demoGrants.isEmpty(), "staff manage the demo grant");
        assertFalse(milestones.forGrant(demoGrants.get(0).id()).isEmpty());
        assertFalse(organisations.fundChoices().isEmpty());

        String title = "Started by staff " + UUID.randomUUID();
        Proposal created = proposals.create(validProposal(title));
        assertEquals("staff", created.getCreatedBy(), "the EJB container saw the signed-in caller");
        assertEquals("staff", proposals.get(created.getId()).getHistory().get(0).getChangedBy());
        assertEquals(ProposalStatus.DRAFT, created.getStatus());
    }

    @Test
    void adminCanCallTheStaffServices() {
        InContainer.signInAs(Role.ADMIN);
        assertTrue(security.isCallerInRole(Role.ADMIN_NAME));
        assertTrue(proposals.count(ProposalQuery.all()) >= 1);
        assertNotNull(grants.list(null));
        assertNotNull(milestones.overdue(null));
        assertFalse(organisations.choices(OrganisationType.GRANTEE).isEmpty());
    }

    @Test
    void wrongPasswordDoesNotSignIn() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> InContainer.signIn("staff", "not-the-password"));
        assertTrue(refused.getMessage().contains("SEND_FAILURE"), refused.getMessage());
        assertNullCaller();
        assertThrows(EJBAccessException.class, () -> proposals.count(ProposalQuery.all()));
    }

    /** Reads and writes of every staff service, each refused before it runs. */
    private void assertEveryStaffServiceRefuses() {
        List<Executable> calls = List.of(
                () -> proposals.count(ProposalQuery.all()),
                () -> proposals.page(ProposalQuery.all(), 0, 20),
                () -> proposals.get(1L),
                () -> proposals.moveTo(1L, 0, ProposalStatus.WITHDRAWN, "Withdrawn by someone who may not"),
                () -> proposals.award(1L, 0, new AwardForm(BigDecimal.ONE, LocalDate.now(), LocalDate.now()), null),
                () -> grants.list(null),
                () -> grants.get(1L),
                () -> grants.findIdForProposal(1L),
                () -> milestones.overdue(null),
                () -> milestones.dueWithin(30, null),
                () -> milestones.forGrant(1L),
                () -> milestones.history(1L),
                () -> milestones.plan(1L, new MilestoneForm()),
                () -> organisations.fundChoices(),
                () -> organisations.choices(OrganisationType.GRANTEE));
        for (int i = 0; i < calls.size(); i++) {
            assertThrows(EJBAccessException.class, calls.get(i), "call #" + (i + 1) + " was not refused");
        }
    }

    private void assertSignedInAs(String username, Role role) {
        assertNotNull(security.getCallerPrincipal(), "signed in");
        assertEquals(username, security.getCallerPrincipal().getName());
        assertTrue(security.isCallerInRole(role.name()));
        if (role != Role.STAFF) {
            assertFalse(security.isCallerInRole(Role.STAFF_NAME), username + " must not be staff");
        }
        assertFalse(security.isCallerInRole(Role.ADMIN_NAME), username + " must not be an administrator");
    }

    private void assertNullCaller() {
        assertNull(security.getCallerPrincipal(), "nobody is signed in");
    }

    private ProposalForm validProposal(String title) {
        ProposalForm form = new ProposalForm();
        form.setTitle(title);
        form.setApplicantId(choice(organisations(OrganisationType.GRANTEE)));
        form.setFundId(choice(fundsAsStaffWouldSee()));
        form.setAmountRequested(new BigDecimal("15000.00"));
        form.setDurationMonths(12);
        form.setSummary("Made by ServiceAccessIT");
        return form;
    }

    /** Ids read straight from the database, so that building a form needs no service call. */
    private List<Long> organisations(OrganisationType type) {
        return em.createQuery("SELECT o.id FROM Organisation o WHERE o.type = :type ORDER BY o.id", Long.class)
                .setParameter("type", type).getResultList();
    }

    private List<Long> fundsAsStaffWouldSee() {
        return em.createQuery("SELECT f.id FROM Fund f ORDER BY f.id", Long.class).getResultList();
    }

    private static Long choice(List<Long> ids) {
        assertFalse(ids.isEmpty(), "the demo data set is loaded");
        return ids.get(0);
    }
}
