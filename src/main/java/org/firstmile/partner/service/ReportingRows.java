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
 * of programmes: the programmes, their grants' periods, and the latest revision of every update.
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
        Map<String, Object[]> latest = latestUpdates(programmes);
        LocalDate today = LocalDate.now(clock);
        List<ReportingRow> rows = new ArrayList<>();
        for (PartnerProgramme programme : programmes) {
            List<ReportingPeriod> own = periodsByGrant.getOrDefault(programme.getGrant().getId(), List.of());
            List<ReportingPeriod> chosen = currentOnly ? current(own, today) : own;
            for (ReportingPeriod period : chosen) {
                Object[] update = latest.get(programme.getId() + ":" + period.getId());
                rows.add(new ReportingRow(programme.getId(), programme.getName(), programme.getOrganisation().getName(),
                        programme.getGrant().getTitle(), period.getId(), period.getName(), period.getEndDate(),
                        period.getReportDueDate(), update == null ? null : (Long) update[2],
                        update == null ? null : (PartnerUpdateStatus) update[3],
                        update == null ? null : ((Number) update[4]).intValue()));
            }
        }
        return rows;
    }

    private Map<String, Object[]> latestUpdates(List<PartnerProgramme> programmes) {
        List<Object[]> updates = em.createQuery("SELECT u.programme.id, u.period.id, u.id, u.status, u.revision "
                + "FROM PartnerUpdate u WHERE u.programme.id IN :programmes", Object[].class)
                .setParameter("programmes", programmes.stream().map(PartnerProgramme::getId).toList())
                .getResultList();
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
