package org.firstmile.report.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.platform.web.Downloads;
import org.firstmile.report.model.ReportFormat;
import org.firstmile.report.service.ReportDownload;
import org.firstmile.report.service.ReportFileChangedException;
import org.firstmile.report.service.ReportService;

/**
 * Sends a report file ({@code /reports/download?id=N&format=pdf}) to staff and to the grant's funders. The service
 * decides who may read which version and checks the file's SHA-256 first; a changed file is refused with 409.
 */
@WebServlet("/reports/download")
public class ReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ReportFormat> format = ReportFormat.parse(request.getParameter("format"));
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException notANumber) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReportDownload download;
        try {
            download = reports.download(id, format.get());
        } catch (ReportFileChangedException changed) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(changed.getMessage());
            return;
        } catch (NotFoundException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Downloads.send(response, download.fileName(), download.contentType(), download.size(), download.open());
    }
}
