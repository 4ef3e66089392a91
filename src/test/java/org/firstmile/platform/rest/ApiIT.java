package org.firstmile.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firstmile.testsupport.TestDatabase;
import org.firstmile.testsupport.http.Api;
import org.firstmile.testsupport.http.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API over HTTP as a program sees it: HTTP Basic, scoping by the same services as the pages, the pages' rules
 * for partner updates, problem+json for every failure, and the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    private static final String STAFF = "staff";
    private static final String FUNDER = "funder";
    private static final String PARTNER = "partner";
    /** A funder of another organisation and a partner of the Samuel Centre, made by {@link #people}. */
    private static final String OTHER_FUNDER = "api-funder-y";
    private static final String OTHER_PARTNER = "api-partner-b";

    @ArquillianResource
    URL base;

    private String grantId;
    private String rootsProgramme;
    private String yearOne;

    @BeforeEach
    void people() throws Exception {
        try (TestDatabase db = TestDatabase.arquillian()) {
            db.execute("INSERT INTO organisation (name, org_id, type) VALUES ('API Trust', 'GB-CHC-0000002', "
                    + "'FUNDER') ON CONFLICT (org_id) DO NOTHING");
            db.copyUser("funder", OTHER_FUNDER, "GB-CHC-0000002");
            db.copyUser("partner", OTHER_PARTNER, "GB-SAMPLE-SCSC");
            grantId = db.one("SELECT id FROM grant_award WHERE title LIKE 'Building a Relationships%'");
            rootsProgramme = db.one("SELECT id FROM partner_programme WHERE name = 'The Roots Programme'");
            yearOne = db.one("SELECT id FROM reporting_period WHERE sequence_no = 1 AND grant_id = " + grantId);
        }
    }

    @Test
    void anonymousCallGets401WithABasicChallengeAndAProblemNotTheSignInPage() throws Exception {
        HttpResponse<String> response = Api.anonymous("GET", api("grants"), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic realm=");
        assertProblem(response, 401, "unauthenticated");
    }

    @Test
    void basicCredentialsWithAControlCharacterAreAProblemNotAServerError() throws Exception {
        assertProblem(Api.get(api("grants"), "staff\u0000", STAFF + "-demo-2026"), 401, "unauthenticated");
    }

    @Test
    void wrongPasswordGets401AndCountsTowardsTheSignInLimit() throws Exception {
        String probe = "api-wrong-password-probe";
        try (TestDatabase db = TestDatabase.arquillian()) {
            db.copyUser("staff", probe, null);
            db.execute("DELETE FROM login_attempt WHERE username = '" + probe + "'");
        }
        assertProblem(Api.get(api("grants"), probe, "not-the-password"), 401, "unauthenticated");
        assertThat(Api.get(api("grants"), probe, STAFF + "-demo-2026").statusCode()).isEqualTo(200);
        try (TestDatabase db = TestDatabase.arquillian()) {
            assertThat(db.one("SELECT count(*) FROM login_attempt WHERE username = '" + probe + "' AND NOT succeeded"))
                    .isEqualTo("1");
        }
    }

    @Test
    void anAccountWithTenRecentFailuresGets429EvenWithTheRightPasswordAndOthersAreNotAffected() throws Exception {
        String probe = "api-throttle-probe";
        try (TestDatabase db = TestDatabase.arquillian()) {
            db.copyUser("staff", probe, null);
            db.execute("DELETE FROM login_attempt WHERE username = '" + probe + "'");
            // Ten failures a minute ago, as ten wrong passwords on the sign-in page or the API would leave them.
            db.execute("INSERT INTO login_attempt (username, attempted_at, succeeded) SELECT '" + probe
                    + "', now() - interval '1 minute', false FROM generate_series(1, 10)");
        }

        HttpResponse<String> locked = Api.get(api("grants"), probe, STAFF + "-demo-2026");

        assertProblem(locked, 429, "too-many-sign-in-attempts");
        assertThat(locked.body()).contains("Try again in 14 minutes");
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(780L, 840L);
        assertThat(Api.get(api("grants"), STAFF, STAFF + "-demo-2026").statusCode()).isEqualTo(200);
    }

    @Test
    void signedInBrowserSessionDoesNotAuthenticateAnApiCall() throws Exception {
        HttpClient browser = Http.newClient();
        assertThat(Http.signIn(browser, URI.create(base.toString()), STAFF, STAFF + "-demo-2026").statusCode())
                .isEqualTo(302);

        assertThat(Http.get(browser, api("grants")).statusCode()).isEqualTo(401);
    }

    @Test
    void staffReadTheDemoGrantAndItsMilestones() throws Exception {
        assertThat(everyGrantAs(STAFF)).contains(grantId);

        JsonObject grant = object(as(STAFF, "GET", "grants/" + grantId, null, 200));
        assertThat(grant.getString("identifier")).startsWith("360G-");
        assertThat(grant.getJsonArray("periods")).hasSize(2);
        JsonArray milestones = array(as(STAFF, "GET", "grants/" + grantId + "/milestones", null, 200));
        assertThat(milestones.getValuesAs(JsonObject.class)).extracting(m -> m.getString("title"))
                .contains("Recruit the Relationships Collective");
    }

    @Test
    void grantsComeAPageAtATimeWithTheTotalAndLinksToTheNextAndPreviousPages() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String total;
        String funders;
        try (TestDatabase db = TestDatabase.arquillian()) {
            // Five more grants of the demo fund, so that there are pages to go through.
            db.execute("INSERT INTO proposal (title, applicant_id, fund_id, status, amount_requested, currency, "
                    + "duration_months, summary, public_flag, created_by, created_at, updated_at) SELECT 'API paging "
                    + run + " ' || n, p.applicant_id, p.fund_id, 'AWARDED', 1000 + n, 'GBP', 12, 'Paged', false, "
                    + "'staff', now(), now() FROM generate_series(1, 5) n, (SELECT applicant_id, fund_id FROM "
                    + "proposal ORDER BY id LIMIT 1) p");
            db.execute("INSERT INTO grant_award (identifier, proposal_id, title, recipient_id, fund_id, "
                    + "amount_awarded, currency, award_date, planned_start, planned_end, manager, created_at) SELECT "
                    + "'360G-api-paging-' || p.id, p.id, p.title, p.applicant_id, p.fund_id, p.amount_requested, "
                    + "'GBP', DATE '2001-01-01', DATE '2001-02-01', DATE '2002-01-31', 'staff', now() FROM proposal p "
                    + "WHERE p.title LIKE 'API paging " + run + " %'");
            total = db.one("SELECT count(*) FROM grant_award");
            funders = db.one("SELECT count(*) FROM grant_award g JOIN fund f ON f.id = g.fund_id JOIN organisation o "
                    + "ON o.id = f.funder_id WHERE o.org_id = 'GB-GOR-PB188' OR EXISTS (SELECT 1 FROM grant_co_funder "
                    + "c JOIN organisation co ON co.id = c.funder_id WHERE c.grant_id = g.id AND co.org_id = "
                    + "'GB-GOR-PB188')");
        }
        try {
            HttpResponse<String> first = as(STAFF, "GET", "grants?limit=2", null, 200);
            assertThat(array(first)).hasSize(2);
            assertThat(first.headers().firstValue("X-Total-Count")).hasValue(total);
            assertThat(links(first)).doesNotContainKey("prev").containsKey("next");
            assertThat(links(first).get("next")).contains("offset=2").contains("limit=2");

            HttpResponse<String> second = Api.get(URI.create(links(first).get("next")), STAFF,
                    STAFF + "-demo-2026");
            assertThat(links(second).get("prev")).contains("offset=0").contains("limit=2");
            assertThat(ids(array(as(STAFF, "GET", "grants?limit=4", null, 200))))
                    .as("two pages of two are the first four")
                    .isEqualTo(concat(ids(array(first)), ids(array(second))));

            assertThat(everyGrantAs(STAFF)).hasSize(Integer.parseInt(total)).doesNotHaveDuplicates();
            assertThat(as(FUNDER, "GET", "grants", null, 200).headers().firstValue("X-Total-Count"))
                    .hasValue(funders);
            assertThat(as(OTHER_FUNDER, "GET", "grants", null, 200).headers().firstValue("X-Total-Count"))
                    .hasValue("0");

            for (String bad : List.of("limit=0", "limit=101", "limit=many", "offset=-1", "offset=1e3")) {
                assertProblem(Api.get(api("grants?" + bad), STAFF, STAFF + "-demo-2026"), 400, "validation");
            }
        } finally {
            try (TestDatabase db = TestDatabase.arquillian()) {
                db.execute("DELETE FROM grant_award WHERE identifier LIKE '360G-api-paging-%'");
                db.execute("DELETE FROM proposal WHERE title LIKE 'API paging " + run + " %'");
            }
        }
    }

    /** Every grant the person may see, following the list's next links a page of 100 at a time. */
    private List<String> everyGrantAs(String person) throws Exception {
        List<String> every = new ArrayList<>();
        HttpResponse<String> page = as(person, "GET", "grants", null, 200);
        while (true) {
            every.addAll(ids(array(page)));
            String next = links(page).get("next");
            if (next == null) {
                return every;
            }
            page = Api.get(URI.create(next), person, person + "-demo-2026");
        }
    }

    /** The Link header's addresses by relation (RFC 8288). */
    private static Map<String, String> links(HttpResponse<String> response) {
        Map<String, String> links = new HashMap<>();
        for (String header : response.headers().allValues("Link")) {
            Matcher link = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?(\\w+)\"?").matcher(header);
            while (link.find()) {
                links.put(link.group(2), link.group(1));
            }
        }
        return links;
    }

    private static List<String> ids(JsonArray grants) {
        return grants.getValuesAs(JsonObject.class).stream()
                .map(g -> String.valueOf(g.getJsonNumber("id").longValue())).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    @Test
    void funderReadsTheirOwnGrantButAnotherFundersGrantIsNotFound() throws Exception {
        assertThat(object(as(FUNDER, "GET", "grants/" + grantId, null, 200)).getString("title"))
                .startsWith("Building a Relationships");

        assertThat(array(as(OTHER_FUNDER, "GET", "grants", null, 200))).isEmpty();
        assertProblem(Api.get(api("grants/" + grantId), OTHER_FUNDER, FUNDER + "-demo-2026"), 404, "not-found");
        assertProblem(Api.get(api("grants/" + grantId + "/milestones"), OTHER_FUNDER, FUNDER + "-demo-2026"), 404,
                "not-found");
    }

    @Test
    void partnerIsRefusedGrantsAndStaffAreRefusedThePartnerCalls() throws Exception {
        assertProblem(Api.get(api("grants"), PARTNER, PARTNER + "-demo-2026"), 403, "forbidden");
        assertProblem(Api.get(api("grants/" + grantId), PARTNER, PARTNER + "-demo-2026"), 403, "forbidden");
        assertProblem(Api.get(api("partner/reporting"), STAFF, STAFF + "-demo-2026"), 403, "forbidden");
    }

    @Test
    void partnerCannotReadSaveOrSubmitAnotherProgrammesUpdate() throws Exception {
        String update = "partner/programmes/" + rootsProgramme + "/periods/" + yearOne + "/update";
        String before = as(PARTNER, "GET", update, null, 200).body();

        for (String[] call : new String[][] {{"GET", update}, {"PUT", update}, {"POST", update + "/submission"}}) {
            HttpResponse<String> response = Api.call(call[0], api(call[1]), OTHER_PARTNER, PARTNER + "-demo-2026",
                    call[0].equals("GET") ? null : "{\"story\": \"Not ours to write.\"}");
            assertProblem(response, 404, "not-found");
        }
        assertThat(as(PARTNER, "GET", update, null, 200).body()).as("Roots' update is as it was").isEqualTo(before);
        assertThat(array(as(OTHER_PARTNER, "GET", "partner/reporting", null, 200)).toString())
                .doesNotContain("The Roots Programme");
    }

    @Test
    void partnerSubmitsAnUpdateThroughTheApiUnderThePagesRules() throws Exception {
        String update = "partner/programmes/" + newRootsProgramme() + "/periods/" + yearOne + "/update";

        HttpResponse<String> noStory = as(PARTNER, "POST", update + "/submission",
                "{\"community\": \"We met in the library.\"}", 422);
        assertProblem(noStory, 422, "business-rule");
        assertThat(object(noStory).getString("detail")).contains("Write the story of the period");
        assertThat(object(as(PARTNER, "GET", update, null, 200)).getJsonArray("revisions"))
                .as("a refused submission saves nothing").isEmpty();

        JsonObject draft = object(as(PARTNER, "PUT", update, "{\"story\": \"We met weekly.\"}", 200));
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        int version = draft.getInt("version");
        assertProblem(as(PARTNER, "PUT", update, "{\"version\": " + (version + 5) + ", \"story\": \"Stale.\"}", 409),
                409, "edit-conflict");

        JsonObject submitted = object(as(PARTNER, "POST", update + "/submission", "{\"version\": " + version
                + ", \"story\": \"We met weekly, twenty of us.\"}", 200));
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getString("story")).isEqualTo("We met weekly, twenty of us.");
        assertProblem(as(PARTNER, "PUT", update, "{\"version\": " + submitted.getInt("version")
                + ", \"story\": \"Changed afterwards.\"}", 422), 422, "business-rule");
    }

    @Test
    void malformedJsonTooLongTextAndUnknownAddressesAreProblems() throws Exception {
        String update = "partner/programmes/" + rootsProgramme + "/periods/" + yearOne + "/update";

        assertProblem(as(PARTNER, "PUT", update, "{\"story\": ", 400), 400, "malformed-json");
        assertProblem(as(PARTNER, "PUT", update, "{\"story\": \"" + "a".repeat(20_001) + "\"}", 400), 400,
                "validation");
        assertProblem(as(STAFF, "GET", "no-such-thing", null, 404), 404, "not-found");
    }

    @Test
    void fundersListAndDownloadPublishedReportsOfTheirOwnGrantsOnly() throws Exception {
        JsonObject generated = object(as(STAFF, "POST", "grants/" + grantId + "/reports/" + yearOne, null, 201));
        long report = generated.getJsonNumber("id").longValue();
        assertThat(generated.getJsonArray("files").getValuesAs(JsonObject.class)).extracting(f -> f.getString("format"))
                .containsExactlyInAnyOrder("PDF", "CSV", "XLSX");
        assertThat(array(as(FUNDER, "GET", "grants/" + grantId + "/reports", null, 200)).toString())
                .as("a draft is the staff's").doesNotContain("\"id\":" + report + ",");
        assertProblem(as(FUNDER, "GET", "reports/" + report + "/pdf", null, 404), 404, "not-found");

        assertThat(object(as(STAFF, "POST", "reports/" + report + "/publication", null, 200))
                .containsKey("publishedAt")).isTrue();

        assertThat(array(as(FUNDER, "GET", "grants/" + grantId + "/reports", null, 200)).getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("id").longValue()).contains(report);
        HttpResponse<String> pdf = as(FUNDER, "GET", "reports/" + report + "/pdf", null, 200);
        assertThat(Api.contentType(pdf)).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(as(FUNDER, "GET", "reports/" + report + "/csv", null, 200).body()).isNotBlank();

        assertProblem(as(OTHER_FUNDER, "GET", "grants/" + grantId + "/reports", null, 404), 404, "not-found");
        assertProblem(as(OTHER_FUNDER, "GET", "reports/" + report + "/pdf", null, 404), 404, "not-found");
        assertProblem(as(PARTNER, "GET", "grants/" + grantId + "/reports", null, 403), 403, "forbidden");
        assertProblem(as(PARTNER, "GET", "reports/" + report + "/pdf", null, 403), 403, "forbidden");
        assertProblem(as(FUNDER, "POST", "reports/" + report + "/publication", null, 403), 403, "forbidden");
        assertProblem(Api.anonymous("GET", api("reports/" + report + "/pdf"), null), 401, "unauthenticated");
        assertProblem(as(STAFF, "GET", "reports/" + report + "/docx", null, 404), 404, "not-found");
    }

    @Test
    void openApiDocumentListsTheEndpoints() throws Exception {
        HttpResponse<String> document = Http.get(Http.newClient(), URI.create(base.toString()).resolve("/openapi"));

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("api/v1/grants:", "api/v1/grants/{id}:",
                "api/v1/grants/{grantId}/milestones:", "api/v1/partner/reporting:",
                "api/v1/partner/programmes/{programmeId}/periods/{periodId}/update/submission:",
                "api/v1/grants/{grantId}/reports:", "api/v1/reports/{id}/{format}:", "basic");
    }

    /** A programme of the demo partner's own, so this test's update touches no one else's. */
    private String newRootsProgramme() throws Exception {
        try (TestDatabase db = TestDatabase.arquillian()) {
            return db.one("INSERT INTO partner_programme (grant_id, organisation_id, name, created_at) SELECT "
                    + grantId + ", id, 'API programme " + UUID.randomUUID() + "', now() FROM organisation "
                    + "WHERE org_id = 'GB-SAMPLE-ROOTS' RETURNING id");
        }
    }

    private HttpResponse<String> as(String person, String method, String path, String json, int expected)
            throws Exception {
        String password = (person.startsWith("api-funder") ? FUNDER : person.startsWith("api-partner") ? PARTNER
                : person) + "-demo-2026";
        HttpResponse<String> response = Api.call(method, api(path), person, password, json);
        assertThat(response.statusCode()).as(method + " " + path + " as " + person + ": " + response.body())
                .isEqualTo(expected);
        return response;
    }

    private URI api(String path) {
        return URI.create(base.toString()).resolve("api/v1/" + path);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String kind) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Api.contentType(response)).startsWith("application/problem+json");
        JsonObject problem = object(response);
        assertThat(problem.getString("type")).endsWith("/problems/" + kind);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank().doesNotContain("Exception");
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
