package org.firstmile.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import org.firstmile.testsupport.http.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR as shipped, seen over HTTP as a browser sees it: who is sent to sign in, who is refused a staff or an
 * administration page, that a disabled user cannot sign in, and that the server says it is ready. Signs in through
 * the real Faces login form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebAccessIT {

    private static final List<String> ADMINISTRATION_PAGES = List.of("identity/users.xhtml",
            "organisation/organisations.xhtml", "organisation/funds.xhtml");

    @ArquillianResource
    URL base;

    @Test
    void serverSaysItIsReadyOnceTheSchemaIsMigrated() throws Exception {
        HttpResponse<String> ready = get(newBrowser(), URI.create(base.toString()).resolve("/health/ready"));

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
        assertTrue(ready.body().contains("\"schemaVersion\":\"" + latestMigration() + "\""), ready.body());
    }

    /** The highest version among the migrations in the source tree, as Flyway writes it ("7", "7.1"). */
    private static String latestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+(_\\d+)?__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")).replace('_', '.'))
                    .max(java.util.Comparator.comparingDouble(Double::parseDouble))
                    .orElseThrow();
        }
    }

    @Test
    void anonymousVisitorAskingForTheDashboardIsShownTheSignInPage() throws Exception {
        HttpClient visitor = newBrowser();

        assertShowsSignIn(get(visitor, page("dashboard.xhtml")));
        assertShowsSignIn(get(visitor, page("grant/list.xhtml")));
    }

    @Test
    void signInPageIsOpenToAnonymousVisitors() throws Exception {
        HttpResponse<String> login = get(newBrowser(), page("login.xhtml"));

        assertEquals(200, login.statusCode());
        assertTrue(Http.VIEW_STATE.matcher(login.body()).find(), "a Faces form with its view state");
    }

    @Test
    void funderIsRefusedTheStaffDashboard() throws Exception {
        HttpClient funder = newBrowser();
        HttpResponse<String> signedIn = signIn(funder, "funder", "funder-demo-2026");
        assertEquals(302, signedIn.statusCode(), "signed in and sent on");
        assertTrue(location(signedIn).endsWith("/funder/index.xhtml"), "a funder is sent to their own grants: "
                + location(signedIn));

        assertEquals(403, get(funder, page("dashboard.xhtml")).statusCode());
        assertEquals(403, get(funder, page("proposal/list.xhtml")).statusCode());
    }

    @Test
    void partnerIsRefusedTheStaffDashboard() throws Exception {
        HttpClient partner = newBrowser();
        assertEquals(302, signIn(partner, "partner", "partner-demo-2026").statusCode());

        assertEquals(403, get(partner, page("dashboard.xhtml")).statusCode());
    }

    @Test
    void firstAdministratorNamedInTheConfigurationCanSignInAndOpenStaffPages() throws Exception {
        HttpClient administrator = newBrowser();
        HttpResponse<String> signedIn = signIn(administrator, "first-admin", "first-admin-password-2026");

        assertEquals(302, signedIn.statusCode(), "signed in and sent on");
        assertEquals(200, get(administrator, page("proposal/list.xhtml")).statusCode());
    }

    @Test
    void staffAreSentToTheirDashboardAfterSigningIn() throws Exception {
        HttpClient staff = newBrowser();
        HttpResponse<String> signedIn = signIn(staff, "staff", "staff-demo-2026");
        assertEquals(302, signedIn.statusCode());
        assertTrue(location(signedIn).endsWith("/dashboard.xhtml"), location(signedIn));

        HttpResponse<String> dashboard = get(staff, page("dashboard.xhtml"));
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("Building a Relationships Collective"),
                "the demo grant is on the dashboard");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessageAndOpensNoStaffPage() throws Exception {
        HttpClient visitor = newBrowser();
        HttpResponse<String> refused = signIn(visitor, "staff", "not-the-password");

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("The username or password is not right"), refused.body());
        HttpResponse<String> dashboard = get(visitor, page("dashboard.xhtml"));
        assertFalse(dashboard.body().contains("Building a Relationships Collective"), "no staff data after a "
                + "failed sign-in");
    }

    @Test
    void usernameWithAControlCharacterIsRefusedWithAMessageNotAServerError() throws Exception {
        HttpResponse<String> refused = signIn(newBrowser(), "staff\u0000", "staff-demo-2026");

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("A username has no control characters"), refused.body());
    }

    @Test
    void afterAWrongPasswordAskingForTheDashboardShowsTheSignInPageAgain() throws Exception {
        HttpClient visitor = newBrowser();
        signIn(visitor, "staff", "not-the-password");

        assertShowsSignIn(get(visitor, page("dashboard.xhtml")));
    }

    @Test
    void signingInOverALiveSignInWithAWrongPasswordEndsTheOldSignIn() throws Exception {
        HttpClient sharedComputer = newBrowser();
        signIn(sharedComputer, "staff", "staff-demo-2026");
        assertEquals(200, get(sharedComputer, page("dashboard.xhtml")).statusCode());

        HttpResponse<String> refused = signIn(sharedComputer, "funder", "not-the-password");

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("The username or password is not right"), refused.body());
        assertShowsSignIn(get(sharedComputer, page("dashboard.xhtml")));
    }

    @Test
    void signingInOverALiveSignInAsSomeoneElseActsAsThem() throws Exception {
        HttpClient sharedComputer = newBrowser();
        signIn(sharedComputer, "staff", "staff-demo-2026");

        HttpResponse<String> funder = signIn(sharedComputer, "funder", "funder-demo-2026");

        assertEquals(302, funder.statusCode());
        assertTrue(location(funder).endsWith("/funder/index.xhtml"), location(funder));
        assertEquals(403, get(sharedComputer, page("dashboard.xhtml")).statusCode());
        assertMenu(get(sharedComputer, page("funder/index.xhtml")), "nav-funder", "nav-dashboard");
    }

    /** The menu shows each person the parts for their roles, and none of the others'. */
    @Test
    void eachRoleSeesItsOwnMenu() throws Exception {
        assertMenu(signedInPage("staff", "index.xhtml"), "nav-dashboard", "nav-users", "nav-funder", "nav-portal");
        assertMenu(signedInPage("admin", "index.xhtml"), "nav-dashboard", "nav-funder", "nav-portal");
        assertMenu(signedInPage("admin", "index.xhtml"), "nav-users", "nav-funder", "nav-portal");
        assertMenu(signedInPage("funder", "index.xhtml"), "nav-funder", "nav-dashboard", "nav-users", "nav-portal");
        assertMenu(signedInPage("partner", "index.xhtml"), "nav-portal", "nav-dashboard", "nav-users", "nav-funder");
        assertMenu(get(newBrowser(), page("index.xhtml")), "sign-in", "nav-dashboard", "nav-funder", "nav-portal");
    }

    private HttpResponse<String> signedInPage(String username, String path) throws Exception {
        HttpClient browser = newBrowser();
        assertEquals(302, signIn(browser, username, username + "-demo-2026").statusCode(), username);
        HttpResponse<String> response = get(browser, page(path));
        assertEquals(200, response.statusCode(), username + " " + path);
        // Twice: the second page takes the menu from what the first found out.
        return get(browser, page(path));
    }

    /** The page shows the element with the id {@code shown} and none of the {@code hidden} ones. */
    private static void assertMenu(HttpResponse<String> response, String shown, String... hidden) {
        assertTrue(response.body().contains("id=\"" + shown + "\""), () -> shown + " missing: " + response.body());
        for (String absent : hidden) {
            assertFalse(response.body().contains("id=\"" + absent + "\""), () -> absent + " shown: " + response.body());
        }
    }

    @Test
    void disabledUserCannotSignIn() throws Exception {
        setEnabled("partner", false);
        try {
            HttpClient visitor = newBrowser();
            HttpResponse<String> refused = signIn(visitor, "partner", "partner-demo-2026");

            assertEquals(200, refused.statusCode(), "the sign-in page again, not a redirect");
            assertTrue(refused.headers().firstValue("Location").isEmpty(), location(refused));
            assertTrue(refused.body().contains("The username or password is not right"), refused.body());
            assertShowsSignIn(get(visitor, page("dashboard.xhtml")));
        } finally {
            setEnabled("partner", true);
        }

        HttpResponse<String> enabledAgain = signIn(newBrowser(), "partner", "partner-demo-2026");
        assertEquals(302, enabledAgain.statusCode(), "enabled again, the partner signs in");
    }

    @Test
    void staffAreRefusedTheAdministrationPages() throws Exception {
        HttpClient staff = newBrowser();
        assertEquals(302, signIn(staff, "staff", "staff-demo-2026").statusCode());

        for (String administration : ADMINISTRATION_PAGES) {
            HttpResponse<String> refused = get(staff, page(administration));
            assertEquals(403, refused.statusCode(), administration);
            assertFalse(refused.body().contains("GB-GOR-PB188"), administration + " showed organisation data");
        }
        assertEquals(200, get(staff, page("dashboard.xhtml")).statusCode(), "still signed in as staff");
    }

    @Test
    void administratorOpensTheAdministrationPages() throws Exception {
        HttpClient administrator = newBrowser();
        assertEquals(302, signIn(administrator, "admin", "admin-demo-2026").statusCode());

        HttpResponse<String> usersPage = get(administrator, page("identity/users.xhtml"));
        assertEquals(200, usersPage.statusCode());
        assertTrue(Pattern.compile(">\\s*admin\\s*<").matcher(usersPage.body()).find(),
                () -> "the demo user admin is listed first: " + usersPage.body());
        assertTrue(Pattern.compile("1–\\d+ of \\d+").matcher(usersPage.body()).find(),
                "the users are listed a page at a time, with their number");
        assertTrue(usersPage.body().contains("Filter by role"), "and can be filtered by role");

        HttpResponse<String> organisationsPage = get(administrator, page("organisation/organisations.xhtml"));
        assertEquals(200, organisationsPage.statusCode());
        assertTrue(Pattern.compile("1–\\d+ of \\d+").matcher(organisationsPage.body()).find(),
                "the organisations are listed a page at a time, with their number");
        assertTrue(organisationsPage.body().contains("Filter by part"), "and can be filtered by part");

        HttpResponse<String> fundsPage = get(administrator, page("organisation/funds.xhtml"));
        assertEquals(200, fundsPage.statusCode());
        assertTrue(fundsPage.body().contains("Bringing People Together Fund"), "the demo fund is listed");
    }

    // ---- a small browser -----------------------------------------------------------------------------------------

    private static HttpClient newBrowser() {
        return Http.newClient();
    }

    private URI page(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private HttpResponse<String> signIn(HttpClient browser, String username, String password)
            throws IOException, InterruptedException {
        return Http.signIn(browser, URI.create(base.toString()), username, password);
    }

    private static HttpResponse<String> get(HttpClient browser, URI uri) throws IOException, InterruptedException {
        return Http.get(browser, uri);
    }

    /**
     * The sign-in page instead of the page asked for: either a redirect to it, or (when the application forwards
     * to it, keeping the address) the sign-in form in the response.
     */
    private static void assertShowsSignIn(HttpResponse<String> response) {
        if (response.statusCode() == 302 || response.statusCode() == 303) {
            assertTrue(location(response).contains("/login.xhtml"), location(response));
        } else {
            assertEquals(200, response.statusCode());
            assertTrue(Http.SIGN_IN_FORM.matcher(response.body()).find(), () -> "no sign-in form in: " + response.body());
            assertFalse(response.body().contains("Building a Relationships Collective"), "no staff data");
        }
    }

    private static String location(HttpResponse<?> response) {
        return Http.location(response);
    }

    // ---- the database, as an administrator's "Disable" would leave it ----------------------------------------------

    /**
     * Enables or disables a user straight in the application's database (the test JVM cannot call the services),
     * moving the version on as a save through the users page would.
     */
    private static void setEnabled(String username, boolean enabled) throws SQLException {
        try (Connection connection = DriverManager.getConnection(environment("FIRSTMILE_DB_URL"),
                environment("FIRSTMILE_DB_USER"), System.getenv("FIRSTMILE_DB_PASSWORD"));
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE app_user SET enabled = ?, version = version + 1 WHERE username = ?")) {
            update.setBoolean(1, enabled);
            update.setString(2, username);
            assertEquals(1, update.executeUpdate(), "one user named " + username);
        }
    }

    private static String environment(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the integration tests with 'mvn verify', "
                    + "whose Failsafe configuration points the tests at the test database");
        }
        return value;
    }

}
