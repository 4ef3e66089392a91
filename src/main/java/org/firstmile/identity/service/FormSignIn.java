package org.firstmile.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Sign-in for people: the Faces login page posts the credential through {@code SecurityContext.authenticate}, and
 * the session keeps who signed in and their roles. A protected page asked for without a sign-in shows the sign-in
 * page in its place (a forward), so the page knows where to return the person afterwards. {@code @Typed} keeps this
 * bean from counting as a second mechanism beside {@link FirstMileAuthentication}.
 * <p>
 * Why not {@code @AutoApplySession} and {@code @LoginToContinue}: on Payara 6 a request restored from the session by
 * the container shares a security context with other threads (Payara issue 6145, fixed only in Payara 7), so under
 * concurrent use by two people a signed-in request was now and then refused with 403. Telling the container the
 * caller and roles kept in the session, on every request, never goes through that shared state.
 */
@ApplicationScoped
@Typed(FormSignIn.class)
public class FormSignIn implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = FormSignIn.class.getName() + ".signedIn";
    static final String SIGN_IN_PAGE = "/login.xhtml";

    /** Who signed in on this session, and their roles at that moment. */
    record SignedIn(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(SIGNED_IN,
                        new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(signedIn.name()), signedIn.groups());
        }
        return context.isProtected() ? context.forward(SIGN_IN_PAGE) : context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
