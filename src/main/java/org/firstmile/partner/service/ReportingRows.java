package org.firstmile.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.partner.model.PartnerProgramme;
import org.firstmile.partner.model.PartnerUpdateStatus;
import org.firstmile.platform.persistence.Like;

/**
 * Works out, for programmes, which updates are due and how far each has got, in three queries whatever the number
 * of programmes: the programmes, their grants' periods, and the latest revision of every update. For an
 * organisation's own lines it also reads one page at a time: a count, the page's programme periods, their updates.
 * Each programme's current period, for the staff's list of who has reported and the staff digest, is chosen in SQL
 * ({@link #CURRENT}), so that the list is paged, filtered and counted by PostgreSQL and the rule is written once.
 */
@ApplicationScoped
public class ReportingRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Every programme in its current period (the one today, {@code ?1}, falls in, else the last one that has ended;
     * none before its grant's first period starts) with that period's latest update: the staff's list of who has
     * reported and the staff digest's count of updates outstanding both read it. The unique key on (programme, period, revision) and the one on (grant, sequence) serve the two
     * lookups.
     */
    static final String CURRENT = "SELECT p.id AS programme_id, p.grant_id, p.name AS programme_name, "
            + "o.name AS partner_name, "
            + "g.title AS grant_title, cp.id AS period_id, cp.name AS period_name, cp.end_date, cp.report_due_date, "
            + "lu.id AS update_id, lu.status, lu.revision "
            + "FROM partner_programme p JOIN organisation o ON o.id = p.organisation_id "
            + "JOIN grant_award g ON g.id = p.grant_id "
            + "JOIN LATERAL (SELECT rp.id, rp.name, rp.end_date, rp.report_due_date FROM reporting_period rp "
            + "WHERE rp.grant_id = p.grant_id AND rp.start_date <= ?1 ORDER BY rp.end_date >= ?1 DESC, "
            + "CASE WHEN rp.end_date >= ?1 THEN rp.sequence_no END, rp.end_date DESC LIMIT 1) cp ON true "
            + "LEFT JOIN LATERAL (SELECT u.id, u.status, u.revision FROM partner_update u "
            + "WHERE u.programme_id = p.id AND u.period_id = cp.id ORDER BY u.revision DESC LIMIT 1) lu ON true";

    /** Over {@link #CURRENT}: the latest update has come in (submitted or accepted), as {@link ReportingRow#hasReported}. */
    private static final String REPORTED = "status IN ('SUBMITTED', 'ACCEPTED')";

    /** Across every programme in its current period: how many, how many have reported, how many await review. */
    public ReportingSummary currentSummary() {
        Object[] counts = (Object[]) em.createNativeQuery("SELECT COUNT(*), "
                + "COUNT(*) FILTER (WHERE " + REPORTED + "), "
                + "COUNT(*) FILTER (WHERE status = 'SUBMITTED') FROM (" + CURRENT + ") r")
                .setParameter(1, LocalDate.now(clock)).getSingleResult();
        return new ReportingSummary(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue());
    }

    /**
     * For each grant that has any, how many of its programmes have not reported for their current period (no update
     * yet, a draft or one returned with feedback): the staff digest's "partner updates outstanding", in one statement.
     */
    public Map<Long, Long> notReportedByGrant() {
        List<?> rows = em.createNativeQuery("SELECT grant_id, COUNT(*) FROM (" + CURRENT + ") r WHERE status IS NULL "
                + "OR NOT " + REPORTED + " GROUP BY grant_id").setParameter(1, LocalDate.now(clock)).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    /** How many programmes in their current period the query's filters leave. */
    public long countCurrent(ReviewQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM (" + CURRENT + ") r" + where);
        bind(count, parameters);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** The query's programmes in their current period from {@code first}, at most {@code max}, in its order. */
    public List<ReportingRow> currentPage(ReviewQuery query, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        parameters.add(Math.max(0, max));
        String limit = " LIMIT ?" + parameters.size();
        parameters.add(Math.max(0, first));
        String offset = " OFFSET ?" + parameters.size();
        Query page = em.createNativeQuery("SELECT programme_id, programme_name, partner_name, grant_title, period_id, "
                + "period_name, end_date, report_due_date, update_id, status, revision FROM (" + CURRENT + ") r"
                + where + query.orderBy() + limit + offset);
        bind(page, parameters);
        List<?> lines = page.getResultList();
        List<ReportingRow> rows = new ArrayList<>(lines.size());
        for (Object line : lines) {
            Object[] c = (Object[]) line;
            rows.add(new ReportingRow(((Number) c[0]).longValue(), (String) c[1], (String) c[2], (String) c[3],
                    ((Number) c[4]).longValue(), (String) c[5], localDate(c[6]), localDate(c[7]),
                    c[8] == null ? null : ((Number) c[8]).longValue(),
                    c[9] == null ? null : PartnerUpdateStatus.valueOf((String) c[9]),
                    c[10] == null ? null : ((Number) c[10]).intValue()));
        }
        return rows;
    }

    /** The query's filters over {@link #CURRENT}'s columns; {@code parameters} gets today (?1), then their values. */
    private String where(ReviewQuery query, List<Object> parameters) {
        parameters.add(LocalDate.now(clock));
        List<String> conditions = new ArrayList<>();
        contains(conditions, parameters, "programme_name", query.programmeContains());
        contains(conditions, parameters, "partner_name", query.partnerContains());
        contains(conditions, parameters, "grant_title", query.grantContains());
        if (query.notStarted()) {
            conditions.add("update_id IS NULL");
        } else if (query.status() != null) {
            parameters.add(query.status().name());
            conditions.add("status = ?" + parameters.size());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void contains(List<String> conditions, List<Object> parameters, String column, String text) {
        if (text != null && !text.isBlank()) {
            parameters.add(Like.containing(text));
            conditions.add("LOWER(" + column + ") LIKE ?" + parameters.size());
        }
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** Every period of each programme's grant, oldest first. */
    public List<ReportingRow> allPeriods(List<PartnerProgramme> programmes) {
        return rows(programmes);
    }

    /** How many lines the organisation has: one for every period of every programme it runs. */
    public long countPeriodsOf(Long organisationId) {
        return em.createQuery("SELECT COUNT(rp) FROM PartnerProgramme p, ReportingPeriod rp "
                + "WHERE rp.grant = p.grant AND p.organisation.id = :organisation", Long.class)
                .setParameter("organisation", organisationId).getSingleResult();
    }

    /**
     * The organisation's lines from {@code first}, at most {@code max}: by programme name, then each programme's
     * periods oldest first; the ids break ties, so that a line never shows on two pages or none.
     */
    public List<ReportingRow> periodsOf(Long organisationId, int first, int max) {
        List<Object[]> lines = em.createQuery("SELECT p.id, p.name, o.name, g.title, rp.id, rp.name, rp.endDate, "
                + "rp.reportDueDate FROM PartnerProgramme p JOIN p.organisation o JOIN p.grant g, ReportingPeriod rp "
                + "WHERE rp.grant = g AND o.id = :organisation ORDER BY p.name, p.id, rp.sequenceNo, rp.id",
                Object[].class).setParameter("organisation", organisationId).setFirstResult(first)
                .setMaxResults(max).getResultList();
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<String, Object[]> latest = latestUpdates(lines.stream().map(line -> (Long) line[0]).distinct().toList(),
                lines.stream().map(line -> (Long) line[4]).distinct().toList());
        List<ReportingRow> rows = new ArrayList<>(lines.size());
        for (Object[] line : lines) {
            Object[] update = latest.get(line[0] + ":" + line[4]);
            rows.add(row((Long) line[0], (String) line[1], (String) line[2], (String) line[3], (Long) line[4],
                    (String) line[5], (LocalDate) line[6], (LocalDate) line[7], update));
        }
        return rows;
    }

    private List<ReportingRow> rows(List<PartnerProgramme> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        List<Long> grantIds = programmes.stream().map(p -> p.getGrant().getId()).distinct().toList();
        List<Object[]> periods = em.createQuery("SELECT rp, rp.grant.id FROM ReportingPeriod rp "
                + "WHERE rp.grant.id IN :grants ORDER BY rp.sequenceNo", Object[].class)
                .setParameter("grants", grantIds).getResultList();
        Map<Long, List<ReportingPeriod>> periodsByGrant = new HashMap<>();
        for (Object[] period : periods) {
            periodsByGrant.computeIfAbsent((Long) period[1], k -> new ArrayList<>()).add((ReportingPeriod) period[0]);
        }
        Map<String, Object[]> latest = latestUpdates(programmes.stream().map(PartnerProgramme::getId).toList(),
                null);
        List<ReportingRow> rows = new ArrayList<>();
        for (PartnerProgramme programme : programmes) {
            for (ReportingPeriod period : periodsByGrant.getOrDefault(programme.getGrant().getId(), List.of())) {
                Object[] update = latest.get(programme.getId() + ":" + period.getId());
                rows.add(row(programme.getId(), programme.getName(), programme.getOrganisation().getName(),
                        programme.getGrant().getTitle(), period.getId(), period.getName(), period.getEndDate(),
                        period.getReportDueDate(), update));
            }
        }
        return rows;
    }

    private static ReportingRow row(Long programmeId, String programmeName, String partnerName, String grantTitle,
            Long periodId, String periodName, LocalDate periodEnd, LocalDate reportDue, Object[] update) {
        return new ReportingRow(programmeId, programmeName, partnerName, grantTitle, periodId, periodName, periodEnd,
                reportDue, update == null ? null : (Long) update[2],
                update == null ? null : (PartnerUpdateStatus) update[3],
                update == null ? null : ((Number) update[4]).intValue());
    }

    /** The latest revision of each programme's update per period; of the given periods only, unless null. */
    private Map<String, Object[]> latestUpdates(List<Long> programmeIds, List<Long> periodIds) {
        var query = em.createQuery("SELECT u.programme.id, u.period.id, u.id, u.status, u.revision "
                + "FROM PartnerUpdate u WHERE u.programme.id IN :programmes"
                + (periodIds == null ? "" : " AND u.period.id IN :periods"), Object[].class)
                .setParameter("programmes", programmeIds);
        if (periodIds != null) {
            query.setParameter("periods", periodIds);
        }
        List<Object[]> updates = query.getResultList();
        Map<String, Object[]> latest = new HashMap<>();
        for (Object[] update : updates) {
            latest.merge(update[0] + ":" + update[1], update,
                    (a, b) -> ((Number) a[4]).intValue() >= ((Number) b[4]).intValue() ? a : b);
        }
        return latest;
    }
}
