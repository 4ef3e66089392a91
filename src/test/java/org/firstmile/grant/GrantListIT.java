package org.firstmile.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.service.GrantQuery;
import org.firstmile.grant.service.GrantService;
import org.firstmile.grant.service.GrantSummary;
import org.firstmile.identity.model.Role;
import org.firstmile.platform.persistence.StatementCounter;
import org.firstmile.proposal.service.ProposalService;
import org.firstmile.testsupport.Deployments.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The grants page reads one page at a time: a count and a page query, filtered by title, recipient and fund,
 * sorted by a listed column with the id breaking ties. Staff and administrators only.
 */
@ExtendWith(ArquillianExtension.class)
class GrantListIT {

    @EJB
    GrantService grants;

    @EJB
    ProposalService proposals;

    @PersistenceContext
    EntityManager em;

    @Inject
    HttpServletRequest request;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void staffCountFilterSortAndPageTheGrants() {
        InContainer.signInAs(Role.STAFF);
        long fund = em.createQuery("SELECT f.id FROM Fund f WHERE f.code = 'BPTF'", Long.class).getSingleResult();
        LocalDate start = LocalDate.now().minusMonths(2);
        for (String name : List.of("Cedar", "Alder", "Birch", "Elm", "Damson")) {
            InContainer.awardedGrant(proposals, em, "Grants list " + run + " " + name, fund, start, start);
            start = start.plusDays(1);
        }
        GrantQuery mine = new GrantQuery(run, null, null, null, false);

        assertEquals(5, grants.count(mine));
        assertEquals(List.of("Damson", "Elm", "Birch", "Alder", "Cedar"), names(grants.page(mine, 0, 20)),
                "by default the latest to start first");
        assertEquals(List.of("Alder", "Birch"), names(grants.page(sorted("title", true), 0, 2)));
        assertEquals(List.of("Cedar", "Damson"), names(grants.page(sorted("title", true), 2, 2)));
        assertEquals(List.of("Elm"), names(grants.page(sorted("title", true), 4, 2)), "the last page holds the rest");
        assertEquals(List.of("Elm", "Damson"), names(grants.page(sorted("title", false), 0, 2)));
        assertEquals(names(grants.page(mine, 0, 20)), names(grants.page(sorted("id; DROP TABLE grant_award", false),
                0, 20)), "a column that is not listed sorts as the default");

        assertEquals(5, grants.count(new GrantQuery(run, "relationships PROJECT", "together", null, false)),
                "recipient and fund match any part, in any case");
        assertEquals(0, grants.count(new GrantQuery(run, "No such recipient", null, null, false)));
        assertEquals(0, grants.count(new GrantQuery(run, null, "No such fund", null, false)));
        assertEquals(0, grants.count(new GrantQuery(run + "%", null, null, null, false)), "a % is only a %");
        assertTrue(grants.count(GrantQuery.all()) > grants.count(mine), "the demo grant is counted too");
    }

    @Test
    void aPageIsACountAndOneQueryWhateverTheNumberOfGrants() {
        InContainer.signInAs(Role.STAFF);
        StatementCounter.start();
        int statements;
        try {
            grants.count(GrantQuery.all());
            grants.page(GrantQuery.all(), 0, 20);
        } finally {
            statements = StatementCounter.stop();
        }
        assertEquals(2, statements);
    }

    @Test
    void theGrantPageLinksToItsProposalWithoutLoadingIt() {
        InContainer.signInAs(Role.STAFF);
        long fund = em.createQuery("SELECT f.id FROM Fund f WHERE f.code = 'BPTF'", Long.class).getSingleResult();
        LocalDate start = LocalDate.now().minusMonths(2);
        Grant awarded = InContainer.awardedGrant(proposals, em, "Grant page " + run, fund, start, start);
        assertEquals(awarded.getProposal().getId(), awarded.getProposalId(), "set when the grant is awarded");

        StatementCounter.start();
        int statements;
        try {
            assertEquals(awarded.getProposal().getId(), grants.get(awarded.getId()).getProposalId());
        } finally {
            statements = StatementCounter.stop();
        }
        assertEquals(2, statements, "the grant with its recipient and fund, and its periods; not the proposal");
    }

    @Test
    void partnersAndFundersAreRefusedTheGrantsList() throws Exception {
        InContainer.signInAs(Role.PARTNER);
        assertThrows(EJBAccessException.class, () -> grants.count(GrantQuery.all()));
        assertThrows(EJBAccessException.class, () -> grants.page(GrantQuery.all(), 0, 20));
        request.logout();
        InContainer.signInAs(Role.FUNDER);
        assertThrows(EJBAccessException.class, () -> grants.page(GrantQuery.all(), 0, 20));
    }

    private GrantQuery sorted(String field, boolean ascending) {
        return new GrantQuery(run, null, null, field, ascending);
    }

    private List<String> names(List<GrantSummary> rows) {
        return rows.stream().map(row -> row.title().substring(("Grants list " + run + " ").length())).toList();
    }
}
