package org.firstmile.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers and the one Content-Security-Policy. Faces pages get the policy from PrimeFaces' CSP mode
 * ({@code primefaces.CSP_POLICY} in web.xml reads {@link #getContentSecurityPolicy()}), which appends the page's
 * nonce to the last directive, {@code script-src}; every other response gets the same policy without a nonce.
 */
@Named
@ApplicationScoped
public class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /**
     * No inline script without the page's nonce, nothing from other sites, no plugins, no framing. Inline styles
     * stay allowed: PrimeFaces' widgets and the pages set {@code style} attributes, and styles cannot run code.
     * {@code script-src} must stay last: PrimeFaces appends the nonce to it.
     */
    public static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "script-src 'self'";

    /** One year; sent only over HTTPS, where a browser honours it. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    public String getContentSecurityPolicy() {
        return POLICY;
    }

    /** Sets every header on {@code response}; HSTS only when the request came over HTTPS. */
    public static void apply(HttpServletResponse response, boolean secure) {
        response.setHeader(CONTENT_SECURITY_POLICY, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (secure) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
