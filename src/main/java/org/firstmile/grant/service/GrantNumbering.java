package org.firstmile.grant.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands out 360Giving grant identifiers, {@code 360G-<prefix>-<n>}, from a database sequence so that several
 * instances never issue the same number. The prefix is the publisher's own, set by {@code firstmile.grant.id-prefix}.
 */
@ApplicationScoped
public class GrantNumbering {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "firstmile.grant.id-prefix", defaultValue = "firstmile")
    String prefix;

    @Inject
    @ConfigProperty(name = "firstmile.reporting.report-due-days", defaultValue = "30")
    int reportDueDays;

    public String nextIdentifier() {
        Number next = (Number) em.createNativeQuery("SELECT nextval('grant_number_seq')").getSingleResult();
        return "360G-" + prefix + "-" + next.longValue();
    }

    /** Days after a reporting period ends that its report is due. */
    public int reportDueDays() {
        return reportDueDays;
    }
}
