package org.firstmile.identity.view;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Signing out: the header's sign-out button posts here with the session's {@link SignOutToken}. Ends the
 * authentication and the session, then shows the sign-in page. A post without the session's token changes nothing
 * and is refused (403); one whose session has already ended just shows the sign-in page.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger SECURITY_LOG = Logger.getLogger("org.firstmile.security");

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getRemoteUser() != null
                && !SignOutToken.matches(session, request.getParameter(SignOutToken.FIELD))) {
            SECURITY_LOG.warning(() -> "Sign-out refused for " + request.getRemoteUser()
                    + ": the form did not carry the session's token");
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "Sign out with the button in FirstMile's header.");
            return;
        }
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/login.xhtml?signedOut=true");
    }
}
