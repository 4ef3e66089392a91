package org.firstmile.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.firstmile.identity.model.Role;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.Choice;
import org.firstmile.organisation.service.OrganisationService;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.proposal.service.ProposalForm;
import org.firstmile.proposal.service.ProposalService;
import org.firstmile.testsupport.Deployments.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation pickers (the proposal form's applicant, the users page's organisation) ask the database for the
 * first matches of what a person types, instead of listing every organisation in the page; the id a picker submits
 * is read back from the database, and a proposal's applicant must be a grantee whatever the page sent.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationPickerIT {

    @EJB
    OrganisationService organisations;

    @EJB
    ProposalService proposals;

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
    void staffFindGranteesByPartOfTheNameOrTheOrgIdTheFirstTwentyByName() throws Exception {
        for (int n = 25; n >= 1; n--) {
            organisation(String.format("Picker %s %02d", run, n), String.format("GB-PICK-%s-%02d", run, n),
                    OrganisationType.GRANTEE);
        }
        Organisation funder = organisation("Picker " + run + " funder", "GB-PICK-" + run + "-F",
                OrganisationType.FUNDER);

        List<Choice> grantees = organisations.pick(OrganisationType.GRANTEE, "PICKER " + run);
        assertEquals(OrganisationService.PICK_LIMIT, grantees.size());
        assertEquals(String.format("Picker %s 01 (GB-PICK-%s-01)", run, run), grantees.get(0).label());
        assertEquals(String.format("Picker %s 20 (GB-PICK-%s-20)", run, run), grantees.get(19).label());
        assertTrue(grantees.stream().noneMatch(c -> c.id().equals(funder.getId())), "a funder is no applicant");

        assertEquals(List.of("Picker " + run + " 07 (GB-PICK-" + run + "-07)"),
                labels(organisations.pick(OrganisationType.GRANTEE, " gb-pick-" + run + "-07 ")), "by org-id");
        assertEquals(List.of("Picker " + run + " funder (GB-PICK-" + run + "-F)"),
                labels(organisations.pick(null, run + " fun")), "any part");
        assertEquals(OrganisationService.PICK_LIMIT, organisations.pick(null, "").size(), "blank: the first by name");
    }

    @Test
    void percentAndUnderscoreAreMatchedAsTheCharactersTyped() throws Exception {
        Organisation full = organisation("Picker " + run + " 100%_done", "GB-PICK-" + run + "-P",
                OrganisationType.GRANTEE);
        organisation("Picker " + run + " 1000 done", "GB-PICK-" + run + "-Q", OrganisationType.GRANTEE);

        assertEquals(List.of(full.getId()), ids(organisations.pick(OrganisationType.GRANTEE, run + " 100%_")));
        assertEquals(List.of(), organisations.pick(OrganisationType.GRANTEE, run + " 10_0"));
        assertEquals(List.of(), organisations.pick(OrganisationType.GRANTEE, run + " %"));
    }

    @Test
    void theSubmittedIdIsReadBackOnlyForAnOrganisationOfThePickersPart() throws Exception {
        Organisation grantee = organisation("Picker " + run + " grantee", "GB-PICK-" + run + "-G",
                OrganisationType.GRANTEE);
        Organisation funder = organisation("Picker " + run + " funder", "GB-PICK-" + run + "-F",
                OrganisationType.FUNDER);

        assertEquals(Optional.of(new Choice(grantee.getId(), "Picker " + run + " grantee (GB-PICK-" + run + "-G)")),
                organisations.picked(grantee.getId(), OrganisationType.GRANTEE));
        assertEquals(Optional.empty(), organisations.picked(funder.getId(), OrganisationType.GRANTEE));
        assertEquals(funder.getId(), organisations.picked(funder.getId(), null).orElseThrow().id());
        assertEquals(Optional.empty(), organisations.picked(Long.MAX_VALUE, null));
    }

    @Test
    void aProposalWhoseApplicantIsNotAGranteeIsRefusedAndNothingIsStored() throws Exception {
        Organisation funder = organisation("Picker " + run + " funder", "GB-PICK-" + run + "-F",
                OrganisationType.FUNDER);
        ProposalForm form = new ProposalForm();
        form.setTitle("Applied by a funder " + run);
        form.setApplicantId(funder.getId());
        form.setFundId(em.createQuery("SELECT f.id FROM Fund f ORDER BY f.id", Long.class).setMaxResults(1)
                .getSingleResult());
        form.setAmountRequested(new BigDecimal("1000.00"));
        form.setDurationMonths(12);

        BusinessException refused = assertThrows(BusinessException.class, () -> proposals.create(form));

        assertTrue(refused.getMessage().contains("is not a grantee"), refused.getMessage());
        assertEquals(0L, em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.title = :title", Long.class)
                .setParameter("title", "Applied by a funder " + run).getSingleResult());
    }

    @Test
    void administratorsPickToo() {
        InContainer.signInAs(Role.ADMIN);
        assertTrue(!organisations.pick(null, null).isEmpty(), "every organisation, the first by name");
    }

    @Test
    void fundersAndPartnersAreRefusedThePickers() throws Exception {
        Organisation grantee = organisation("Picker " + run + " grantee", "GB-PICK-" + run + "-G",
                OrganisationType.GRANTEE);
        for (Role role : List.of(Role.FUNDER, Role.PARTNER)) {
            request.logout();
            InContainer.signInAs(role);
            assertThrows(EJBAccessException.class, () -> organisations.pick(null, "picker"), role + " pick");
            assertThrows(EJBAccessException.class, () -> organisations.picked(grantee.getId(), null),
                    role + " picked");
        }
    }

    private Organisation organisation(String name, String orgId, OrganisationType type) throws Exception {
        transaction.begin();
        Organisation organisation = new Organisation(name, orgId, type, Instant.now());
        em.persist(organisation);
        transaction.commit();
        return organisation;
    }

    private static List<String> labels(List<Choice> choices) {
        return choices.stream().map(Choice::label).toList();
    }

    private static List<Long> ids(List<Choice> choices) {
        return choices.stream().map(Choice::id).toList();
    }
}
