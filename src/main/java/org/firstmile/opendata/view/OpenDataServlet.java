package org.firstmile.opendata.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.firstmile.opendata.model.OpenDataFormat;
import org.firstmile.opendata.service.OpenDataService;

/**
 * The 360Giving files, written while the grants are read: {@code /open-data/360giving.json} and {@code .csv} for
 * anyone (the grants published in the open), {@code /open-data/all/...} for administrators (every awarded grant).
 */
@WebServlet({"/open-data/360giving.json", "/open-data/360giving.csv", "/open-data/all/360giving.json",
    "/open-data/all/360giving.csv"})
public class OpenDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OpenDataService openData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        OpenDataFormat format = OpenDataFormat.ofFileName(path.substring(path.lastIndexOf('/') + 1));
        boolean everyGrant = path.startsWith("/open-data/all/");
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + (everyGrant ? "all-" : "")
                + format.fileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        URI publicBase = URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + "/");
        try {
            if (everyGrant) {
                openData.exportAll(format, response.getOutputStream(), publicBase);
            } else {
                openData.exportPublished(format, response.getOutputStream(), publicBase);
            }
        } catch (EJBAccessException refused) {
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
