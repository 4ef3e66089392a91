package org.firstmile.partner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.UserAdminService;
import org.firstmile.identity.service.UserForm;
import org.firstmile.outcome.service.IndicatorForm;
import org.firstmile.outcome.service.OutcomeService;
import org.firstmile.partner.model.EvidenceFile;
import org.firstmile.partner.model.PartnerProgramme;
import org.firstmile.partner.model.PartnerUpdate;
import org.firstmile.partner.service.EvidenceService;
import org.firstmile.partner.service.NarrativeForm;
import org.firstmile.partner.service.PartnerPortalService;
import org.firstmile.partner.service.PartnerReviewService;
import org.firstmile.partner.service.ReportingRow;
import org.firstmile.partner.service.ReviewQuery;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.testsupport.Deployments;
import org.firstmile.testsupport.Deployments.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A partner sees only their own organisation's programmes, updates and evidence: every guessed id of another
 * partner's record is answered as not found, funders are refused outright, and staff see everything. Evidence is
 * checked by content, size and SHA-256. Runs inside Payara Micro against the demo data set.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerScopingIT {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    @EJB
    PartnerPortalService portal;

    @EJB
    PartnerReviewService review;

    @EJB
    EvidenceService evidence;

    @EJB
    UserAdminService users;

    @EJB
    OutcomeService outcomes;

    @Inject
    HttpServletRequest request;

    @PersistenceContext
    EntityManager em;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void partnerOfAnotherOrganisationFindsNothingOfTheRootsProgrammeWhateverIdTheyTry() throws Exception {
        String otherPartner = otherPartnerUser();
        signInAgain("partner", "partner-demo-2026");
        PartnerProgramme roots = programme("The Roots Programme");
        long periodId = yearTwo(roots);
        PartnerUpdate draft = portal.saveDraft(roots.getId(), periodId, currentVersion(roots.getId(), periodId),
                narrative("Roots draft " + run));
        EvidenceFile file = portal.attach(draft.getId(), "roots-" + run + ".pdf", new ByteArrayInputStream(PDF));

        signInAgain(otherPartner, "other-partner-" + run);
        List<ReportingRow> mine = portal.myReporting();
        assertTrue(mine.stream().allMatch(row -> row.programmeName().equals("Pattern Library fellowship")),
                "only the Samuel Centre's own programme: " + mine);
        assertThrows(NotFoundException.class, () -> portal.open(roots.getId(), periodId));
        assertThrows(NotFoundException.class, () -> portal.saveDraft(roots.getId(), periodId, null,
                narrative("Overwritten by another partner")));
        assertThrows(NotFoundException.class, () -> portal.revise(draft.getId()));
        assertThrows(NotFoundException.class, () -> portal.attach(draft.getId(), "x.pdf",
                new ByteArrayInputStream(PDF)));
        assertThrows(NotFoundException.class, () -> evidence.open(file.getId()));
        assertThrows(EJBAccessException.class, () -> review.countReporting(ReviewQuery.all()));
        assertThrows(EJBAccessException.class, () -> review.reportingPage(ReviewQuery.all(), 0, 20));
        assertThrows(EJBAccessException.class, () -> review.reportingSummary());
        assertThrows(EJBAccessException.class, () -> review.accept(draft.getId(), 0));

        signInAgain("staff", "staff-demo-2026");
        assertArrayEquals(PDF, evidence.open(file.getId()).bytes());
        assertEquals("Roots draft " + run, review.get(draft.getId()).getNarrative().getStory());
    }

    @Test
    void anIndicatorOfOneProgrammeIsReportedByThatProgrammesPartnerOnly() throws Exception {
        String otherPartner = otherPartnerUser();
        signInAgain("staff", "staff-demo-2026");
        PartnerProgramme roots = programme("The Roots Programme");
        PartnerProgramme fellowship = programme("Pattern Library fellowship");
        long grantId = roots.getGrant().getId();
        IndicatorForm form = IndicatorForm.forPeriods(outcomes.periods(grantId));
        form.setName("Patterns written " + run);
        form.setUnit("patterns");
        form.setProgrammeId(fellowship.getId());
        form.getTargets().forEach(target -> target.setTarget(BigDecimal.TEN));
        long indicatorId = outcomes.define(grantId, form).getId();

        IndicatorForm elsewhere = IndicatorForm.forPeriods(outcomes.periods(grantId));
        elsewhere.setName("Not of this grant " + run);
        elsewhere.setUnit("things");
        elsewhere.setProgrammeId(Long.MAX_VALUE);
        elsewhere.getTargets().forEach(target -> target.setTarget(BigDecimal.TEN));
        assertThrows(BusinessException.class, () -> outcomes.define(grantId, elsewhere));

        signInAgain("partner", "partner-demo-2026");
        assertTrue(portal.open(roots.getId(), yearTwo(roots)).indicators().stream()
                .noneMatch(i -> i.getId() == indicatorId), "the Roots partner does not report it");
        signInAgain(otherPartner, "other-partner-" + run);
        assertTrue(portal.open(fellowship.getId(), yearTwo(fellowship)).indicators().stream()
                .anyMatch(i -> i.getId() == indicatorId), "the fellowship's partner does");
    }

    @Test
    void funderIsRefusedThePortalTheReviewAndTheEvidence() {
        InContainer.signInAs(Role.FUNDER);
        assertThrows(EJBAccessException.class, () -> portal.myReporting());
        assertThrows(EJBAccessException.class, () -> portal.open(1L, 1L));
        assertThrows(EJBAccessException.class, () -> review.countReporting(ReviewQuery.all()));
        assertThrows(EJBAccessException.class, () -> review.reportingPage(ReviewQuery.all(), 0, 20));
        assertThrows(EJBAccessException.class, () -> review.reportingSummary());
        assertThrows(EJBAccessException.class, () -> evidence.open(1L));
    }

    @Test
    void evidenceIsRefusedWhenItIsNotAnAcceptedTypeOrTooLargeOrHasAPathInItsName() throws Exception {
        InContainer.signInAs(Role.PARTNER);
        PartnerProgramme roots = programme("The Roots Programme");
        long periodId = yearTwo(roots);
        PartnerUpdate draft = portal.saveDraft(roots.getId(), periodId, currentVersion(roots.getId(), periodId),
                narrative("Evidence checks " + run));

        BusinessException script = assertThrows(BusinessException.class, () -> portal.attach(draft.getId(),
                "report.pdf", new ByteArrayInputStream("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))));
        assertTrue(script.getMessage().contains("is not a file type"), script.getMessage());
        BusinessException traversal = assertThrows(BusinessException.class, () -> portal.attach(draft.getId(),
                "../../etc/passwd", new ByteArrayInputStream(PDF)));
        assertTrue(traversal.getMessage().contains("slashes"), traversal.getMessage());
        BusinessException large = assertThrows(BusinessException.class, () -> portal.attach(draft.getId(),
                "huge.pdf", oversized()));
        assertTrue(large.getMessage().contains("larger than 10 MB"), large.getMessage());
    }

    @Test
    void aStoredFileWhoseBytesChangedOnDiskIsNotHandedOut() throws Exception {
        InContainer.signInAs(Role.PARTNER);
        PartnerProgramme roots = programme("The Roots Programme");
        long periodId = yearTwo(roots);
        PartnerUpdate draft = portal.saveDraft(roots.getId(), periodId, currentVersion(roots.getId(), periodId),
                narrative("Tamper check " + run));
        EvidenceFile file = portal.attach(draft.getId(), "tamper-" + run + ".pdf", new ByteArrayInputStream(PDF));
        String key = em.createQuery("SELECT e.storageKey FROM EvidenceFile e WHERE e.id = :id", String.class)
                .setParameter("id", file.getId()).getSingleResult();
        Files.writeString(Path.of(System.getenv("FIRSTMILE_EVIDENCE_DIR"), key), "%PDF-1.4 changed");

        EJBException refused = assertThrows(EJBException.class, () -> evidence.open(file.getId()));
        assertTrue(refused.getCause() instanceof IllegalStateException, String.valueOf(refused.getCause()));
        assertTrue(refused.getCause().getMessage().contains("does not match its SHA-256"));
    }

    private String otherPartnerUser() {
        InContainer.signInAs(Role.ADMIN);
        Long samuelCentre = em.createQuery("SELECT o.id FROM Organisation o WHERE o.orgId = 'GB-SAMPLE-SCSC'",
                Long.class).getSingleResult();
        UserForm form = new UserForm();
        form.setUsername("it-other-partner-" + run);
        form.setDisplayName("Another partner");
        form.setRoles(new Role[] {Role.PARTNER});
        form.setOrganisationId(samuelCentre);
        form.setPassword("other-partner-" + run);
        users.create(form);
        return form.getUsername();
    }

    private void signInAgain(String username, String password) throws Exception {
        request.logout();
        InContainer.signIn(username, password);
    }

    private PartnerProgramme programme(String name) {
        return em.createQuery("SELECT p FROM PartnerProgramme p WHERE p.name = :name", PartnerProgramme.class)
                .setParameter("name", name).getSingleResult();
    }

    private long yearTwo(PartnerProgramme programme) {
        return em.createQuery("SELECT rp.id FROM ReportingPeriod rp WHERE rp.grant = :grant AND rp.sequenceNo = 2",
                Long.class).setParameter("grant", programme.getGrant()).getSingleResult();
    }

    /** The version of the latest draft, or null when no update was started; the tests share the demo programme. */
    private Integer currentVersion(long programmeId, long periodId) {
        return portal.open(programmeId, periodId).latest().filter(PartnerUpdate::isDraft)
                .map(PartnerUpdate::getVersion).orElse(null);
    }

    private static NarrativeForm narrative(String story) {
        NarrativeForm form = new NarrativeForm();
        form.setStory(story);
        return form;
    }

    private static InputStream oversized() {
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        return new ByteArrayInputStream(large);
    }
}
