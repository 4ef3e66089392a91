package org.firstmile.finance.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.firstmile.finance.service.FinanceService;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.platform.web.Downloads;

/**
 * Sends an expenditure's receipt as a download ({@code /finance/receipt?id=N}, N the expenditure). Only staff may
 * read it (the service decides); like evidence, it is always an attachment with its checked type.
 */
@WebServlet("/finance/receipt")
public class ReceiptDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FinanceService finance;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException notANumber) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FinanceService.ReceiptDownload download;
        try {
            download = finance.openReceipt(id);
        } catch (NotFoundException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Downloads.send(response, download.fileName(), download.contentType(), download.bytes());
    }
}
