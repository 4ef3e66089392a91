package org.firstmile.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.firstmile.report.model.ProgressReport;

/** The rules a version must meet before it is published to the funders. */
@ApplicationScoped
public class ReportPublishing {

    /** Throws a {@link org.firstmile.platform.error.BusinessException} naming what must be done first. */
    public void requireReady(ProgressReport report) {
        // finance rules join here once budgets are recorded
    }
}
