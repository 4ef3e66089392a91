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
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.model.AuditEvent;
import org.firstmile.audit.service.AuditQuery;
import org.firstmile.audit.service.AuditService;
import org.firstmile.dashboard.service.DashboardService;
import org.firstmile.grant.service.AwardForm;
import org.firstmile.grant.service.GrantService;
import org.firstmile.grant.service.GrantSummary;
import org.firstmile.identity.model.AppUser;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.UserAdminService;
import org.firstmile.identity.service.UserForm;
import org.firstmile.identity.service.UserQuery;
import org.firstmile.identity.service.UserRow;
import org.firstmile.milestone.service.MilestoneForm;
import org.firstmile.milestone.service.MilestoneService;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.FundForm;
import org.firstmile.organisation.service.OrganisationForm;
import org.firstmile.organisation.service.OrganisationQuery;
import org.firstmile.organisation.service.OrganisationService;
import org.firstmile.outcome.model.OutcomeIndicator;
import org.firstmile.outcome.model.ProgressStatus;
import org.firstmile.outcome.service.ActualForm;
import org.firstmile.outcome.service.IndicatorForm;
import org.firstmile.outcome.service.IndicatorRow;
import org.firstmile.outcome.service.OutcomeService;
import org.firstmile.outcome.service.PeriodRef;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.persistence.StatementCounter;
import org.firstmile.proposal.model.Proposal;
import org.firstmile.proposal.model.ProposalStatus;
import org.firstmile.proposal.service.ProposalForm;
import org.firstmile.proposal.service.ProposalQuery;
import org.firstmile.proposal.service.ProposalService;
import org.firstmile.testsupport.Deployments.InContainer;
import org.firstmile.testsupport.Deployments;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Access is decided in the services, not only by the pages: a funder or a partner who reaches a staff service by
 * any route is refused by the EJB container, and only administrators manage users, organisations and funds (with
 * the rules that keep them from locking themselves out). Runs inside Payara Micro; each test signs a demo user in
 * through Jakarta Security with the real identity store, then calls the services directly.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceAccessIT {

    @EJB
    ProposalService proposals;

    @EJB
    GrantService grants;

    @EJB
    DashboardService dashboard;

    @EJB
    MilestoneService milestones;

    @EJB
    OrganisationService organisations;

    @EJB
    UserAdminService users;

    @EJB
    AuditService audit;

    @EJB
    OutcomeService outcomes;

    @Inject
    SecurityContext security;

    /** Makes the names, codes and org-ids of this test unique in the shared database. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    HttpServletRequest request;

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
        List<GrantSummary> demoGrants = grants.list("staff", 10);
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
    void aStaffChangeIsAuditedWithItsFieldsBeforeAndAfterAndARefusedOneIsNot() {
        InContainer.signInAs(Role.STAFF);
        Proposal created = proposals.create(validProposal("Audited " + run));
        ProposalForm form = ProposalForm.of(proposals.get(created.getId()));
        form.setTitle("Audited and renamed " + run);
        proposals.revise(created.getId(), form);

        List<AuditEvent> events = em.createQuery("SELECT e FROM AuditEvent e WHERE e.entityType = 'Proposal' "
                + "AND e.entityId = :id ORDER BY e.id", AuditEvent.class).setParameter("id", created.getId())
                .getResultList();
        assertEquals(List.of(AuditAction.CREATED, AuditAction.UPDATED),
                events.stream().map(AuditEvent::getAction).toList());
        assertEquals("staff", events.get(1).getActor());
        assertEquals("Title: Audited " + run + " \u2192 Audited and renamed " + run, events.get(1).getChanges());
        assertTrue(audit.count(new AuditQuery("Proposal", "staff", AuditAction.UPDATED, null)) >= 1);

        ProposalForm stale = ProposalForm.of(proposals.get(created.getId()));
        stale.setVersion(stale.getVersion() - 1);
        stale.setTitle("Never saved " + run);
        assertThrows(EditConflictException.class, () -> proposals.revise(created.getId(), stale));
        assertEquals(2L, em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.entityType = 'Proposal' "
                + "AND e.entityId = :id", Long.class).setParameter("id", created.getId()).getSingleResult());
    }

    // ---- outcome indicators -------------------------------------------------------------------------------------

    @Test
    void staffDefineAnIndicatorRecordActualsAndReadProgressAgainstTarget() {
        InContainer.signInAs(Role.STAFF);
        long grantId = demoGrantId();
        List<PeriodRef> periods = outcomes.periods(grantId);
        assertEquals(List.of("Year one", "Year two"), periods.stream().map(PeriodRef::name).toList());
        int statementsBefore = progressStatements(grantId);

        OutcomeIndicator defined = outcomes.define(grantId, indicatorForm(periods, "Gatherings held " + run, "40",
                "60"));
        outcomes.recordActual(actualForm(defined.getId(), periods.get(0).id(), "30", null));
        ActualForm correction = outcomes.staffActual(defined.getId(), periods.get(0).id());
        assertEquals(0, new BigDecimal("30").compareTo(correction.getValue()));
        correction.setValue(new BigDecimal("34"));
        correction.setNote("Recounted from the registers");
        outcomes.recordActual(correction);
        outcomes.recordFromPartnerUpdate(defined.getId(), periods.get(0).id(), new BigDecimal("8"), "The Roots");

        IndicatorRow row = outcomes.progress(grantId).stream().filter(r -> r.id().equals(defined.getId()))
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("42").compareTo(row.periods().get(0).progress().actual()),
                "staff 34 plus partner updates 8");
        assertEquals(105, row.periods().get(0).progress().percentage());
        assertEquals(ProgressStatus.ON_TRACK, row.periods().get(0).progress().status());
        assertEquals(ProgressStatus.NOT_RECORDED, row.periods().get(1).progress().status());
        assertEquals(0, new BigDecimal("100").compareTo(row.toDate().target()), "both periods have begun");
        assertEquals(42, row.toDate().percentage());
        IndicatorRow people = outcomes.progress(grantId).stream()
                .filter(r -> r.name().equals("People brought together")).findFirst().orElseThrow();
        assertEquals(114, people.periods().get(0).progress().percentage(), "the demo figures: 455 of 400");
        int statementsAfter = progressStatements(grantId);
        assertEquals(statementsBefore, statementsAfter, "the statements do not grow with indicators or actuals");
        assertTrue(statementsAfter <= 2, "periods, then indicators with targets and actuals: " + statementsAfter);

        List<String> audited = em.createQuery("SELECT CONCAT(e.entityType, ': ', e.changes) FROM AuditEvent e "
                + "WHERE e.grantId = :grant AND e.entityType LIKE 'Outcome%' AND e.summary LIKE :name ORDER BY e.id",
                String.class).setParameter("grant", grantId).setParameter("name", "Gatherings held " + run + "%")
                .getResultList();
        assertEquals(4, audited.size(), audited.toString());
        assertTrue(audited.get(2).contains("30 \u2192 34"), audited.get(2));
        assertEquals("staff", em.createQuery("SELECT a.recordedBy FROM OutcomeActual a WHERE a.indicator.id = :id "
                + "AND a.source = org.firstmile.outcome.model.ActualSource.STAFF", String.class)
                .setParameter("id", defined.getId()).getSingleResult());
    }

    @Test
    void staleEditsOfAnIndicatorOrAnActualAreEditConflictsAndWrongFiguresAreRefused() {
        InContainer.signInAs(Role.STAFF);
        long grantId = demoGrantId();
        List<PeriodRef> periods = outcomes.periods(grantId);
        long id = outcomes.define(grantId, indicatorForm(periods, "Sessions run " + run, "12", "18")).getId();

        IndicatorForm theirs = outcomes.edit(id);
        theirs.getTargets().get(1).setTarget(new BigDecimal("20"));
        IndicatorForm mine = outcomes.edit(id);
        mine.setUnit("workshops");
        outcomes.revise(theirs);
        assertThrows(EditConflictException.class, () -> outcomes.revise(mine), "a change of targets alone counts");
        assertEquals("sessions", outcomes.edit(id).getUnit());
        assertEquals(0, new BigDecimal("20").compareTo(outcomes.edit(id).getTargets().get(1).getTarget()));

        ActualForm first = actualForm(id, periods.get(0).id(), "11", null);
        ActualForm alsoFirst = actualForm(id, periods.get(0).id(), "9", null);
        outcomes.recordActual(first);
        assertThrows(EditConflictException.class, () -> outcomes.recordActual(alsoFirst),
                "a figure recorded meanwhile is not overwritten");

        BusinessException duplicate = assertThrows(BusinessException.class, () -> outcomes.define(grantId,
                indicatorForm(periods, "SESSIONS RUN " + run, "1", "1")));
        assertTrue(duplicate.getMessage().contains("already has an indicator"), duplicate.getMessage());
        ConstraintViolationException negative = causeOfType(assertThrows(Exception.class, () -> outcomes.define(
                grantId, indicatorForm(periods, "Negative " + run, "-1", "1"))), ConstraintViolationException.class);
        assertNotNull(negative, "a negative target is refused by validation");
        assertEquals("A target cannot be negative. Enter 0 or more.",
                negative.getConstraintViolations().iterator().next().getMessage());
    }

    private int progressStatements(long grantId) {
        StatementCounter.start();
        int statements;
        try {
            outcomes.progress(grantId);
        } finally {
            statements = StatementCounter.stop();
        }
        return statements;
    }

    private long demoGrantId() {
        return em.createQuery("SELECT g.id FROM Grant g WHERE g.title LIKE 'Building a Relationships Collective%'",
                Long.class).getSingleResult();
    }

    private static IndicatorForm indicatorForm(List<PeriodRef> periods, String name, String... targets) {
        IndicatorForm form = IndicatorForm.forPeriods(periods);
        form.setName(name);
        form.setUnit("sessions");
        for (int i = 0; i < targets.length; i++) {
            form.getTargets().get(i).setTarget(new BigDecimal(targets[i]));
        }
        return form;
    }

    private static ActualForm actualForm(long indicatorId, long periodId, String value, Integer version) {
        ActualForm form = new ActualForm();
        form.setIndicatorId(indicatorId);
        form.setPeriodId(periodId);
        form.setValue(new BigDecimal(value));
        form.setVersion(version);
        return form;
    }

    @Test
    void adminCanCallTheStaffServices() {
        InContainer.signInAs(Role.ADMIN);
        assertTrue(security.isCallerInRole(Role.ADMIN_NAME));
        assertTrue(proposals.count(ProposalQuery.all()) >= 1);
        assertNotNull(grants.list(null, 10));
        assertNotNull(dashboard.dashboard(null, 30, 10));
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

    // ---- administration: users, organisations and funds are for administrators only --------------------------

    @Test
    void staffAreRefusedUserAndOrganisationAdministrationButMayStillReadTheChoices() {
        InContainer.signInAs(Role.STAFF);
        assertSignedInAs("staff", Role.STAFF);

        assertEveryAdministrationServiceRefuses("staff");

        assertFalse(organisations.choices(OrganisationType.GRANTEE).isEmpty(), "staff fill in proposal forms");
        assertFalse(organisations.fundChoices().isEmpty());
        assertFalse(organisations.pick(null, "").isEmpty());
    }

    @Test
    void funderIsRefusedUserAndOrganisationAdministration() {
        InContainer.signInAs(Role.FUNDER);
        assertSignedInAs("funder", Role.FUNDER);

        assertEveryAdministrationServiceRefuses("funder");
    }

    @Test
    void partnerIsRefusedUserAndOrganisationAdministration() {
        InContainer.signInAs(Role.PARTNER);
        assertSignedInAs("partner", Role.PARTNER);

        assertEveryAdministrationServiceRefuses("partner");
    }

    @Test
    void administratorCreatesAUserAndReadsItBackAndTheUsernameIsThenTaken() {
        InContainer.signInAs(Role.ADMIN);
        String username = "it-user-" + run;
        Long roots = organisationId("GB-SAMPLE-ROOTS");
        UserForm form = userForm(username, "partner-password-" + run, roots, Role.PARTNER);
        form.setEmail("  it-" + run + "@example.org ");

        AppUser created = users.create(form);

        assertNotNull(created.getId());
        UserForm read = users.get(created.getId());
        assertEquals(created.getId(), read.getId());
        assertEquals(username, read.getUsername());
        assertEquals("Integration Tester " + run, read.getDisplayName());
        assertEquals("it-" + run + "@example.org", read.getEmail());
        assertEquals(List.of(Role.PARTNER), List.of(read.getRoles()));
        assertEquals(roots, read.getOrganisationId());
        assertNull(read.getPassword(), "the password never comes back");
        UserRow row = row(username);
        assertTrue(row.enabled(), "a new user can sign in");
        assertEquals("PARTNER", row.roles());
        assertEquals("The Roots Programme", row.organisationName());
        assertTrue(storedHash(username).startsWith("PBKDF2"), "only a hash is stored");

        BusinessException taken = assertThrows(BusinessException.class,
                () -> users.create(userForm(username, "another-password-" + run, null, Role.STAFF)));
        assertTrue(taken.getMessage().contains("taken"), taken.getMessage());
        assertEquals(1L, usersNamed(username));
    }

    @Test
    void newUserNeedsAPasswordOfAtLeastTwelveCharacters() {
        InContainer.signInAs(Role.ADMIN);
        String username = "it-short-" + run;

        BusinessException refused = assertThrows(BusinessException.class,
                () -> users.create(userForm(username, "short", null, Role.STAFF)));

        assertTrue(refused.getMessage().contains("at least 12 characters"), refused.getMessage());
        assertEquals(0L, usersNamed(username));
    }

    @Test
    void partnerUserMustBelongToAPartnerOrganisation() {
        InContainer.signInAs(Role.ADMIN);
        String withoutOrganisation = "it-lone-partner-" + run;
        String atAFunder = "it-misplaced-partner-" + run;

        BusinessException none = assertThrows(BusinessException.class, () -> users.create(
                userForm(withoutOrganisation, "partner-password-" + run, null, Role.PARTNER)));
        BusinessException funder = assertThrows(BusinessException.class, () -> users.create(
                userForm(atAFunder, "partner-password-" + run, organisationId("GB-GOR-PB188"), Role.PARTNER)));

        assertTrue(none.getMessage().contains("partner organisation"), none.getMessage());
        assertTrue(funder.getMessage().contains("partner organisation"), funder.getMessage());
        assertEquals(0L, usersNamed(withoutOrganisation));
        assertEquals(0L, usersNamed(atAFunder));
    }

    @Test
    void updatingAUserFromAStaleFormIsRefusedAsAnEditConflict() {
        InContainer.signInAs(Role.ADMIN);
        long id = users.create(userForm("it-stale-" + run, "staff-password-" + run, null, Role.STAFF)).getId();
        UserForm theirs = users.get(id);
        theirs.setDisplayName("Their name " + run);
        UserForm mine = users.get(id);
        mine.setDisplayName("My name " + run);

        users.update(theirs);
        EditConflictException conflict = assertThrows(EditConflictException.class, () -> users.update(mine));

        assertTrue(conflict.getMessage().startsWith("Someone else changed this user while you were editing it"),
                conflict.getMessage());
        UserForm stored = users.get(id);
        assertEquals("Their name " + run, stored.getDisplayName(), "mine was not saved");
        assertEquals(mine.getVersion() + 1, stored.getVersion());

        // A change of roles alone moves the version on too, so that a stale form cannot undo it.
        UserForm rolesOnly = users.get(id);
        rolesOnly.setRoles(new Role[] {Role.STAFF, Role.ADMIN});
        UserForm stale = users.get(id);
        users.update(rolesOnly);
        assertEquals(stale.getVersion() + 1, users.get(id).getVersion());
        assertThrows(EditConflictException.class, () -> users.update(stale));
        assertEquals("ADMIN, STAFF", row("it-stale-" + run).roles());
    }

    @Test
    void administratorDisablesAndEnablesAUserAndResetsTheirPassword() throws Exception {
        InContainer.signInAs(Role.ADMIN);
        String username = "it-lifecycle-" + run;
        String first = "first-password-" + run;
        String second = "second-password-" + run;
        long id = users.create(userForm(username, first, null, Role.STAFF)).getId();
        assertEquals(Status.VALID, identityStore(username, first).getStatus(), "a new user can sign in");

        BusinessException tooShort = assertThrows(BusinessException.class,
                () -> users.resetPassword(id, users.get(id).getVersion(), "short"));
        assertTrue(tooShort.getMessage().contains("at least 12 characters"), tooShort.getMessage());
        users.resetPassword(id, users.get(id).getVersion(), second);
        assertEquals(Status.INVALID, identityStore(username, first).getStatus(), "the old password no longer works");
        assertEquals(Status.VALID, identityStore(username, second).getStatus());

        users.setEnabled(id, users.get(id).getVersion(), false);
        assertFalse(row(username).enabled());
        assertEquals(Status.INVALID, identityStore(username, second).getStatus(), "a disabled user cannot sign in");

        users.setEnabled(id, users.get(id).getVersion(), true);
        assertTrue(row(username).enabled());
        CredentialValidationResult enabledAgain = identityStore(username, second);
        assertEquals(Status.VALID, enabledAgain.getStatus());
        assertEquals(Set.of(Role.STAFF_NAME), enabledAgain.getCallerGroups());

        // Signed in again in the same request, the caller is best asked of the EJB container: the servlet request
        // may still answer role questions for the caller it started with.
        signInAgain(username, second);
        assertFalse(organisations.fundChoices().isEmpty(), "the EJB container sees a member of staff");
        assertThrows(EJBAccessException.class, () -> users.count(UserQuery.all()), "a staff user is no administrator");
    }

    @Test
    void disabledUserCannotSignIn() throws Exception {
        InContainer.signInAs(Role.ADMIN);
        String username = "it-disabled-" + run;
        String password = "staff-password-" + run;
        long id = users.create(userForm(username, password, null, Role.STAFF)).getId();
        users.setEnabled(id, users.get(id).getVersion(), false);
        request.logout();

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> InContainer.signIn(username, password));

        assertTrue(refused.getMessage().contains("SEND_FAILURE"), refused.getMessage());
        assertNullCaller();
        assertThrows(EJBAccessException.class, () -> organisations.fundChoices());
    }

    @Test
    void administratorCannotDisableTheirOwnAccount() throws Exception {
        InContainer.signIn("admin", "admin-demo-2026");
        UserRow me = row("admin");
        try {
            BusinessException refused = assertThrows(BusinessException.class,
                    () -> users.setEnabled(me.id(), me.version(), false));

            assertTrue(refused.getMessage().contains("cannot disable your own account"), refused.getMessage());
            assertTrue(row("admin").enabled(), "still enabled");
        } finally {
            restoreDemoAdministrator();
        }
    }

    @Test
    void administratorCannotDropTheirOwnAdministratorRole() throws Exception {
        InContainer.signIn("admin", "admin-demo-2026");
        UserForm me = users.get(row("admin").id());
        assertTrue(List.of(me.getRoles()).contains(Role.ADMIN));
        me.setRoles(new Role[] {Role.STAFF});
        try {
            BusinessException refused = assertThrows(BusinessException.class, () -> users.update(me));

            assertTrue(refused.getMessage().contains("cannot remove your own administrator role"),
                    refused.getMessage());
            assertEquals("ADMIN, STAFF", row("admin").roles(), "roles unchanged");
        } finally {
            restoreDemoAdministrator();
        }
    }

    @Test
    void administratorFindsUsersByUsernameNameOrganisationAndRoleAPageAtATime() {
        InContainer.signInAs(Role.ADMIN);
        Long roots = organisationId("GB-SAMPLE-ROOTS");
        users.create(userForm("it-list-a-" + run, "list-password-" + run, roots, Role.PARTNER));
        users.create(userForm("it-list-b-" + run, "list-password-" + run, roots, Role.PARTNER));
        users.create(userForm("it-list-c-" + run, "list-password-" + run, null, Role.STAFF));

        assertEquals(3, users.count(query(run, null, null)));
        assertEquals(List.of("it-list-a-" + run, "it-list-b-" + run), usernames(query(run, null, Role.PARTNER)));
        assertEquals(List.of("it-list-a-" + run, "it-list-b-" + run), usernames(query(run, "roots programme", null)));
        assertEquals(List.of("it-list-c-" + run), usernames(query(run, null, Role.STAFF)));
        assertEquals(0, users.count(query(run, null, Role.FUNDER)));

        UserQuery byNameDescending = new UserQuery(run, null, null, null, "username", false);
        assertEquals(List.of("it-list-c-" + run, "it-list-b-" + run), users.page(byNameDescending, 0, 2).stream()
                .map(UserRow::username).toList());
        assertEquals(List.of("it-list-a-" + run), users.page(byNameDescending, 2, 2).stream()
                .map(UserRow::username).toList());
        UserRow partner = users.page(query(run, null, Role.PARTNER), 0, 1).get(0);
        assertEquals("PARTNER", partner.roles());
        assertEquals("The Roots Programme", partner.organisationName());
    }

    private static UserQuery query(String username, String organisation, Role role) {
        return new UserQuery(username, null, organisation, role, "username", true);
    }

    private List<String> usernames(UserQuery query) {
        return users.page(query, 0, 100).stream().map(UserRow::username).toList();
    }

    @Test
    void organisationWithAnOrgIdAlreadyInUseIsRefused() {
        InContainer.signInAs(Role.ADMIN);
        OrganisationForm copy = organisationForm("A second NLCF " + run, "GB-GOR-PB188", OrganisationType.FUNDER);

        BusinessException refused = assertThrows(BusinessException.class, () -> organisations.save(copy));

        assertTrue(refused.getMessage().contains("exists already"), refused.getMessage());
        assertEquals(0L, em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.name = :name", Long.class)
                .setParameter("name", "A second NLCF " + run).getSingleResult());
    }

    @Test
    void fundRunByAGranteeOrganisationIsRefused() {
        InContainer.signInAs(Role.ADMIN);
        FundForm form = fundForm(organisationId("GB-SAMPLE-TRP"), "IT-" + run);

        BusinessException refused = assertThrows(BusinessException.class, () -> organisations.save(form));

        assertTrue(refused.getMessage().contains("is not a funder"), refused.getMessage());
        assertEquals(0L, fundsCoded("IT-" + run));
    }

    @Test
    void organisationWithAMalformedOrgIdFailsValidation() {
        InContainer.signInAs(Role.ADMIN);
        OrganisationForm form = organisationForm("Malformed " + run, "not an id", OrganisationType.GRANTEE);

        Throwable failure = assertThrows(RuntimeException.class, () -> organisations.save(form));

        ConstraintViolationException invalid = causeOfType(failure, ConstraintViolationException.class);
        assertNotNull(invalid, () -> "no ConstraintViolationException in " + chain(failure));
        assertTrue(invalid.getConstraintViolations().stream()
                .anyMatch(v -> v.getPropertyPath().toString().endsWith("orgId")), invalid.getMessage());
        assertEquals(0L, em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.orgId = 'not an id'",
                Long.class).getSingleResult());
    }

    @Test
    void administratorAddsAnOrganisationAndAFundItRuns() {
        InContainer.signInAs(Role.ADMIN);
        String orgId = "GB-CHC-IT" + run;

        Long funder = organisations.save(organisationForm("IT Trust " + run, orgId, OrganisationType.FUNDER)).getId();
        organisations.save(fundForm(funder, "IT-" + run));

        OrganisationQuery byOrgId = new OrganisationQuery(null, orgId.toLowerCase(), null, null, true);
        assertEquals(1, organisations.count(byOrgId));
        assertEquals(List.of(funder), organisations.page(byOrgId, 0, 20).stream().map(o -> o.getId()).toList());
        assertEquals(0, organisations.count(new OrganisationQuery(null, orgId, OrganisationType.GRANTEE, null, true)),
                "a funder is not a grantee");
        assertEquals("IT Trust " + run, organisations.get(funder).getName());
        assertTrue(organisations.funds().stream()
                .anyMatch(f -> f.code().equals("IT-" + run) && f.funderId().equals(funder)));
        assertTrue(organisations.fundChoices().stream().anyMatch(c -> c.label().contains("IT Trust " + run)));
    }

    /** Every administration call, each refused before it runs; nothing is stored. */
    private void assertEveryAdministrationServiceRefuses(String who) {
        String username = "it-sneaked-" + who + "-" + run;
        AppUser staff = em.createQuery("SELECT u FROM AppUser u WHERE u.username = 'staff'", AppUser.class)
                .getSingleResult();
        Long funder = organisationId("GB-GOR-PB188");
        List<Executable> calls = List.of(
                () -> users.count(UserQuery.all()),
                () -> users.page(UserQuery.all(), 0, 20),
                () -> users.get(staff.getId()),
                () -> users.create(userForm(username, "sneaked-password-" + run, null, Role.ADMIN, Role.STAFF)),
                () -> users.update(UserForm.of(staff)),
                () -> users.setEnabled(staff.getId(), staff.getVersion(), true),
                () -> users.resetPassword(Long.MAX_VALUE, 0, "sneaked-password-" + run),
                () -> organisations.count(OrganisationQuery.all()),
                () -> organisations.page(OrganisationQuery.all(), 0, 20),
                () -> organisations.get(funder),
                () -> organisations.funds(),
                () -> organisations.save(organisationForm("Sneaked " + run, "GB-CHC-SN" + run,
                        OrganisationType.GRANTEE)),
                () -> organisations.save(fundForm(funder, "SN-" + run)));
        for (int i = 0; i < calls.size(); i++) {
            assertThrows(EJBAccessException.class, calls.get(i), who + ": call #" + (i + 1) + " was not refused");
        }
        assertEquals(0L, usersNamed(username));
        assertEquals(0L, fundsCoded("SN-" + run));
        assertEquals(0L, em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.orgId = :orgId", Long.class)
                .setParameter("orgId", "GB-CHC-SN" + run).getSingleResult());
        assertEquals(staff.getVersion(), em.createQuery("SELECT u.version FROM AppUser u WHERE u.username = 'staff'",
                Integer.class).getSingleResult(), "the staff account was not touched");
    }

    /**
     * Puts the demo administrator back (enabled, ADMIN and STAFF) should a refused self-lockout have gone through
     * after all, so that one failing test does not take the other tests' administrator with it.
     */
    private void restoreDemoAdministrator() throws Exception {
        AppUser admin = em.createQuery("SELECT u FROM AppUser u WHERE u.username = 'admin'", AppUser.class)
                .getSingleResult();
        if (admin.isEnabled() && admin.getRoles().equals(Set.of(Role.ADMIN, Role.STAFF))) {
            return;
        }
        signInAgain("first-admin", "first-admin-password-2026");
        UserForm form = users.get(admin.getId());
        form.setRoles(new Role[] {Role.ADMIN, Role.STAFF});
        users.update(form);
        users.setEnabled(admin.getId(), users.get(admin.getId()).getVersion(), true);
    }

    /**
     * Signs in as someone else in the same request. Signing out first matters: while a caller is signed in,
     * {@code SecurityContext.authenticate} answers SUCCESS and keeps the old caller, whatever the credentials.
     */
    private void signInAgain(String username, String password) throws ServletException {
        request.logout();
        InContainer.signIn(username, password);
        assertEquals(username, security.getCallerPrincipal().getName());
    }

    /** What the application's identity store, which the sign-in page asks, says of a username and password. */
    private CredentialValidationResult identityStore(String username, String password) {
        return identityStores.validate(new UsernamePasswordCredential(username, password));
    }

    private UserRow row(String username) {
        return users.page(new UserQuery(username, null, null, null, "username", true), 0, 100).stream()
                .filter(r -> r.username().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError("no user " + username + " in the list"));
    }

    private static UserForm userForm(String username, String password, Long organisationId, Role... roles) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName("Integration Tester " + username.substring(username.lastIndexOf('-') + 1));
        form.setPassword(password);
        form.setRoles(roles);
        form.setOrganisationId(organisationId);
        return form;
    }

    private static OrganisationForm organisationForm(String name, String orgId, OrganisationType type) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setOrgId(orgId);
        form.setType(type);
        return form;
    }

    private FundForm fundForm(Long funderId, String code) {
        FundForm form = new FundForm();
        form.setFunderId(funderId);
        form.setCode(code);
        form.setTitle("Integration test fund " + run);
        form.setUrl("https://example.org/fund");
        return form;
    }

    private Long organisationId(String orgId) {
        return em.createQuery("SELECT o.id FROM Organisation o WHERE o.orgId = :orgId", Long.class)
                .setParameter("orgId", orgId).getSingleResult();
    }

    private long usersNamed(String username) {
        return em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.username = :name", Long.class)
                .setParameter("name", username).getSingleResult();
    }

    private long fundsCoded(String code) {
        return em.createQuery("SELECT COUNT(f) FROM Fund f WHERE f.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    private String storedHash(String username) {
        return (String) em.createNativeQuery("SELECT password_hash FROM app_user WHERE username = ?")
                .setParameter(1, username).getSingleResult();
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String chain(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            chain.append(chain.length() == 0 ? "" : " <- ").append(cause.getClass().getName()).append(": ")
                    .append(cause.getMessage());
        }
        return chain.toString();
    }

    /** Reads and writes of every staff service, each refused before it runs. */
    private void assertEveryStaffServiceRefuses() {
        List<Executable> calls = List.of(
                () -> proposals.count(ProposalQuery.all()),
                () -> proposals.page(ProposalQuery.all(), 0, 20),
                () -> proposals.get(1L),
                () -> proposals.moveTo(1L, 0, ProposalStatus.WITHDRAWN, "Withdrawn by someone who may not"),
                () -> proposals.award(1L, 0, new AwardForm(BigDecimal.ONE, LocalDate.now(), LocalDate.now()), null),
                () -> grants.list(null, 10),
                () -> grants.get(1L),
                () -> grants.findIdForProposal(1L),
                () -> dashboard.dashboard(null, 30, 10),
                () -> dashboard.dashboard("staff", 30, 10),
                () -> milestones.forGrant(1L),
                () -> milestones.history(1L),
                () -> milestones.plan(1L, new MilestoneForm()),
                () -> organisations.fundChoices(),
                () -> organisations.choices(OrganisationType.GRANTEE),
                () -> audit.count(AuditQuery.all()),
                () -> audit.page(AuditQuery.all(), 0, 25),
                () -> outcomes.progress(1L),
                () -> outcomes.periods(1L),
                () -> outcomes.define(1L, new IndicatorForm()),
                () -> outcomes.recordActual(new ActualForm()),
                () -> outcomes.recordFromPartnerUpdate(1L, 1L, BigDecimal.ONE, "Sneaked in"));
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
