package org.firstmile.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in for people: the Faces login page posts the credential through {@code SecurityContext.authenticate}, and
 * the session keeps the caller. A protected page asked for without a session shows the sign-in page in its place (a
 * forward), so the page knows where to return the person afterwards. This is what
 * {@code @CustomFormAuthenticationMechanismDefinition} gives, as a bean {@link FirstMileAuthentication} can hand
 * page requests to; {@code @Typed} keeps it from counting as a second mechanism.
 */
@ApplicationScoped
@Typed(FormSignIn.class)
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = true)
public class FormSignIn implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(identityStore.validate(credential));
    }
}
