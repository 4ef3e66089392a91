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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.firstmile.grant.service.GrantService;
import org.firstmile.identity.model.Role;
import org.firstmile.milestone.service.MilestoneRow;

/**
 * The staff dashboard, in two statements whatever the portfolio: the first few grants (see {@code GrantService}),
 * then the first few milestones of each list with all the totals. Each list is read from one index in its own
 * order and stops after {@link #LIST_LIMIT}; each total counts up to {@link #COUNT_LIMIT} and one more (the page
 * then says "more than 1,000"), so the page costs the same for ten grants or twenty thousand.
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class DashboardService {

    /** How many milestones each list shows; the totals are given beside them. */
    public static final int LIST_LIMIT = 10;

    /** Totals are counted up to this many; the page then says "more than" it. */
    public static final int COUNT_LIMIT = 1000;

    /** The lists in the order the statement returns them: a row's list is its index here. */
    private enum MilestoneList { OVERDUE, DUE_SOON, RECENTLY_DONE }

    private static final String OPEN = "m.status <> 'DONE'";

    /** The milestones and totals of one manager's grants (?1), today ?2, the end of the due window ?3. */
    private static final String ONE_MANAGER = milestonesAndTotals(true);

    /** The same over all grants. */
    private static final String ALL_GRANTS = milestonesAndTotals(false);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    GrantService grants;

    /**
     * The whole dashboard for the grants {@code manager} manages, or for all grants when it is null: the first
     * {@code grantsShown} grants, the first {@link #LIST_LIMIT} milestones overdue, due within {@code dueWindowDays}
     * and recently done, and the totals.
     *
     * <p>The milestones and totals are one statement. A manager's come from the indexes on each milestone's copy of
     * its grant's manager (milestone_manager_open_idx, milestone_manager_done_idx; see V15__milestone_manager.sql);
     * all grants' from milestone_due_idx and milestone_done_idx. The statuses are literals so that the partial
     * indexes match.
     */
    public Dashboard dashboard(String manager, int dueWindowDays, int grantsShown) {
        Query query = em.createNativeQuery(manager == null ? ALL_GRANTS : ONE_MANAGER);
        if (manager != null) {
            query.setParameter(1, manager);
        }
        LocalDate today = LocalDate.now(clock);
        query.setParameter(2, Date.valueOf(today)).setParameter(3, Date.valueOf(today.plusDays(dueWindowDays)));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();

        List<List<MilestoneRow>> lists = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Object[] row : rows) {
            if (row[3] != null) {
                lists.get(((Number) row[3]).intValue()).add(MilestoneRow.ofSql(Arrays.copyOfRange(row, 4, row.length),
                        today));
            }
        }
        Object[] totals = rows.get(0);
        return new Dashboard(grants.list(manager, grantsShown), lists.get(MilestoneList.OVERDUE.ordinal()),
                lists.get(MilestoneList.DUE_SOON.ordinal()), lists.get(MilestoneList.RECENTLY_DONE.ordinal()),
                new DashboardCounts(((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(),
                        ((Number) totals[2]).longValue()));
    }

    /**
     * The statement: the totals as one row, joined to the first {@link #LIST_LIMIT} of each list (none when every
     * list is empty), ordered by list and place.
     */
    private static String milestonesAndTotals(boolean oneManager) {
        String mine = oneManager ? " AND m.manager = ?1" : "";
        String overdue = OPEN + " AND m.due_date < ?2" + mine;
        String dueSoon = OPEN + " AND m.due_date BETWEEN ?2 AND ?3" + mine;
        String done = "m.status = 'DONE'" + mine;
        return "SELECT totals.grants, totals.overdue, totals.due_soon, listed.list, " + MilestoneRow.SQL_COLUMNS
                + " FROM (SELECT (" + upToLimit("grant_award g" + (oneManager ? " WHERE g.manager = ?1" : ""))
                + ") AS grants, (" + upToLimit("milestone m WHERE " + overdue) + ") AS overdue, ("
                + upToLimit("milestone m WHERE " + dueSoon) + ") AS due_soon) totals"
                + " LEFT JOIN (" + firstFew(MilestoneList.OVERDUE, overdue, "m.due_date, m.id")
                + " UNION ALL " + firstFew(MilestoneList.DUE_SOON, dueSoon, "m.due_date, m.id")
                + " UNION ALL " + firstFew(MilestoneList.RECENTLY_DONE, done, "m.completed_on DESC, m.id DESC")
                + ") listed ON true LEFT JOIN milestone m ON m.id = listed.id LEFT JOIN grant_award g ON g.id = m.grant_id"
                + " ORDER BY listed.list, listed.place";
    }

    /** The ids of the first few milestones of one list, each with the list and its place in it. */
    private static String firstFew(MilestoneList list, String where, String orderBy) {
        return "(SELECT " + list.ordinal() + " AS list, row_number() OVER (ORDER BY " + orderBy + ") AS place, m.id"
                + " FROM milestone m WHERE " + where + " ORDER BY " + orderBy + " LIMIT " + LIST_LIMIT + ")";
    }

    private static String upToLimit(String from) {
        return "SELECT count(*) FROM (SELECT 1 FROM " + from + " LIMIT " + (COUNT_LIMIT + 1) + ") AS counted";
    }
}
