package org.firstmile.dashboard.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import org.firstmile.grant.service.GrantService;
import org.firstmile.identity.model.Role;
import org.firstmile.milestone.service.MilestoneService;

/**
 * The dashboard's totals in one statement: it lists only the first few of each kind (see {@code MilestoneService}
 * and {@code GrantService}), so that the page costs the same however large the portfolio, and says how many there
 * are in all, counting up to {@link #COUNT_LIMIT} (more is shown as "more than 1,000"), so that the count too costs
 * the same however large the portfolio. The conditions are those of the lists.
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class DashboardService {

    /** Totals are counted up to this many; the page then says "more than" it. */
    public static final int COUNT_LIMIT = 1000;

    private static final String LIMIT = " LIMIT " + (COUNT_LIMIT + 1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    GrantService grants;

    @Inject
    MilestoneService milestones;

    /**
     * The whole dashboard for the grants {@code manager} manages, or for all grants when it is null: the first
     * {@code grantsShown} grants, the first of each milestone list and the totals, in one transaction (one
     * connection from the pool instead of one for each list).
     */
    public Dashboard dashboard(String manager, int dueWindowDays, int grantsShown) {
        if (manager != null) {
            reuseGenericPlans();
        }
        return new Dashboard(grants.list(manager, grantsShown), milestones.overdue(manager),
                milestones.dueWithin(dueWindowDays, manager), milestones.recentlyDone(manager),
                counts(manager, dueWindowDays));
    }

    /**
     * Lets PostgreSQL plan a manager's dashboard statements once per connection instead of on every request, until
     * this transaction ends. Each is written to be driven from the manager's grants (a lateral subquery with a limit
     * for each grant, which the planner cannot turn into a join), so its best plan is the same for any manager and
     * any dates; but the planner keeps planning afresh (0.3 to 0.5 ms a statement, as long as running it) whenever
     * the manager has fewer grants than the average, because it then estimates its one-off plan as cheaper than the
     * shared one.
     */
    private void reuseGenericPlans() {
        em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_generic_plan', true)").getSingleResult();
    }

    /**
     * Totals for the grants {@code manager} manages, or for all grants when it is null. A manager's milestones are
     * counted grant by grant from milestone_open_idx, as the lists read them, so that the statement keeps that plan
     * when it is planned once for every manager and date (a join would be planned as a walk of the due-date index).
     */
    public DashboardCounts counts(String manager, int dueWindowDays) {
        String grantsInScope = "SELECT 1 FROM grant_award g" + (manager == null ? "" : " WHERE g.manager = ?1");
        String openMilestones = manager == null
                ? "SELECT 1 FROM milestone m WHERE m.status <> 'DONE' AND %s"
                : "SELECT 1 FROM grant_award g CROSS JOIN LATERAL (SELECT 1 FROM milestone m WHERE m.grant_id = g.id "
                        + "AND m.status <> 'DONE' AND %s" + LIMIT + ") m WHERE g.manager = ?1";
        Query query = em.createNativeQuery("SELECT (" + upToLimit(grantsInScope) + "), ("
                + upToLimit(openMilestones.formatted("m.due_date < ?2")) + "), ("
                + upToLimit(openMilestones.formatted("m.due_date BETWEEN ?2 AND ?3")) + ")");
        if (manager != null) {
            query.setParameter(1, manager);
        }
        LocalDate today = LocalDate.now(clock);
        Object[] row = (Object[]) query.setParameter(2, Date.valueOf(today))
                .setParameter(3, Date.valueOf(today.plusDays(dueWindowDays)))
                .getSingleResult();
        return new DashboardCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }

    private static String upToLimit(String rows) {
        return "SELECT count(*) FROM (" + rows + LIMIT + ") AS counted";
    }
}
