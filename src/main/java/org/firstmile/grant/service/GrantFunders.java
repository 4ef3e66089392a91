package org.firstmile.grant.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Which funders a grant answers to: the funder of its fund and its co-funders. Holds no access rule of its own; the
 * funder portal and the reports service ask here before they show a funder anything of a grant.
 */
@ApplicationScoped
public class GrantFunders {

    /** The JPQL condition "organisation :funder funds grant g", for queries that list a funder's grants. */
    public static final String FUNDED_BY = "(g.fund.funder.id = :funder OR EXISTS (SELECT c.id FROM CoFunder c "
            + "WHERE c.grant = g AND c.funder.id = :funder))";

    /**
     * The same condition for the signed-in person, "the organisation of user :caller funds grant g", so that a query
     * needs no separate look-up of the caller's organisation.
     */
    public static final String FUNDED_BY_CALLER = "EXISTS (SELECT u.id FROM AppUser u WHERE u.username = :caller "
            + "AND (u.organisation = g.fund.funder OR EXISTS (SELECT c.id FROM CoFunder c WHERE c.grant = g "
            + "AND c.funder = u.organisation)))";

    @PersistenceContext
    EntityManager em;

    /** Whether the organisation funds or co-funds the grant; false for no organisation. */
    public boolean funds(long grantId, Long organisationId) {
        if (organisationId == null) {
            return false;
        }
        return em.createQuery("SELECT COUNT(g) FROM Grant g WHERE g.id = :grant AND " + FUNDED_BY, Long.class)
                .setParameter("grant", grantId).setParameter("funder", organisationId).getSingleResult() > 0;
    }
}
