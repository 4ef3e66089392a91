package org.firstmile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firstmile.testsupport.http.FacesForm;
import org.firstmile.testsupport.http.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions, sign-in throttling and forged form posts, over HTTP against the WAR as built. Each test that changes an
 * account works on its own copy of the demo staff user, so the demo logins stay usable for every other test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionSecurityIT {

    private static final String STAFF_PASSWORD = "staff-demo-2026";

    private static final Pattern SIGN_OUT_TOKEN = Pattern.compile(
            "<form id=\"signout\" method=\"post\" action=\"[^\"]*/signout\"[^>]*>\\s*<input type=\"hidden\" name=\"token\" value=\"([^\"]+)\"");

    @ArquillianResource
    URL base;

    @Test
    void signingInIssuesANewSessionIdAndTheOldOneOpensNothing() throws Exception {
        HttpClient browser = Http.newClient();
        Http.get(browser, page("login.xhtml"));
        String before = sessionId(browser);

        assertThat(Http.signIn(browser, base(), "staff", STAFF_PASSWORD).statusCode()).isEqualTo(302);
        String after = sessionId(browser);

        assertThat(before).as("a session before signing in").isNotBlank();
        assertThat(after).as("the session id after signing in").isNotBlank().isNotEqualTo(before);
        HttpClient attacker = Http.newClient();
        cookies(attacker).getCookieStore().add(page("").resolve("/"), sessionCookie(before));
        HttpResponse<String> withOldId = Http.get(attacker, page("dashboard.xhtml"));
        assertThat(Http.showsSignInForm(withOldId)).as("the id known before sign-in is worthless").isTrue();
        assertThat(Http.get(browser, page("dashboard.xhtml")).statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutNeedsTheSessionsTokenAndThenEndsTheSession() throws Exception {
        HttpClient browser = Http.newClient();
        assertThat(Http.signIn(browser, base(), "staff", STAFF_PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> dashboard = Http.get(browser, page("dashboard.xhtml"));
        Matcher token = SIGN_OUT_TOKEN.matcher(dashboard.body());
        assertThat(token.find()).as("the header's sign-out form carries a token").isTrue();

        HttpResponse<String> forged = FacesForm.postFields(browser, page("signout"), Map.of("token", "guessed"));
        assertThat(forged.statusCode()).as("a post without the session's token").isEqualTo(403);
        HttpResponse<String> none = FacesForm.postFields(browser, page("signout"), Map.of());
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(Http.get(browser, page("dashboard.xhtml")).statusCode()).as("still signed in").isEqualTo(200);

        HttpResponse<String> signedOut = FacesForm.postFields(browser, page("signout"), Map.of("token", token.group(1)));
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(Http.location(signedOut)).endsWith("/login.xhtml?signedOut=true");
        assertThat(Http.showsSignInForm(Http.get(browser, page("dashboard.xhtml")))).as("signed out").isTrue();
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() throws Exception {
        HttpResponse<String> login = Http.get(Http.newClient(), page("login.xhtml"));

        String setCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
    }

    @Test
    void tenFailedSignInsLockTheAccountEvenForTheRightPassword() throws Exception {
        String user = copyOfStaff("throttle-probe");
        for (int attempt = 1; attempt <= 10; attempt++) {
            HttpResponse<String> refused = Http.signIn(Http.newClient(), base(), user, "wrong-password-" + attempt);
            assertThat(refused.body()).as("attempt " + attempt).contains("The username or password is not right");
        }

        HttpResponse<String> locked = Http.signIn(Http.newClient(), base(), user, STAFF_PASSWORD);

        assertThat(locked.statusCode()).as("not signed in").isEqualTo(200);
        assertThat(locked.body()).as("15 minutes from the first failure, less the time the ten attempts took")
                .containsPattern("Too many failed sign-in attempts for this account\\. Try again in 1[0-5] minutes\\.");
        assertThat(Http.signIn(Http.newClient(), base(), "staff", STAFF_PASSWORD).statusCode())
                .as("other accounts are not affected").isEqualTo(302);
        assertThat(count("SELECT count(*) FROM login_attempt WHERE username = '" + user + "' AND NOT succeeded"))
                .as("the ten failures are recorded; the locked attempt is not counted again").isEqualTo(10);
    }

    @Test
    void everySignInSuccessAndFailureIsRecordedWithoutThePassword() throws Exception {
        String user = copyOfStaff("attempt-probe");
        Http.signIn(Http.newClient(), base(), user, "a-wrong-password-123");
        Http.signIn(Http.newClient(), base(), user, STAFF_PASSWORD);

        assertThat(count("SELECT count(*) FROM login_attempt WHERE username = '" + user + "' AND NOT succeeded"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM login_attempt WHERE username = '" + user + "' AND succeeded"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM login_attempt WHERE username LIKE '%a-wrong-password%' "
                + "OR remote_address LIKE '%a-wrong-password%'")).isZero();
    }

    @Test
    void aUserDisabledByAnAdministratorLosesTheirSessionAtTheNextRequest() throws Exception {
        String user = copyOfStaff("disable-probe");
        HttpClient browser = Http.newClient();
        assertThat(Http.signIn(browser, base(), user, STAFF_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(Http.get(browser, page("dashboard.xhtml")).statusCode()).isEqualTo(200);

        update("UPDATE app_user SET enabled = false, version = version + 1 WHERE username = '" + user + "'");
        HttpResponse<String> next = Http.get(browser, page("dashboard.xhtml"));

        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(Http.location(next)).endsWith("/login.xhtml?ended=true");
        assertThat(Http.showsSignInForm(Http.get(browser, page("dashboard.xhtml"))))
                .as("signed out for good, not only for one request").isTrue();
        update("UPDATE app_user SET enabled = true, version = version + 1 WHERE username = '" + user + "'");
        assertThat(Http.showsSignInForm(Http.get(browser, page("dashboard.xhtml"))))
                .as("enabling the account again does not bring the old session back").isTrue();
    }

    @Test
    void aFormPostedWithoutOrWithAForgedViewStateChangesNothing() throws Exception {
        long proposal = count("INSERT INTO proposal (title, applicant_id, fund_id, status, amount_requested, "
                + "duration_months, created_by, created_at, updated_at) SELECT 'View state probe', applicant_id, "
                + "fund_id, 'DRAFT', 1000, 12, 'staff', now(), now() FROM proposal ORDER BY id LIMIT 1 RETURNING id");
        HttpClient staff = Http.newClient();
        assertThat(Http.signIn(staff, base(), "staff", STAFF_PASSWORD).statusCode()).isEqualTo(302);
        FacesForm form = FacesForm.of(Http.get(staff, page("proposal/view.xhtml?id=" + proposal)), "proposal");
        String realViewState = form.fields().get("jakarta.faces.ViewState");

        List<HttpResponse<String>> forged = List.of(
                form.remove("jakarta.faces.ViewState").set("proposal:title", "Changed without a view state")
                        .post(staff, "proposal:save"),
                form.set("jakarta.faces.ViewState", "-4242424242424242424:1234567890123456789")
                        .set("proposal:title", "Changed with a forged view state").post(staff, "proposal:save"),
                form.set("jakarta.faces.ViewState", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==")
                        .set("proposal:title", "Changed with a serialised object").post(staff, "proposal:save"));

        for (HttpResponse<String> response : forged) {
            assertThat(response.statusCode()).as("refused, not failed").isLessThan(500);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
        assertThat(text("SELECT title FROM proposal WHERE id = " + proposal)).isEqualTo("View state probe");
        HttpResponse<String> honest = form.set("jakarta.faces.ViewState", realViewState)
                .set("proposal:title", "Changed by the real form").post(staff, "proposal:save");
        assertThat(honest.statusCode()).isLessThan(400);
        assertThat(text("SELECT title FROM proposal WHERE id = " + proposal))
                .as("the same post with the page's own view state saves, so the refusals above are real")
                .isEqualTo("Changed by the real form");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private URI base() {
        return URI.create(base.toString());
    }

    private URI page(String path) {
        return base().resolve(path);
    }

    private static CookieManager cookies(HttpClient client) {
        return (CookieManager) client.cookieHandler().orElseThrow();
    }

    private static String sessionId(HttpClient client) {
        return cookies(client).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue)
                .reduce((first, last) -> last).orElse(null);
    }

    private static HttpCookie sessionCookie(String value) {
        HttpCookie cookie = new HttpCookie("JSESSIONID", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        return cookie;
    }

    /** A new user with the demo staff user's password and roles (made once per database). */
    private static String copyOfStaff(String username) throws SQLException {
        update("INSERT INTO app_user (username, display_name, password_hash) SELECT '" + username + "', 'Probe', "
                + "password_hash FROM app_user WHERE username = 'staff' ON CONFLICT (username) DO NOTHING");
        update("INSERT INTO app_user_role (user_id, role) SELECT u.id, r.role FROM app_user u, app_user_role r "
                + "JOIN app_user s ON s.id = r.user_id WHERE u.username = '" + username + "' AND s.username = 'staff' "
                + "ON CONFLICT DO NOTHING");
        update("DELETE FROM login_attempt WHERE username = '" + username + "'");
        return username;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getenv("FIRSTMILE_DB_URL"), System.getenv("FIRSTMILE_DB_USER"),
                System.getenv("FIRSTMILE_DB_PASSWORD"));
    }

    private static void update(String sql) throws SQLException {
        try (Connection db = database(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private static String text(String sql) throws SQLException {
        try (Connection db = database(); ResultSet result = db.createStatement().executeQuery(sql)) {
            if (!result.next()) {
                throw new IllegalStateException("Nothing for " + sql);
            }
            return result.getString(1);
        }
    }

    static {
        if (System.getenv("FIRSTMILE_DB_URL") == null) {
            throw new IllegalStateException("Run with 'mvn verify': Failsafe points the tests at the test database");
        }
    }
}
