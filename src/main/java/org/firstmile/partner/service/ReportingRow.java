package org.firstmile.partner.service;

import java.time.LocalDate;
import org.firstmile.partner.model.PartnerUpdateStatus;

/**
 * One programme in one reporting period, with its latest update if there is one: a line of the partner portal and
 * of the staff's "who has reported" list.
 */
public record ReportingRow(Long programmeId, String programmeName, String partnerName, String grantTitle,
        Long periodId, String periodName, LocalDate periodEnd, LocalDate reportDue, Long latestUpdateId,
        PartnerUpdateStatus latestStatus, Integer latestRevision) {

    public String statusLabel() {
        return latestStatus == null ? "Not started" : latestStatus.label();
    }

    public boolean hasReported() {
        return latestStatus == PartnerUpdateStatus.SUBMITTED || latestStatus == PartnerUpdateStatus.ACCEPTED;
    }
}
