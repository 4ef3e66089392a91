package org.firstmile.identity.view;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.firstmile.identity.service.CallerState;
import org.firstmile.identity.service.Callers;
import org.firstmile.identity.service.SessionSettings;
import org.firstmile.platform.security.SecurityHeadersFilter;

/**
 * Ends a sign-in at the first request after it outlived the absolute limit, or after an administrator disabled
 * the account, and sends the person to the sign-in page. Every session gets the configured idle limit. Works by
 * path, so every page, download and endpoint is covered.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
@WebListener
public class SessionLimitsFilter extends HttpFilter implements HttpSessionListener {

    private static final long serialVersionUID = 1L;

    /** The session attribute holding the instant of signing in. */
    public static final String SIGNED_IN_AT = "firstmile.signedInAt";

    private static final Logger SECURITY_LOG = Logger.getLogger("org.firstmile.security");

    @Inject
    transient SessionSettings settings;

    @Inject
    transient Callers callers;

    @Inject
    transient Clock clock;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(settings.limits().idleSeconds());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        HttpSession session = request.getSession(false);
        if (user != null && session != null && !SecurityHeadersFilter.isStaticResource(request)) {
            Instant now = clock.instant();
            Object signedInAt = session.getAttribute(SIGNED_IN_AT);
            if (!(signedInAt instanceof Instant)) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (settings.limits().outlived((Instant) signedInAt, now)) {
                SECURITY_LOG.info(() -> "Session of " + user + " ended: older than the absolute limit");
                end(request, response);
                return;
            }
            CallerState state = callers.state(user);
            if (!state.enabled()) {
                SECURITY_LOG.info(() -> "Session of " + user + " ended: the account is disabled");
                end(request, response);
                return;
            }
            request.setAttribute(CallerState.REQUEST_ATTRIBUTE, state);
        }
        chain.doFilter(request, response);
    }

    /** Signs out, drops the session and sends the person (or the page's Ajax request) to the sign-in page. */
    private static void end(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String signIn = request.getContextPath() + "/login.xhtml?ended=true";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn + "\"/></partial-response>");
        } else {
            response.sendRedirect(signIn);
        }
    }
}
