package org.firstmile.identity.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.firstmile.identity.model.SignInLimit;
import org.firstmile.identity.service.SignInAttempts;
import org.firstmile.platform.faces.Messages;

/**
 * The sign-in form. A new session id is issued at sign-in, so a session id known before it is worthless after.
 * Every attempt is recorded; an account with too many recent failures is refused before its password is checked.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInAttempts attempts;

    @Inject
    Clock clock;

    @Inject
    FacesContext faces;

    /** The page the person asked for before signing in, as a path below the context root. */
    private String next;

    @NotBlank(message = "Enter your username.")
    @Pattern(regexp = "\\P{Cntrl}*", message = "A username has no control characters. Type it again.")
    private String username;

    @NotBlank(message = "Enter your password.")
    private String password;

    @PostConstruct
    void rememberRequestedPage() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
        if (forwardedFrom != null) {
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            next = forwardedFrom + (query == null ? "" : "?" + query);
        }
    }

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<Duration> locked = attempts.lockedFor(username);
        if (locked.isPresent()) {
            attempts.refusedWhileLocked(username, request.getRemoteAddr());
            Messages.error(MessageFormat.format(message("login.throttled"), SignInLimit.minutesToWait(locked.get())));
            return;
        }
        if (request.getUserPrincipal() != null) {
            // Signing in over a live sign-in: end it first, or authenticate() keeps the old caller whatever is typed.
            try {
                request.logout();
            } catch (ServletException e) {
                throw new IOException("Could not end the current sign-in", e);
            }
            external.invalidateSession();
            external.getSession(true);
        } else if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                attempts.succeeded(username, request.getRemoteAddr());
                request.getSession().setAttribute(SessionLimitsFilter.SIGNED_IN_AT, clock.instant());
                external.redirect(external.getRequestContextPath() + landingPage(request));
            }
            case SEND_FAILURE, NOT_DONE -> {
                attempts.failed(username, request.getRemoteAddr());
                // A failed attempt leaves nothing of itself in the session: start afresh.
                external.invalidateSession();
                external.getSession(true);
                Messages.error(message("login.failed"));
            }
        }
    }

    private String message(String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    /** Back to the page asked for, if it is a page of FirstMile; otherwise the start page for the role. */
    private String landingPage(HttpServletRequest request) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login.xhtml")) {
            return next;
        }
        if (request.isUserInRole("STAFF") || request.isUserInRole("ADMIN")) {
            return "/dashboard.xhtml";
        }
        if (request.isUserInRole("FUNDER")) {
            return "/funder/index.xhtml";
        }
        return request.isUserInRole("PARTNER") ? "/partner/portal/index.xhtml" : "/index.xhtml";
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
