package org.firstmile.organisation.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.firstmile.identity.model.Role;
import org.firstmile.organisation.model.OrganisationType;

/** Reads organisations and funds for the forms that refer to them. */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class OrganisationService {

    @PersistenceContext
    EntityManager em;

    public List<Choice> choices(OrganisationType type) {
        return em.createQuery("SELECT NEW org.firstmile.organisation.service.Choice(o.id, o.name) FROM Organisation o "
                + "WHERE o.type = :type ORDER BY o.name", Choice.class).setParameter("type", type).getResultList();
    }

    public List<Choice> fundChoices() {
        return em.createQuery("SELECT NEW org.firstmile.organisation.service.Choice(f.id, CONCAT(f.title, ' (', "
                + "o.name, ')')) FROM Fund f JOIN f.funder o ORDER BY f.title", Choice.class).getResultList();
    }
}
