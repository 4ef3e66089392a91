package org.firstmile.grant.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.service.AuditTrail;
import org.firstmile.grant.model.CoFunder;
import org.firstmile.grant.model.Grant;
import org.firstmile.identity.model.Role;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.Choice;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.NotFoundException;

/**
 * Staff record which other funders co-fund a grant, so that one published report reaches every funder of the work
 * and each sees the grant, read-only, in the funder portal.
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class CoFundingService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<CoFunderRow> coFunders(long grantId) {
        return em.createQuery("SELECT NEW org.firstmile.grant.service.CoFunderRow(c.id, f.id, f.name, c.addedBy, "
                + "c.addedAt) FROM CoFunder c JOIN c.funder f WHERE c.grant.id = :grant ORDER BY f.name",
                CoFunderRow.class).setParameter("grant", grantId).getResultList();
    }

    /** Funder organisations that could be added: not the grant's own funder, not already co-funding. */
    public List<Choice> candidates(long grantId) {
        return em.createQuery("SELECT NEW org.firstmile.organisation.service.Choice(o.id, o.name) FROM Organisation o "
                + "WHERE o.type = :funder AND o.id <> (SELECT g.fund.funder.id FROM Grant g WHERE g.id = :grant) "
                + "AND NOT EXISTS (SELECT c.id FROM CoFunder c WHERE c.grant.id = :grant AND c.funder = o) "
                + "ORDER BY o.name", Choice.class).setParameter("funder", OrganisationType.FUNDER)
                .setParameter("grant", grantId).getResultList();
    }

    public CoFunder add(long grantId, Long funderId) {
        Grant grant = em.find(Grant.class, grantId);
        if (grant == null) {
            throw new NotFoundException("grant", grantId);
        }
        if (funderId == null) {
            throw new BusinessException("Choose the funder that co-funds this grant.");
        }
        Organisation funder = em.find(Organisation.class, funderId);
        if (funder == null) {
            throw new NotFoundException("organisation", funderId);
        }
        boolean already = coFunders(grantId).stream().anyMatch(row -> row.funderId().equals(funderId));
        if (already) {
            throw new BusinessException(funder.getName() + " already co-funds this grant.");
        }
        CoFunder coFunder = new CoFunder(grant, funder, session.getCallerPrincipal().getName(), clock.instant());
        em.persist(coFunder);
        audit.created(coFunder);
        return coFunder;
    }

    public void remove(long coFunderId) {
        CoFunder coFunder = em.find(CoFunder.class, coFunderId);
        if (coFunder == null) {
            throw new NotFoundException("co-funder", coFunderId);
        }
        audit.noted(coFunder.getGrant(), AuditAction.UPDATED, "Co-funder",
                coFunder.getFunder().getName() + " no longer co-funds this grant");
        em.remove(coFunder);
    }
}
