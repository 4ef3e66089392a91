package org.firstmile.organisation.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.service.AuditTrail;
import org.firstmile.identity.model.Role;
import org.firstmile.organisation.model.Fund;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.platform.persistence.Like;

/** Organisations and funds: staff read them for their forms; administrators add and change them. */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class OrganisationService {

    public static final int LIST_LIMIT = 1000;

    /** The most organisations a page of the organisations page holds, whatever a request asks for. */
    public static final int PAGE_LIMIT = 100;

    /** The most organisations a picker offers for what a person has typed. */
    public static final int PICK_LIMIT = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public List<Choice> choices(OrganisationType type) {
        return em.createQuery("SELECT NEW org.firstmile.organisation.service.Choice(o.id, o.name) FROM Organisation o "
                + "WHERE o.type = :type ORDER BY o.name", Choice.class).setParameter("type", type).getResultList();
    }

    /**
     * The organisations whose name or org-id contains the text (every one when it is blank), by name, at most
     * {@link #PICK_LIMIT}: the organisation pickers, where a person types part of a name and chooses. Only those of
     * {@code type} when it is given.
     */
    public List<Choice> pick(OrganisationType type, String text) {
        StringBuilder jpql = new StringBuilder("SELECT o.id, o.name, o.orgId FROM Organisation o WHERE 1 = 1");
        if (type != null) {
            jpql.append(" AND o.type = :type");
        }
        boolean hasText = text != null && !text.isBlank();
        if (hasText) {
            jpql.append(" AND (LOWER(o.name) LIKE :text OR LOWER(o.orgId) LIKE :text)");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.append(" ORDER BY o.name, o.id").toString(), Object[].class);
        if (type != null) {
            query.setParameter("type", type);
        }
        if (hasText) {
            query.setParameter("text", Like.containing(text));
        }
        return query.setMaxResults(PICK_LIMIT).getResultList().stream()
                .map(row -> Choice.organisation((Long) row[0], (String) row[1], (String) row[2])).toList();
    }

    /** The organisation with that id as a picker shows it, if it exists (and is of {@code type} when given). */
    public Optional<Choice> picked(long id, OrganisationType type) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null || (type != null && organisation.getType() != type)) {
            return Optional.empty();
        }
        return Optional.of(Choice.of(organisation));
    }

    public List<Choice> fundChoices() {
        return em.createQuery("SELECT NEW org.firstmile.organisation.service.Choice(f.id, CONCAT(f.title, ' (', "
                + "o.name, ')')) FROM Fund f JOIN f.funder o ORDER BY f.title", Choice.class).getResultList();
    }

    /** How many organisations match: the organisations page, which shows them a page at a time. */
    @RolesAllowed(Role.ADMIN_NAME)
    public long count(OrganisationQuery query) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM Organisation o" + query.where(), Long.class);
        query.bind(count);
        return count.getSingleResult();
    }

    /** The matching organisations from {@code first}, at most {@code size} (up to {@link #PAGE_LIMIT}). */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Organisation> page(OrganisationQuery query, int first, int size) {
        TypedQuery<Organisation> page = em.createQuery("SELECT o FROM Organisation o" + query.where()
                + query.orderBy(), Organisation.class);
        query.bind(page);
        return page.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), PAGE_LIMIT))
                .getResultList();
    }

    /** One organisation, to edit. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Organisation get(long id) {
        return find(Organisation.class, id, "organisation");
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<FundRow> funds() {
        return em.createQuery("SELECT NEW org.firstmile.organisation.service.FundRow(f.id, f.version, f.code, f.title, "
                + "f.url, o.id, o.name) FROM Fund f JOIN f.funder o ORDER BY f.title, f.id", FundRow.class)
                .setMaxResults(LIST_LIMIT).getResultList();
    }

    /** Adds an organisation, or changes one when the form carries an id. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Organisation save(@NotNull @Valid OrganisationForm form) {
        List<Long> sameOrgId = em.createQuery("SELECT o.id FROM Organisation o WHERE o.orgId = :orgId", Long.class)
                .setParameter("orgId", form.getOrgId()).getResultList();
        if (!sameOrgId.isEmpty() && !sameOrgId.contains(form.getId())) {
            throw new BusinessException("An organisation with the org-id " + form.getOrgId() + " exists already. "
                    + "Edit that one instead.");
        }
        if (form.isNew()) {
            Organisation organisation = new Organisation(form.getName(), form.getOrgId(), form.getType(),
                    clock.instant());
            em.persist(organisation);
            audit.created(organisation);
            return organisation;
        }
        Organisation organisation = find(Organisation.class, form.getId(), "organisation");
        EditConflictException.check("organisation", form.getVersion(), organisation.getVersion());
        if (organisation.getType() != form.getType()) {
            long actingUsers = em.createQuery("SELECT COUNT(DISTINCT u) FROM AppUser u JOIN u.roles r "
                    + "WHERE u.organisation = :organisation AND r IN :roles", Long.class)
                    .setParameter("organisation", organisation)
                    .setParameter("roles", EnumSet.of(Role.FUNDER, Role.PARTNER)).getSingleResult();
            if (actingUsers > 0) {
                throw new BusinessException(actingUsers + " funder or partner users act for " + organisation.getName()
                        + ", so its part cannot change. Change or disable their accounts first.");
            }
        }
        Map<String, String> before = organisation.auditState();
        organisation.describe(form.getName(), form.getOrgId(), form.getType());
        audit.changed(organisation, before, AuditAction.UPDATED);
        return organisation;
    }

    /** Adds a fund, or changes one when the form carries an id. The funder must be a funder organisation. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Fund save(@NotNull @Valid FundForm form) {
        Organisation funder = find(Organisation.class, form.getFunderId(), "organisation");
        if (funder.getType() != OrganisationType.FUNDER) {
            throw new BusinessException(funder.getName() + " is not a funder. Choose a funder organisation, or change "
                    + "its part to funder first.");
        }
        List<Long> sameCode = em.createQuery("SELECT f.id FROM Fund f WHERE f.code = :code", Long.class)
                .setParameter("code", form.getCode()).getResultList();
        if (!sameCode.isEmpty() && !sameCode.contains(form.getId())) {
            throw new BusinessException("A fund with the code " + form.getCode() + " exists already. Choose another "
                    + "code.");
        }
        if (form.isNew()) {
            Fund fund = new Fund(funder, form.getCode(), form.getTitle(), form.getUrl());
            em.persist(fund);
            audit.created(fund);
            return fund;
        }
        Fund fund = find(Fund.class, form.getId(), "fund");
        EditConflictException.check("fund", form.getVersion(), fund.getVersion());
        Map<String, String> before = fund.auditState();
        fund.describe(funder, form.getCode(), form.getTitle(), form.getUrl());
        audit.changed(fund, before, AuditAction.UPDATED);
        return fund;
    }

    private <T> T find(Class<T> type, Long id, String what) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new NotFoundException(what, id);
        }
        return found;
    }
}
