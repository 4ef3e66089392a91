package org.firstmile.testsupport.http;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small browser over HTTP for tests: keeps cookies, shows redirects instead of following them, and signs in
 * through FirstMile's real Faces sign-in form.
 */
public final class Http {

    public static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    public static final Pattern SIGN_IN_FORM = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"");
    /**
     * The page's CSP nonce, which PrimeFaces' script adds to every form it posts back (PrimeFaces refuses a postback
     * whose nonce is not the page's own).
     */
    public static final Pattern CSP_NONCE = Pattern.compile("'nonce-([^']+)'");
    public static final String CSP_NONCE_FIELD = "primefaces.nonce";

    private Http() {
    }

    /** HTTP/1.1, as browsers speak over plain http (Java's client would otherwise try an h2c upgrade). */
    public static HttpClient newClient() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static HttpResponse<String> get(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the sign-in page below {@code base} and posts its form back, as a person pressing "Sign in" does. */
    public static HttpResponse<String> signIn(HttpClient client, URI base, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> login = get(client, base.resolve("login.xhtml"));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("The sign-in page answered " + login.statusCode());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:next", "");
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", find(VIEW_STATE, login.body()));
        fields.put(CSP_NONCE_FIELD, cspNonce(login));
        URI action = login.uri().resolve(find(SIGN_IN_FORM, login.body()).replace("&amp;", "&"));
        return FacesForm.postFields(client, action, fields);
    }

    /** The nonce of the page's Content-Security-Policy, or "" when it has none. */
    public static String cspNonce(HttpResponse<?> page) {
        Matcher nonce = CSP_NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        return nonce.find() ? nonce.group(1) : "";
    }

    public static boolean showsSignInForm(HttpResponse<String> response) {
        return response.statusCode() == 200 && SIGN_IN_FORM.matcher(response.body()).find();
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("(no Location header)");
    }

    public static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in the page");
        }
        return matcher.group(1);
    }
}
