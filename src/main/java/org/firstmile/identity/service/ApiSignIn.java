package org.firstmile.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.firstmile.identity.model.SignInLimit;
import org.firstmile.platform.rest.Problem;
import org.firstmile.platform.security.SecurityHeaders;

/**
 * Sign-in for programs: HTTP Basic on every call to the API, checked against the same identity store as the sign-in
 * page, with no session (a browser's session cookie does not authenticate an API call, so a page elsewhere cannot
 * make one in a signed-in person's name). A call without valid credentials gets 401 with a {@code WWW-Authenticate}
 * challenge and a problem+json body, never the sign-in page. Failed calls count towards the account's sign-in limit
 * like failed sign-ins on the page, and a locked account gets 429 with {@code Retry-After}.
 */
@ApplicationScoped
@Typed(ApiSignIn.class)
public class ApiSignIn implements HttpAuthenticationMechanism {

    static final String CHALLENGE = "Basic realm=\"FirstMile API\", charset=\"UTF-8\"";
    private static final String BASIC = "Basic ";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    SignInAttempts attempts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return context.isProtected() ? unauthorized(response, context, "Sign in with HTTP Basic: send your "
                    + "FirstMile username and password in the Authorization header.") : context.doNothing();
        }
        UsernamePasswordCredential credential = credentialOf(header.substring(BASIC.length()).strip());
        if (credential == null) {
            return unauthorized(response, context, "The Authorization header is not HTTP Basic as RFC 7617 "
                    + "describes it: Basic, a space, then username:password in Base64.");
        }
        Optional<Duration> locked = attempts.lockedFor(credential.getCaller());
        if (locked.isPresent()) {
            attempts.refusedWhileLocked(credential.getCaller(), request.getRemoteAddr());
            return tooManyAttempts(response, context, locked.get());
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            attempts.failed(credential.getCaller(), request.getRemoteAddr());
            return unauthorized(response, context, "The username or password is not right, or the account is "
                    + "disabled.");
        }
        // A success is not recorded: every API call signs in, and a row per call would bury the failures.
        return context.notifyContainerAboutLogin(result);
    }

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private static UsernamePasswordCredential credentialOf(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            // RFC 7617: neither the user-id nor the password contains a control character.
            return colon <= 0 || CONTROL.matcher(decoded).find() ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** 429 with Retry-After: the account had too many failed sign-ins (by page or API) in the last 15 minutes. */
    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, HttpMessageContext context,
            Duration wait) {
        response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
        return answer(response, context, 429, Problem.of("too-many-sign-in-attempts",
                "Too many failed sign-in attempts", 429, "Too many failed sign-in attempts for this account. Try "
                        + "again in " + SignInLimit.minutesToWait(wait) + " minutes."));
    }

    /** 401 with the Basic challenge. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
            String detail) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return answer(response, context, HttpServletResponse.SC_UNAUTHORIZED, Problem.of("unauthenticated",
                "Sign in to use the API", HttpServletResponse.SC_UNAUTHORIZED, detail));
    }

    /** Writes the answer itself, so the container adds no error page; SEND_CONTINUE says the answer is complete. */
    private static AuthenticationStatus answer(HttpServletResponse response, HttpMessageContext context, int status,
            Problem problem) {
        response.setStatus(status);
        // Written before any filter runs, so the security headers filter never sees this answer.
        SecurityHeaders.apply(response, context.getRequest().isSecure());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(problem.toJson());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
