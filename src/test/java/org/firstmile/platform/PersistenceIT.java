package org.firstmile.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.firstmile.grant.model.Award;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.identity.model.AppUser;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.CallerState;
import org.firstmile.identity.service.Callers;
import org.firstmile.milestone.model.Milestone;
import org.firstmile.milestone.model.MilestoneChange;
import org.firstmile.milestone.model.MilestoneStatus;
import org.firstmile.milestone.model.MilestoneUpdate;
import org.firstmile.milestone.service.MilestoneRow;
import org.firstmile.milestone.service.MilestoneService;
import org.firstmile.milestone.service.MilestoneUpdateForm;
import org.firstmile.organisation.model.Fund;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.persistence.DatabaseMigration;
import org.firstmile.platform.persistence.FirstMileDataSource;
import org.firstmile.platform.persistence.StatementCounter;
import org.firstmile.proposal.model.Proposal;
import org.firstmile.proposal.model.ProposalDetails;
import org.firstmile.proposal.model.ProposalStatus;
import org.firstmile.proposal.model.ProposalStatusChange;
import org.firstmile.proposal.service.ProposalForm;
import org.firstmile.proposal.service.ProposalQuery;
import org.firstmile.proposal.service.ProposalRow;
import org.firstmile.proposal.service.ProposalService;
import org.firstmile.testsupport.Deployments;
import org.firstmile.testsupport.Deployments.InContainer;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Runs inside Payara Micro against the real PostgreSQL: every aggregate survives a round trip through JPA, edits
 * that cross are caught rather than lost, the migrations build the schema from nothing, and the proposals list
 * sends the same few statements however many proposals there are. Every write and every read runs in a transaction
 * of its own, so each read gets a new persistence context, and with the shared cache off it comes from PostgreSQL.
 * The database is shared with the demo data and other tests, so every test makes its own organisations, funds and
 * codes.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    private static final Instant T0 = Instant.parse("2026-01-05T09:30:00.123456Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = FirstMileDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @EJB
    ProposalService proposals;

    @EJB
    MilestoneService milestones;

    @Inject
    Callers callers;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    // ---- round trips -------------------------------------------------------------------------------------------

    @Test
    void organisationAndFundAreStoredAndReadBack() throws Exception {
        long[] ids = inTransaction(() -> {
            Organisation funder = persist(new Organisation("Round Trip Trust " + run, "GB-TEST-RT-" + run,
                    OrganisationType.FUNDER, T0));
            Fund fund = persist(new Fund(funder, "RT-" + run, "Round Trip Fund", "https://example.org/fund"));
            return new long[] {funder.getId(), fund.getId()};
        });

        inTransaction(() -> {
            Organisation funder = em.find(Organisation.class, ids[0]);
            assertEquals("Round Trip Trust " + run, funder.getName());
            assertEquals("GB-TEST-RT-" + run, funder.getOrgId());
            assertEquals(OrganisationType.FUNDER, funder.getType());
            assertEquals(T0, funder.getCreatedAt(), "an Instant keeps its microseconds in timestamptz");
            Fund fund = em.find(Fund.class, ids[1]);
            assertEquals("RT-" + run, fund.getCode());
            assertEquals("Round Trip Fund", fund.getTitle());
            assertEquals("https://example.org/fund", fund.getUrl());
            assertEquals(ids[0], fund.getFunder().getId());
            assertEquals(funder.getOrgId(), fund.getFunder().getOrgId());
            return null;
        });
    }

    @Test
    void userIsStoredWithAllItsRolesAndOrganisation() throws Exception {
        long[] ids = inTransaction(() -> {
            Organisation organisation = persist(organisation(OrganisationType.GRANTEE));
            AppUser user = persist(new AppUser("it-user-" + run, "Integration Tester", "tester@example.org",
                    "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", EnumSet.of(Role.ADMIN, Role.STAFF),
                    organisation, T0));
            return new long[] {user.getId(), organisation.getId()};
        });

        inTransaction(() -> {
            AppUser user = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :name", AppUser.class)
                    .setParameter("name", "it-user-" + run).getSingleResult();
            assertEquals(ids[0], user.getId());
            assertEquals(Set.of(Role.ADMIN, Role.STAFF), user.getRoles());
            assertEquals("Integration Tester", user.getDisplayName());
            assertEquals("tester@example.org", user.getEmail());
            assertTrue(user.isEnabled());
            assertEquals(ids[1], user.getOrganisation().getId());
            assertEquals(T0, user.getCreatedAt());
            List<?> roleRows = em.createNativeQuery("SELECT role FROM app_user_role WHERE user_id = ? ORDER BY role")
                    .setParameter(1, ids[0]).getResultList();
            assertEquals(List.of("ADMIN", "STAFF"), roleRows, "one row per role, named as the identity store reads it");
            return null;
        });
    }

    @Test
    void proposalIsStoredWithItsWholeStatusHistory() throws Exception {
        long id = inTransaction(() -> {
            Proposal proposal = Proposal.draft(details("History round trip " + run, 18),
                    persist(organisation(OrganisationType.GRANTEE)), persist(fund()), "staff", T0);
            proposal.moveTo(ProposalStatus.EXPRESSION_OF_INTEREST, "staff", T0.plus(1, ChronoUnit.DAYS),
                    "Expression of interest sent");
            proposal.moveTo(ProposalStatus.INVITED, "admin", T0.plus(2, ChronoUnit.DAYS), "   ");
            return persist(proposal).getId();
        });

        int version = inTransaction(() -> {
            Proposal proposal = em.find(Proposal.class, id);
            assertEquals(ProposalStatus.INVITED, proposal.getStatus());
            assertEquals("History round trip " + run, proposal.getTitle());
            assertEquals(0, new BigDecimal("125000.50").compareTo(proposal.getAmountRequested()));
            assertEquals("GBP", proposal.getCurrency());
            assertEquals(18, proposal.getDurationMonths());
            assertEquals(LocalDate.of(2026, 9, 1), proposal.getPlannedStart());
            assertEquals(T0.plus(2, ChronoUnit.DAYS), proposal.getUpdatedAt());
            assertTrue(proposal.getApplicant().getOrgId().startsWith("GB-TEST-" + run));
            assertTrue(proposal.getFund().getCode().startsWith("F-" + run));
            List<ProposalStatusChange> history = proposal.getHistory();
            assertEquals(3, history.size());
            assertStep(history.get(0), null, ProposalStatus.DRAFT, "staff", T0, "Proposal started");
            assertStep(history.get(1), ProposalStatus.DRAFT, ProposalStatus.EXPRESSION_OF_INTEREST, "staff",
                    T0.plus(1, ChronoUnit.DAYS), "Expression of interest sent");
            assertStep(history.get(2), ProposalStatus.EXPRESSION_OF_INTEREST, ProposalStatus.INVITED, "admin",
                    T0.plus(2, ChronoUnit.DAYS), null);
            return proposal.getVersion();
        });

        inTransaction(() -> em.find(Proposal.class, id).moveTo(ProposalStatus.FULL_APPLICATION, "staff",
                T0.plus(3, ChronoUnit.DAYS), "Full application sent"));

        inTransaction(() -> {
            Proposal proposal = em.find(Proposal.class, id);
            assertEquals(ProposalStatus.FULL_APPLICATION, proposal.getStatus());
            assertEquals(version + 1, proposal.getVersion(), "each saved change moves the version on by one");
            assertEquals(4, proposal.getHistory().size());
            assertStep(proposal.getHistory().get(3), ProposalStatus.INVITED, ProposalStatus.FULL_APPLICATION,
                    "staff", T0.plus(3, ChronoUnit.DAYS), "Full application sent");
            return null;
        });
    }

    @Test
    void awardedGrantIsStoredWithItsReportingPeriods() throws Exception {
        LocalDate start = LocalDate.of(2026, 4, 1);
        long id = inTransaction(() -> {
            Proposal proposal = awardedProposal(30);
            Grant grant = Grant.award(proposal, "360G-it-" + run, new Award(new BigDecimal("240000.00"),
                    LocalDate.of(2026, 2, 10), start, 30), "staff", 30, T0);
            return persist(grant).getId();
        });

        inTransaction(() -> {
            Grant grant = em.find(Grant.class, id);
            assertEquals("360G-it-" + run, grant.getIdentifier());
            assertEquals("Awarded " + run, grant.getTitle());
            assertEquals(0, new BigDecimal("240000.00").compareTo(grant.getAmountAwarded()));
            assertEquals(LocalDate.of(2026, 2, 10), grant.getAwardDate());
            assertEquals(start, grant.getPlannedStart());
            assertEquals(LocalDate.of(2028, 9, 30), grant.getPlannedEnd());
            assertEquals("staff", grant.getManager());
            assertEquals(grant.getProposal().getApplicant().getId(), grant.getRecipient().getId());
            assertEquals(grant.getProposal().getFund().getId(), grant.getFund().getId());
            List<ReportingPeriod> periods = grant.getPeriods();
            assertEquals(3, periods.size());
            assertPeriod(periods.get(0), 1, "Year one", start, LocalDate.of(2027, 3, 31));
            assertPeriod(periods.get(1), 2, "Year two", LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31));
            assertPeriod(periods.get(2), 3, "Year three", LocalDate.of(2028, 4, 1), LocalDate.of(2028, 9, 30));
            assertEquals(LocalDate.of(2028, 10, 30), periods.get(2).getReportDueDate());
            return null;
        });
    }

    @Test
    void milestoneIsStoredWithItsUpdateLogNewestFirst() throws Exception {
        long id = inTransaction(() -> {
            Milestone milestone = Milestone.plan(grant(), "Open the community hub", "Doors open to the public",
                    LocalDate.of(2026, 6, 30), "Programme lead", "staff", T0);
            milestone.record(new MilestoneChange(MilestoneStatus.IN_PROGRESS, null, null, null, "Lease signed"),
                    "staff", T0.plus(1, ChronoUnit.DAYS), TODAY);
            milestone.record(new MilestoneChange(MilestoneStatus.DONE, null, LocalDate.of(2026, 3, 1),
                    "https://example.org/hub", "Opened by the mayor"), "admin", T0.plus(2, ChronoUnit.DAYS), TODAY);
            return persist(milestone).getId();
        });

        inTransaction(() -> {
            Milestone milestone = em.find(Milestone.class, id);
            assertEquals(MilestoneStatus.DONE, milestone.getStatus());
            assertEquals(LocalDate.of(2026, 3, 1), milestone.getCompletedOn());
            assertEquals("https://example.org/hub", milestone.getEvidenceUrl());
            assertEquals("Opened by the mayor", milestone.getNote());
            assertEquals("Programme lead", milestone.getOwner());
            List<MilestoneUpdate> log = milestone.getUpdates();
            assertEquals(3, log.size());
            assertEquals(MilestoneStatus.DONE, log.get(0).getToStatus(), "newest first");
            assertEquals(MilestoneStatus.IN_PROGRESS, log.get(0).getFromStatus());
            assertEquals("admin", log.get(0).getAuthor());
            assertEquals(T0.plus(2, ChronoUnit.DAYS), log.get(0).getChangedAt());
            assertTrue(log.get(0).getChanges().contains("Completion date: none \u2192 2026-03-01"),
                    log.get(0).getChanges());
            assertEquals("Lease signed", log.get(1).getNote());
            assertEquals(MilestoneStatus.PLANNED, log.get(2).getToStatus());
            assertNull(log.get(2).getFromStatus());
            assertEquals("Due date: 2026-06-30", log.get(2).getChanges());
            return null;
        });
    }

    // ---- edits that cross ----------------------------------------------------------------------------------------

    @Test
    void secondOfTwoTransactionsChangingTheSameMilestoneFailsOnCommit() throws Exception {
        long id = inTransaction(() -> persist(Milestone.plan(grant(), "Hire a coordinator", null,
                LocalDate.of(2026, 5, 1), null, "staff", T0)).getId());

        transaction.begin();
        try {
            Milestone mine = em.find(Milestone.class, id);
            mine.record(new MilestoneChange(MilestoneStatus.AT_RISK, null, null, null, "Mine: no applicants yet"),
                    "staff", T0.plus(1, ChronoUnit.HOURS), TODAY);
            // Meanwhile someone else, in a transaction of their own on another thread, saves first.
            executor.submit(() -> inTransaction(() -> em.find(Milestone.class, id).record(
                    new MilestoneChange(MilestoneStatus.IN_PROGRESS, null, null, null, "Theirs: interviews booked"),
                    "admin", T0.plus(2, ChronoUnit.HOURS), TODAY))).get(60, TimeUnit.SECONDS);
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
        RollbackException failure = assertThrows(RollbackException.class, transaction::commit);
        assertTrue(causedBy(failure, OptimisticLockException.class),
                () -> "expected an OptimisticLockException behind " + chain(failure));

        inTransaction(() -> {
            Milestone stored = em.find(Milestone.class, id);
            assertEquals(MilestoneStatus.IN_PROGRESS, stored.getStatus(), "their change stands, mine is not mixed in");
            assertEquals("Theirs: interviews booked", stored.getNote());
            assertEquals(2, stored.getUpdates().size(), "the log has the plan and their update only");
            return null;
        });
    }

    @Test
    void loggingAMilestoneUpdateFromAStaleFormIsRefusedAsAnEditConflict() throws Exception {
        long grantId = inTransaction(() -> {
            Grant grant = grant();
            persist(Milestone.plan(grant, "Run the first workshop", null, TODAY.plusDays(30), null, "staff", T0));
            return grant.getId();
        });
        InContainer.signInAs(Role.STAFF);
        MilestoneRow row = milestones.forGrant(grantId).get(0);
        MilestoneUpdateForm theirs = MilestoneUpdateForm.of(row);
        theirs.setStatus(MilestoneStatus.IN_PROGRESS);
        theirs.setNote("Venue booked");
        MilestoneUpdateForm mine = MilestoneUpdateForm.of(row);
        mine.setStatus(MilestoneStatus.DEFERRED);
        mine.setNote("Postponed to autumn");

        milestones.logUpdate(theirs);
        EditConflictException conflict = assertThrows(EditConflictException.class, () -> milestones.logUpdate(mine));

        assertTrue(conflict.getMessage().startsWith("Someone else changed this milestone while you were editing it"),
                conflict.getMessage());
        MilestoneRow stored = milestones.forGrant(grantId).get(0);
        assertEquals(MilestoneStatus.IN_PROGRESS, stored.status());
        assertEquals(row.version() + 1, stored.version());
        assertEquals(2, milestones.history(row.id()).size(), "the refused update left no trace in the log");
    }

    @Test
    void revisingAProposalFromAStaleFormIsRefusedAsAnEditConflict() throws Exception {
        long id = inTransaction(() -> persist(Proposal.draft(details("Stale form " + run, 12),
                persist(organisation(OrganisationType.GRANTEE)), persist(fund()), "staff", T0)).getId());
        InContainer.signInAs(Role.STAFF);
        Proposal opened = proposals.get(id);
        ProposalForm theirs = ProposalForm.of(opened);
        theirs.setTitle("Stale form " + run + ", their title");
        ProposalForm mine = ProposalForm.of(opened);
        mine.setAmountRequested(new BigDecimal("99000.00"));

        proposals.revise(id, theirs);
        EditConflictException conflict = assertThrows(EditConflictException.class, () -> proposals.revise(id, mine));

        assertTrue(conflict.getMessage().startsWith("Someone else changed this proposal while you were editing it"),
                conflict.getMessage());
        Proposal stored = proposals.get(id);
        assertEquals("Stale form " + run + ", their title", stored.getTitle());
        assertEquals(0, new BigDecimal("125000.50").compareTo(stored.getAmountRequested()), "mine was not saved");
        assertEquals(opened.getVersion() + 1, stored.getVersion());
    }

    // ---- schema ----------------------------------------------------------------------------------------------------

    @Test
    void migrationsBuildTheWholeSchemaOnAnEmptyDatabase() throws Exception {
        String database = "firstmile_empty_" + run.replace('-', '_');
        Config config = ConfigProvider.getConfig();
        String appUrl = config.getValue("firstmile.db.url", String.class);
        execute(dataSource, "CREATE DATABASE " + database);
        try {
            PGSimpleDataSource empty = new PGSimpleDataSource();
            empty.setURL(withDatabase(appUrl, database));
            empty.setUser(config.getValue("firstmile.db.user", String.class));
            empty.setPassword(config.getOptionalValue("firstmile.db.password", String.class).orElse(null));
            assertEquals(List.of(), tables(empty), "the new database starts empty");
            assertFalse(DatabaseMigration.isUpToDate(empty), "a database without Flyway's history is not up to date");

            MigrateResult result = DatabaseMigration.migrateSchema(empty);

            assertTrue(result.success);
            assertTrue(result.migrationsExecuted >= 1);
            assertEquals(count(dataSource, "SELECT COUNT(*) FROM flyway_schema_history WHERE success "
                    + "AND version IS NOT NULL"), result.migrationsExecuted,
                    "an empty database gets every migration the application's database has");
            List<String> tables = tables(empty);
            for (String table : List.of("organisation", "fund", "app_user", "app_user_role", "proposal",
                    "proposal_status_change", "grant_award", "reporting_period", "milestone", "milestone_update",
                    "flyway_schema_history")) {
                assertTrue(tables.contains(table), () -> table + " missing from " + tables);
            }
            assertEquals(0, DatabaseMigration.migrateSchema(empty).migrationsExecuted, "migrating again does nothing");
            assertTrue(DatabaseMigration.isUpToDate(empty), "start-up can skip Flyway once every script is applied");

            String newest = "installed_rank = (SELECT MAX(installed_rank) FROM flyway_schema_history)";
            execute(empty, "UPDATE flyway_schema_history SET success = false WHERE " + newest);
            assertFalse(DatabaseMigration.isUpToDate(empty), "a failed migration leaves it to Flyway");
            execute(empty, "UPDATE flyway_schema_history SET success = true WHERE " + newest);
            execute(empty, "CREATE TABLE newest_migration AS SELECT * FROM flyway_schema_history WHERE " + newest);
            execute(empty, "DELETE FROM flyway_schema_history WHERE " + newest);
            assertFalse(DatabaseMigration.isUpToDate(empty), "a script not yet applied leaves it to Flyway");
            execute(empty, "INSERT INTO flyway_schema_history SELECT * FROM newest_migration");
            assertTrue(DatabaseMigration.isUpToDate(empty));
            execute(empty, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) VALUES (1000, '1000', 'newer', 'SQL', "
                    + "'V1000__newer.sql', 'test', 0, true)");
            assertFalse(DatabaseMigration.isUpToDate(empty), "a database a newer version migrated leaves it to Flyway");
        } finally {
            execute(dataSource, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
        assertEquals(0, count(dataSource, "SELECT COUNT(*) FROM pg_database WHERE datname = '" + database + "'"));
    }

    // ---- statements per page ------------------------------------------------------------------------------------

    @Test
    void proposalsListSendsTheSameFewStatementsWhetherThereAreFewOrManyProposals() throws Exception {
        InContainer.signInAs(Role.STAFF);
        ListPage before = proposalsListPage();

        inTransaction(() -> {
            Organisation applicant = persist(organisation(OrganisationType.GRANTEE));
            Fund fund = persist(fund());
            for (int i = 0; i < 60; i++) {
                Proposal proposal = Proposal.draft(details("Bulk " + run + " #" + i, 12), applicant, fund, "staff",
                        T0.plusSeconds(i));
                proposal.moveTo(ProposalStatus.EXPRESSION_OF_INTEREST, "staff", T0.plusSeconds(i + 1), null);
                em.persist(proposal);
            }
            return null;
        });
        ListPage after = proposalsListPage();

        assertEquals(before.total() + 60, after.total());
        assertEquals(20, after.rows(), "a full first page");
        assertTrue(before.statements() >= 2, () -> "the counter saw the count and the page query: " + before);
        assertEquals(before.statements(), after.statements(),
                () -> "statements grew with rows: " + before + " then " + after);
        assertTrue(after.statements() <= 3, () -> "too many statements for one page: " + after);

        // The count joins the applicant only when filtering by its name: filtered and unfiltered counts agree.
        String applicantName = "Test " + OrganisationType.GRANTEE.label() + " " + run;
        assertEquals(60, proposals.count(new ProposalQuery("Bulk " + run, null, null, "updatedAt", false)));
        assertEquals(60, proposals.count(new ProposalQuery(null, applicantName, null, "updatedAt", false)));
        assertEquals(60, proposals.count(new ProposalQuery("bulk " + run, applicantName.toUpperCase(), null,
                "updatedAt", false)));
        assertEquals(0, proposals.count(new ProposalQuery(null, "No such applicant " + run, null, "updatedAt",
                false)));
    }

    private ListPage proposalsListPage() throws Exception {
        return inTransaction(() -> {
            StatementCounter.start();
            int statements;
            long total;
            List<ProposalRow> rows;
            try {
                total = proposals.count(ProposalQuery.all());
                rows = proposals.page(ProposalQuery.all(), 0, 20);
            } finally {
                statements = StatementCounter.stop();
            }
            return new ListPage(total, rows.size(), statements);
        });
    }

    record ListPage(long total, int rows, int statements) {
    }

    // ---- the state every request checks ------------------------------------------------------------------------

    @Test
    void callerStateReadsWhetherTheAccountIsEnabledAndItsUnreadNotificationsInOneStatement() throws Exception {
        String username = "it-caller-" + run;
        long userId = inTransaction(() -> persist(new AppUser(username, "Caller State", "caller@example.org",
                "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", EnumSet.of(Role.STAFF), null, T0)).getId());
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO notification (recipient, item_key, subject, body, created_at, read_at) "
                        + "VALUES (?, ?, 'Subject', 'Body', now(), ?)")) {
            for (int i = 0; i < 3; i++) {
                insert.setString(1, username);
                insert.setString(2, "caller-state-" + i);
                insert.setObject(3, i == 0 ? Timestamp.from(T0) : null);
                insert.executeUpdate();
            }
        }

        StatementCounter.start();
        CallerState state = callers.state(username);
        assertEquals(1, StatementCounter.stop(), "one statement");
        assertEquals(new CallerState(true, 2), state, "enabled, two of three unread");

        inTransaction(() -> {
            em.find(AppUser.class, userId).setEnabled(false);
            return null;
        });
        assertEquals(new CallerState(false, 2), callers.state(username));
        assertEquals(CallerState.UNKNOWN, callers.state("no-such-user-" + run), "someone who is not a user");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception | Error e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }

    /** Persists and flushes, so that the id is known (identity columns). */
    private <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    private int organisations;

    private Organisation organisation(OrganisationType type) {
        organisations++;
        return new Organisation("Test " + type.label() + " " + run + "/" + organisations,
                "GB-TEST-" + run + "-" + organisations, type, T0);
    }

    private Fund fund() {
        Organisation funder = persist(organisation(OrganisationType.FUNDER));
        return new Fund(funder, "F-" + run + "-" + organisations, "Test fund " + run, null);
    }

    private static ProposalDetails details(String title, int months) {
        return new ProposalDetails(title, new BigDecimal("125000.50"), "GBP", months, "A summary",
                LocalDate.of(2026, 9, 1), false);
    }

    /** A proposal taken through every step to "Awarded", persisted; in the current transaction. */
    private Proposal awardedProposal(int months) {
        Proposal proposal = Proposal.draft(details("Awarded " + run, months),
                persist(organisation(OrganisationType.GRANTEE)), persist(fund()), "staff", T0);
        ProposalStatus[] steps = {ProposalStatus.EXPRESSION_OF_INTEREST, ProposalStatus.INVITED,
            ProposalStatus.FULL_APPLICATION, ProposalStatus.UNDER_REVIEW, ProposalStatus.AWARDED};
        for (int i = 0; i < steps.length; i++) {
            proposal.moveTo(steps[i], "staff", T0.plus(i + 1, ChronoUnit.DAYS), null);
        }
        return persist(proposal);
    }

    /** A grant with a unique identifier, persisted; in the current transaction. */
    private Grant grant() {
        return persist(Grant.award(awardedProposal(24), "360G-it-" + run + "-" + organisations,
                new Award(new BigDecimal("50000.00"), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 1), 24),
                "staff", 30, T0));
    }

    private static void assertStep(ProposalStatusChange step, ProposalStatus from, ProposalStatus to, String by,
            Instant at, String comment) {
        assertEquals(from, step.getFromStatus());
        assertEquals(to, step.getToStatus());
        assertEquals(by, step.getChangedBy());
        assertEquals(at, step.getChangedAt());
        assertEquals(comment, step.getComment());
    }

    private static void assertPeriod(ReportingPeriod period, int sequence, String name, LocalDate start,
            LocalDate end) {
        assertEquals(sequence, period.getSequenceNo());
        assertEquals(name, period.getName());
        assertEquals(start, period.getStartDate());
        assertEquals(end, period.getEndDate());
        assertEquals(end.plusDays(30), period.getReportDueDate());
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String chain(Throwable failure) {
        List<String> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            chain.add(cause.getClass().getName() + ": " + cause.getMessage());
        }
        return String.join(" <- ", chain);
    }

    private static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String rest = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + rest;
    }

    private static void execute(DataSource target, String sql) throws SQLException {
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(DataSource target, String sql) throws SQLException {
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<String> tables(DataSource target) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = 'public' ORDER BY table_name")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }
}
