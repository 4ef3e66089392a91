package org.firstmile.platform.persistence;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the database cannot be reached, a person gets a plain "try again in a minute" page with status 503 instead of
 * a generic error: the transaction was rolled back, so nothing they sent was half-saved. The page is static because
 * the usual layout may itself need the database. The connection pool validates connections, so requests succeed
 * again once the database is back, without a restart.
 */
@WebFilter(urlPatterns = "/*")
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());
    static final String PAGE = "/errors/unavailable.html";
    static final int RETRY_AFTER_SECONDS = 30;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.WARNING, "The database cannot be reached; answered 503 to {0} {1}: {2}",
                    new Object[] {request.getMethod(), request.getRequestURI(), DatabaseUnavailable.rootMessage(e)});
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            response.setContentType("text/html;charset=UTF-8");
            try (InputStream page = request.getServletContext().getResourceAsStream(PAGE)) {
                page.transferTo(response.getOutputStream());
            }
        }
    }

    /** Recognises "the database is not there" among the causes of a failure, whatever wrapped it. */
    static final class DatabaseUnavailable {

        private DatabaseUnavailable() {
        }

        static boolean isCause(Throwable failure) {
            for (Throwable t = failure; t != null; t = next(t)) {
                if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                    return true;
                }
                // Payara's pool reports an exhausted or unreachable database with its own types.
                String type = t.getClass().getSimpleName();
                if (type.equals("PoolingException") || type.equals("ResourceAllocationException")) {
                    return true;
                }
            }
            return false;
        }

        static String rootMessage(Throwable failure) {
            Throwable root = failure;
            for (Throwable t = failure; t != null; t = next(t)) {
                root = t;
            }
            return root.getClass().getSimpleName() + ": " + root.getMessage();
        }

        private static Throwable next(Throwable t) {
            if (t instanceof ServletException servlet && servlet.getRootCause() != null
                    && servlet.getRootCause() != t) {
                return servlet.getRootCause();
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
                return sql.getNextException();
            }
            return t.getCause() == t ? null : t.getCause();
        }
    }
}
