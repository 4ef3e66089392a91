package org.firstmile.partner.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.firstmile.partner.service.EvidenceService;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.platform.web.Downloads;

/**
 * Sends an evidence file as a download ({@code /evidence/download?id=N}). The service decides who may read it; the
 * file is always an attachment with its checked type, so a browser never runs it as a page.
 */
@WebServlet("/evidence/download")
public class EvidenceDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvidenceService evidence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException notANumber) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceService.Download download;
        try {
            download = evidence.open(id);
        } catch (NotFoundException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Downloads.send(response, download.file().fileName(), download.file().contentType(), download.bytes());
    }
}
