package org.firstmile.report.api;

import java.time.Instant;
import java.util.List;
import org.firstmile.report.model.ReportFormat;
import org.firstmile.report.service.ReportSummary;

/**
 * One version of a grant's progress report for one period, with its files; {@code download} is the API address of
 * each file. A funder sees published versions only.
 */
public record ReportDto(long id, long grantId, long periodId, String periodName, int version, Instant generatedAt,
        Instant publishedAt, List<File> files) {

    /** A file of the version: its format, name, size, SHA-256 and where to download it. */
    public record File(ReportFormat format, String fileName, long sizeBytes, String sha256, String download) {
    }

    static ReportDto of(ReportSummary summary) {
        return new ReportDto(summary.id(), summary.grantId(), summary.periodId(), summary.periodName(),
                summary.version(), summary.generatedAt(), summary.publishedAt(), summary.files().stream()
                        .map(file -> new File(file.format(), file.fileName(), file.sizeBytes(), file.sha256(),
                                "/api/v1/reports/" + summary.id() + "/" + file.format().extension()))
                        .toList());
    }
}
