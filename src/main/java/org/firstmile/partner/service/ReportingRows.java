package org.firstmile.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.partner.model.PartnerProgramme;
import org.firstmile.partner.model.PartnerUpdateStatus;

/**
 * Works out, for programmes, which updates are due and how far each has got, in three queries whatever the number
 * of programmes: the programmes, their grants' periods, and the latest revision of every update. For an
 * organisation's own lines it also reads one page at a time: a count, the page's programme periods, their updates.
 */
@ApplicationScoped
public class ReportingRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Every period of each programme's grant, oldest first. */
    public List<ReportingRow> allPeriods(List<PartnerProgramme> programmes) {
        return rows(programmes, false);
    }

    /** Each programme's current period: the one today falls in, else the last one that has ended. */
    public List<ReportingRow> currentPeriods(List<PartnerProgramme> programmes) {
        return rows(programmes, true);
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

    private List<ReportingRow> rows(List<PartnerProgramme> programmes, boolean currentOnly) {
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
        LocalDate today = LocalDate.now(clock);
        List<ReportingRow> rows = new ArrayList<>();
        for (PartnerProgramme programme : programmes) {
            List<ReportingPeriod> own = periodsByGrant.getOrDefault(programme.getGrant().getId(), List.of());
            List<ReportingPeriod> chosen = currentOnly ? current(own, today) : own;
            for (ReportingPeriod period : chosen) {
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

    private static List<ReportingPeriod> current(List<ReportingPeriod> periods, LocalDate today) {
        return periods.stream().filter(p -> p.contains(today)).findFirst()
                .or(() -> periods.stream().filter(p -> p.getEndDate().isBefore(today))
                        .max(Comparator.comparing(ReportingPeriod::getEndDate)))
                .map(List::of).orElse(List.of());
    }
}
