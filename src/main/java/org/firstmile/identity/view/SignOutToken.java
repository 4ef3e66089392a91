package org.firstmile.identity.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that the header's sign-out form sends with its POST to {@link SignOutServlet}: one random value per
 * session, so that another site cannot sign a person out (the session cookie's SameSite=Lax already keeps other
 * sites' forms from carrying it). The form is plain HTML rather than a Faces form, so that pages with no form of
 * their own save no view state.
 */
@Named("signOut")
@ApplicationScoped
public class SignOutToken {

    /** The session attribute holding the token. */
    static final String ATTRIBUTE = "firstmile.signOutToken";

    /** The form field carrying it. */
    public static final String FIELD = "token";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** This session's token, made on first use. */
    public String getToken() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
        return of(session);
    }

    static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, made);
        return made;
    }

    /** Whether the session has a token and {@code offered} is it (compared in constant time). */
    static boolean matches(HttpSession session, String offered) {
        Object token = session == null ? null : session.getAttribute(ATTRIBUTE);
        return token instanceof String expected && offered != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        offered.getBytes(StandardCharsets.UTF_8));
    }
}
