package org.firstmile.report.service;

import java.nio.file.Path;
import java.util.Map;
import org.firstmile.report.model.ReportFormat;

/** A version just generated: its id, number and where its files lie. */
public record GeneratedReport(long reportId, long grantId, long periodId, int version, Map<ReportFormat, Path> files) {
}
