package org.firstmile.testsupport.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.Optional;
import org.firstmile.testsupport.http.Http;

/** An HTTP session for the benchmarks: signed in through FirstMile's own sign-in form, or anonymous. */
final class SignedIn {

    private final HttpClient client;
    private final URI base;

    private SignedIn(URI base) {
        this.base = base;
        this.client = Http.newClient();
    }

    static SignedIn as(URI base, String username, String password) throws IOException, InterruptedException {
        SignedIn session = new SignedIn(base);
        HttpResponse<String> signedIn = Http.signIn(session.client, base, username, password);
        if (signedIn.statusCode() != 302 || Http.location(signedIn).contains("login")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + signedIn.statusCode());
        }
        return session;
    }

    static SignedIn anonymous(URI base) {
        return new SignedIn(base);
    }

    /** The client with this session's cookies, for requests of its own. */
    HttpClient client() {
        return client;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return Http.get(client, base.resolve(path));
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
        Optional<HttpCookie> session = cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .filter(c -> c.getPath() == null || contextPath.startsWith(c.getPath()))
                .max(Comparator.comparingInt(c -> c.getPath() == null ? 0 : c.getPath().length()));
        return session.map(c -> "JSESSIONID=" + c.getValue()).orElseThrow(
                () -> new IllegalStateException("No session cookie for " + contextPath));
    }

    /** As {@link #cookieFor}, or nothing when the pages seen so far made no session. */
    String cookieOrEmpty(String contextPath) {
        return cookies().getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID"))
                ? cookieFor(contextPath) : "";
    }

    private CookieManager cookies() {
        return (CookieManager) client.cookieHandler().orElseThrow();
    }

    static void requireOk(String path, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + " "
                    + Http.location(response));
        }
    }
}
