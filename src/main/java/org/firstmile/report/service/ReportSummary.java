package org.firstmile.report.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.firstmile.report.model.ProgressReport;
import org.firstmile.report.model.ReportFormat;

/** One version of a report as lists show it, with its files. */
public record ReportSummary(long id, long grantId, long periodId, String periodName, int version,
        String templateVersion, Instant generatedAt, String generatedBy, Instant publishedAt, String publishedBy,
        List<FileSummary> files) implements Serializable {

    public boolean published() {
        return publishedAt != null;
    }

    /** A file of the version: its format, name, size and SHA-256. */
    public record FileSummary(ReportFormat format, String fileName, long sizeBytes, String sha256)
            implements Serializable {
    }

    static ReportSummary of(ProgressReport report) {
        return new ReportSummary(report.getId(), report.getGrant().getId(), report.getPeriod().getId(),
                report.getPeriod().getName(), report.getReportVersion(), report.getTemplateVersion(),
                report.getGeneratedAt(), report.getGeneratedBy(), report.getPublishedAt(), report.getPublishedBy(),
                report.getFiles().stream().sorted(java.util.Comparator.comparing(f -> f.getFormat().ordinal()))
                        .map(f -> new FileSummary(f.getFormat(), f.downloadName(),
                        f.getSizeBytes(), f.getSha256())).toList());
    }
}
