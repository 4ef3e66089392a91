package org.firstmile.report.service;

import jakarta.ejb.ApplicationException;
import org.firstmile.platform.error.BusinessException;

/** A report file on disk no longer has the SHA-256 recorded when it was generated (or is gone), so it is not sent. */
@ApplicationException(rollback = true)
public class ReportFileChangedException extends BusinessException {

    public ReportFileChangedException(String fileName) {
        super("The file " + fileName + " has changed or gone since it was generated, so FirstMile will not send it. "
                + "Ask the programme staff to generate the report again.");
    }
}
