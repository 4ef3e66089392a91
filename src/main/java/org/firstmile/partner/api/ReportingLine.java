package org.firstmile.partner.api;

import java.time.LocalDate;
import org.firstmile.partner.model.PartnerUpdateStatus;
import org.firstmile.partner.service.ReportingRow;

/** One programme in one reporting period, with how far its update has got ({@code null} status: not started). */
public record ReportingLine(long programmeId, String programmeName, String partnerName, String grantTitle,
        long periodId, String periodName, LocalDate periodEnd, LocalDate reportDue, Long latestUpdateId,
        PartnerUpdateStatus latestStatus, Integer latestRevision) {

    static ReportingLine of(ReportingRow row) {
        return new ReportingLine(row.programmeId(), row.programmeName(), row.partnerName(), row.grantTitle(),
                row.periodId(), row.periodName(), row.periodEnd(), row.reportDue(), row.latestUpdateId(),
                row.latestStatus(), row.latestRevision());
    }
}
