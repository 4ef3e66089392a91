package org.firstmile.testsupport.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An HTTP session: signed in through FirstMile's own sign-in form, or plain for the floor application. */
final class SignedIn {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client;
    private final CookieManager cookies;
    private final URI base;

    private SignedIn(URI base) {
        this.base = base;
        this.cookies = new CookieManager();
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    static SignedIn as(URI base, String username, String password) throws IOException, InterruptedException {
        SignedIn session = new SignedIn(base);
        String form = session.get("login.xhtml").body();
        Matcher viewState = VIEW_STATE.matcher(form);
        if (!viewState.find()) {
            throw new IllegalStateException("No view state on the sign-in page");
        }
        String body = "login=login&login%3Anext=&login%3Ausername=" + enc(username) + "&login%3Apassword="
                + enc(password) + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState.group(1));
        HttpResponse<String> signedIn = session.client.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 200 || signedIn.uri().getPath().contains("login")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + signedIn.statusCode() + " at "
                    + signedIn.uri());
        }
        return session;
    }

    static SignedIn anonymous(URI base) {
        return new SignedIn(base);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The statements FirstMile sent for one GET of {@code path} (needs firstmile.diagnostics.count-statements). */
    int statementsFor(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path))
                .header("X-Count-Statements", "1").build(), HttpResponse.BodyHandlers.ofString());
        requireOk(path, response);
        return Integer.parseInt(response.headers().firstValue("X-SQL-Statements").orElseThrow(
                () -> new IllegalStateException("No statement count for " + path + ": is counting switched on?")));
    }

    /** The Cookie header value for wrk: this session's cookie for the given context path. */
    String cookieFor(String contextPath) {
        Optional<HttpCookie> session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .filter(c -> c.getPath() == null || contextPath.startsWith(c.getPath()))
                .max(java.util.Comparator.comparingInt(c -> c.getPath() == null ? 0 : c.getPath().length()));
        return session.map(c -> "JSESSIONID=" + c.getValue()).orElseThrow(
                () -> new IllegalStateException("No session cookie for " + contextPath));
    }

    /** As {@link #cookieFor}, or nothing when the pages seen so far made no session. */
    String cookieOrEmpty(String contextPath) {
        return cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID"))
                ? cookieFor(contextPath) : "";
    }

    static void requireOk(String path, HttpResponse<String> response) {
        if (response.statusCode() != 200 || response.uri().getPath().contains("login")) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + " at " + response.uri());
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
