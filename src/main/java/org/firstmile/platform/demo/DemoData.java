package org.firstmile.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstmile.grant.model.Award;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.grant.service.GrantNumbering;
import org.firstmile.identity.model.AppUser;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.PasswordHashing;
import org.firstmile.milestone.model.Milestone;
import org.firstmile.milestone.model.MilestoneChange;
import org.firstmile.milestone.model.MilestoneStatus;
import org.firstmile.organisation.model.Fund;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.outcome.model.ActualSource;
import org.firstmile.outcome.model.OutcomeActual;
import org.firstmile.outcome.model.OutcomeIndicator;
import org.firstmile.partner.model.Narrative;
import org.firstmile.partner.model.PartnerProgramme;
import org.firstmile.partner.model.PartnerUpdate;
import org.firstmile.platform.persistence.FirstMileDataSource;
import org.firstmile.platform.persistence.StartupLock;
import org.firstmile.proposal.model.Proposal;
import org.firstmile.proposal.model.ProposalDetails;
import org.firstmile.proposal.model.ProposalStatus;

/**
 * The demo data set: The Relationships Project's grant from the National Lottery Community Fund's Bringing People
 * Together Fund, from the public seed text. Loaded only when {@code firstmile.demo-data=true} (the run command and
 * the tests) and only into an empty database, once however many instances start on it at the same time. Names are
 * real; dates and figures are samples, placed around today so that the grant is in its second year: some milestones
 * done, some due soon, one overdue.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    /** Demo logins, printed by the run command and listed in the README. Never present outside the demo set. */
    public static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("staff", "staff-demo-2026", Role.STAFF, "Programme staff"),
            new DemoLogin("admin", "admin-demo-2026", Role.ADMIN, "Administrator"),
            new DemoLogin("funder", "funder-demo-2026", Role.FUNDER, "Funder (grant officer)"),
            new DemoLogin("partner", "partner-demo-2026", Role.PARTNER, "Partner (The Roots Programme)"));

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = FirstMileDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing hashing;

    @Inject
    GrantNumbering numbering;

    @Inject
    @ConfigProperty(name = "firstmile.demo-data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void loadIntoEmptyDatabase() {
        if (!enabled || StartupLock.alreadyDone(dataSource, "demo data",
                "SELECT EXISTS (SELECT 1 FROM organisation)")) {
            return;
        }
        StartupLock.hold(em, "demo data");
        long organisations = em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult();
        if (organisations > 0) {
            return;
        }
        load();
        LOG.info("Loaded the demo data set (sample data)");
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        Organisation nlcf = persist(new Organisation("The National Lottery Community Fund", "GB-GOR-PB188",
                OrganisationType.FUNDER, clock.instant()));
        Organisation trp = persist(new Organisation("The Relationships Project", "GB-SAMPLE-TRP",
                OrganisationType.GRANTEE, clock.instant()));
        Organisation roots = persist(new Organisation("The Roots Programme", "GB-SAMPLE-ROOTS",
                OrganisationType.PARTNER, clock.instant()));
        Organisation samuelCentre = persist(new Organisation("Samuel Centre for Social Connectedness",
                "GB-SAMPLE-SCSC", OrganisationType.PARTNER, clock.instant()));
        Fund bptf = persist(new Fund(nlcf, "BPTF", "Bringing People Together Fund",
                "https://www.tnlcommunityfund.org.uk/funding/programmes/bringing-people-together"));

        users(nlcf, trp, roots);

        LocalDate grantStart = today.withDayOfMonth(1).minusMonths(14);
        Proposal proposal = Proposal.draft(new ProposalDetails(
                "Building a Relationships Collective: an infrastructure for relationships",
                new BigDecimal("349500.00"), "GBP", 24,
                "A two-year project to design, test and build the infrastructure that shared learning and "
                        + "collaboration in relationship-centred practice need: a world where relationships are the "
                        + "first mile, not the extra one. Builds on Through Thick and Thin (conversations with over "
                        + "100 people, late 2020 to early 2021). The proposal was published in the open in July 2021.",
                grantStart, true), trp, bptf, "staff", at(grantStart.minusMonths(9), zone));
        em.persist(proposal);
        step(proposal, ProposalStatus.EXPRESSION_OF_INTEREST, grantStart.minusMonths(8), zone,
                "Expression of interest submitted and published in the open");
        step(proposal, ProposalStatus.INVITED, grantStart.minusMonths(6), zone, "Invited to a full application");
        step(proposal, ProposalStatus.FULL_APPLICATION, grantStart.minusMonths(5), zone, "Full application sent");
        step(proposal, ProposalStatus.UNDER_REVIEW, grantStart.minusMonths(4), zone, "Assessment visit held");
        step(proposal, ProposalStatus.AWARDED, grantStart.minusMonths(2), zone, "Award letter received");

        Grant grant = Grant.award(proposal, numbering.nextIdentifier(), new Award(new BigDecimal("349500.00"),
                grantStart.minusMonths(2), grantStart, 24), "staff", numbering.reportDueDays(),
                at(grantStart.minusMonths(2), zone));
        em.persist(grant);
        milestones(grant, grantStart, today, zone);
        partners(grant, roots, samuelCentre, zone);
        outcomes(grant, zone);
        FinanceDemoData.load(em, grant, clock);
        ReportDemoData.load(em, grant, clock);

        Proposal academy = Proposal.draft(new ProposalDetails("The Relationships Academy: pilot year",
                new BigDecimal("120000.00"), "GBP", 12, "Design and pilot learning for relationship-centred "
                        + "practice, turning knowledge into action on the ground.", today.plusMonths(6), false),
                trp, bptf, "staff", at(today.minusDays(20), zone));
        em.persist(academy);
        Proposal glossary = Proposal.draft(new ProposalDetails("Relational phrases in public services",
                new BigDecimal("45000.00"), "GBP", 9, "Test the glossary of relational phrases with councils "
                        + "and health partners.", today.plusMonths(3), false),
                trp, bptf, "staff", at(today.minusDays(45), zone));
        em.persist(glossary);
        step(glossary, ProposalStatus.EXPRESSION_OF_INTEREST, today.minusDays(30), zone,
                "Expression of interest submitted");
    }

    private void users(Organisation nlcf, Organisation trp, Organisation roots) {
        for (DemoLogin login : LOGINS) {
            Organisation organisation = switch (login.role()) {
                case FUNDER -> nlcf;
                case PARTNER -> roots;
                case ADMIN, STAFF -> trp;
            };
            EnumSet<Role> roles = login.role() == Role.ADMIN ? EnumSet.of(Role.ADMIN, Role.STAFF)
                    : EnumSet.of(login.role());
            // example.org is reserved for examples: the demo's reminders show in the outbox, and go nowhere.
            em.persist(new AppUser(login.username(), "Demo " + login.description().toLowerCase(),
                    login.username() + "@example.org",
                    hashing.hash(login.password().toCharArray()), roles, organisation, clock.instant()));
        }
    }

    private void milestones(Grant grant, LocalDate start, LocalDate today, ZoneId zone) {
        Milestone collective = plan(grant, "Recruit the Relationships Collective", "Bring together the people and "
                + "organisations who will shape the infrastructure.", start.plusMonths(3), "Programme lead", zone);
        done(collective, start.plusMonths(3).minusDays(9), zone, "Collective recruited: first meeting held.");
        Milestone glossary = plan(grant, "Publish a glossary of relational phrases", "A shared language for "
                + "relationship-centred practice.", start.plusMonths(7), "Research lead", zone);
        done(glossary, start.plusMonths(7).plusDays(3), zone, "Published; twenty of us discussed it on Zoom.");
        Milestone yearOne = plan(grant, "Publish the year-one account", "From recruiting the Relationships "
                + "Collective to the first learning events.", start.plusMonths(13), "Programme lead", zone);
        done(yearOne, start.plusMonths(13).minusDays(5), zone, "Year-one account published.");
        Milestone library = plan(grant, "Build a Pattern Library for Relationship-Centred Practice", "With a Samuel "
                + "Centre for Social Connectedness fellow.", today.minusDays(10), "Research lead", zone);
        library.record(new MilestoneChange(MilestoneStatus.IN_PROGRESS, null, null, null,
                "First twelve patterns drafted."), "staff", at(today.minusDays(40), zone), today.minusDays(40));
        Milestone academy = plan(grant, "Design the Relationships Academy", "Why, what and how: respond to the "
                + "demand for knowledge about relationship-centred practice.", today.plusDays(20), "Programme lead",
                zone);
        academy.record(new MilestoneChange(MilestoneStatus.AT_RISK, null, null, null,
                "Design sessions moved: two partners unavailable this month."), "staff", at(today.minusDays(3), zone),
                today.minusDays(3));
        plan(grant, "Hold a learning exchange with The Roots Programme", "Bridge gaps and create lasting "
                + "relationships through cultural exchange.", today.plusDays(45), "Partnerships lead", zone);
        plan(grant, "Publish \u201cTwo years of bringing people together\u201d", "The closing account of the "
                + "grant.", grant.getPlannedEnd(), "Programme lead", zone);
    }

    private void partners(Grant grant, Organisation roots, Organisation samuelCentre, ZoneId zone) {
        PartnerProgramme rootsProgramme = persist(new PartnerProgramme(grant, roots, "The Roots Programme",
                "Programmes that bridge gaps, transcend social bubbles and create lasting relationships through "
                        + "cultural exchange.", clock.instant()));
        persist(new PartnerProgramme(grant, samuelCentre, "Pattern Library fellowship", "A fellow of the Samuel "
                + "Centre for Social Connectedness builds the Pattern Library with the Collective.", clock.instant()));
        ReportingPeriod yearOne = grant.getPeriods().get(0);
        Instant written = at(yearOne.getEndDate().plusDays(10), zone);
        PartnerUpdate update = PartnerUpdate.start(rootsProgramme, yearOne, "partner", written);
        update.write(new Narrative("Three cultural exchanges brought young people from different backgrounds "
                + "together over shared meals and music.", "Participants planned the second and third exchanges "
                + "themselves.", "140 people took part; 38 stayed in touch after six months.", "Small groups "
                + "of eight worked better than large events.", "Next year we run exchanges in two more towns."));
        update.submit("partner", written);
        update.accept("staff", at(yearOne.getEndDate().plusDays(20), zone));
        em.persist(update);
    }

    /** Sample targets and actuals: year one is reported, year two is under way. */
    private void outcomes(Grant grant, ZoneId zone) {
        ReportingPeriod yearOne = grant.getPeriods().get(0);
        ReportingPeriod yearTwo = grant.getPeriods().get(1);
        Instant defined = at(grant.getPlannedStart(), zone);
        Instant reported = at(yearOne.getEndDate().plusDays(14), zone);
        OutcomeIndicator people = indicator(grant, "People brought together", "people", "People taking part in the "
                + "Collective, the Academy and learning exchanges.", yearOne, "400", yearTwo, "600", defined);
        actual(people, yearOne, "455", "Counted from event registers; see the year-one account.", reported);
        actual(people, yearTwo, "262", "So far this year.", at(yearTwo.getStartDate().plusMonths(2), zone));
        OutcomeIndicator sessions = indicator(grant, "Learning sessions held", "sessions", "Academy sessions and "
                + "learning exchanges, online or in person.", yearOne, "12", yearTwo, "18", defined.plusSeconds(60));
        actual(sessions, yearOne, "11", "One session moved into year two.", reported);
        actual(sessions, yearTwo, "7", "So far this year.", at(yearTwo.getStartDate().plusMonths(2), zone));
    }

    private OutcomeIndicator indicator(Grant grant, String name, String unit, String description,
            ReportingPeriod first, String firstTarget, ReportingPeriod second, String secondTarget, Instant at) {
        Map<ReportingPeriod, BigDecimal> targets = new LinkedHashMap<>();
        targets.put(first, new BigDecimal(firstTarget));
        targets.put(second, new BigDecimal(secondTarget));
        return persist(OutcomeIndicator.define(grant, name, unit, description, targets, at));
    }

    private void actual(OutcomeIndicator indicator, ReportingPeriod period, String value, String note, Instant at) {
        persist(OutcomeActual.record(indicator, period, ActualSource.STAFF, new BigDecimal(value), note, "staff",
                at));
    }

    private Milestone plan(Grant grant, String title, String description, LocalDate due, String owner, ZoneId zone) {
        Instant planned = at(grant.getPlannedStart(), zone);
        Milestone milestone = Milestone.plan(grant, title, description, due, owner, "staff", planned);
        em.persist(milestone);
        return milestone;
    }

    private static void done(Milestone milestone, LocalDate on, ZoneId zone, String note) {
        milestone.record(new MilestoneChange(MilestoneStatus.DONE, null, on, null, note), "staff", at(on, zone), on);
    }

    private static void step(Proposal proposal, ProposalStatus to, LocalDate on, ZoneId zone, String comment) {
        proposal.moveTo(to, "staff", at(on, zone), comment);
    }

    private static Instant at(LocalDate day, ZoneId zone) {
        return day.atTime(10, 0).atZone(zone).toInstant();
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    /** A demo sign-in: username, password, main role and what the role does. */
    public record DemoLogin(String username, String password, Role role, String description) {
    }
}
