package org.firstmile.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The application's one authentication mechanism (Jakarta Security 3 allows one): requests under {@code /api/}
 * authenticate with HTTP Basic on every call and never get a session or the sign-in page; everything else signs in
 * through the Faces form, with a session. Both check the same identity store.
 */
@ApplicationScoped
public class FirstMileAuthentication implements HttpAuthenticationMechanism {

    @Inject
    FormSignIn form;

    @Inject
    ApiSignIn api;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return isApi(request) ? api.validateRequest(request, response, context)
                : form.validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return isApi(request) ? api.secureResponse(request, response, context)
                : form.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            api.cleanSubject(request, response, context);
        } else {
            form.cleanSubject(request, response, context);
        }
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
