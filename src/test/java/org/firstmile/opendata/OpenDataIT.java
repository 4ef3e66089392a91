package org.firstmile.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firstmile.testsupport.TestDatabase;
import org.firstmile.testsupport.ThreeSixtyGivingSchema;
import org.firstmile.testsupport.http.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Open data over HTTP: the public 360Giving files and pages show the grants published in the open and nothing
 * else, the administrators' files show every grant, and an export of thousands of grants is whole and valid.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataIT {

    private static final int MANY = 2_500;

    @ArquillianResource
    URL base;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String hiddenGrant;
    private String hiddenIdentifier;
    private String publicIdentifier;

    /** A grant not published in the open, of a proposal not published either, next to the demo grant (public). */
    @BeforeEach
    void hiddenGrant() throws Exception {
        hiddenIdentifier = "360G-hidden-" + run;
        try (TestDatabase db = TestDatabase.arquillian()) {
            String proposal = db.one("INSERT INTO proposal (title, applicant_id, fund_id, status, amount_requested, "
                    + "currency, duration_months, summary, public_flag, created_by, created_at, updated_at) SELECT "
                    + "'Hidden work " + run + "', applicant_id, fund_id, 'AWARDED', 1000, 'GBP', 12, 'Not public.', "
                    + "false, 'staff', now(), now() FROM proposal WHERE public_flag LIMIT 1 RETURNING id");
            hiddenGrant = db.one(grantSql("'" + hiddenIdentifier + "'", "p.id = " + proposal) + " RETURNING id");
            publicIdentifier = db.one("SELECT identifier FROM grant_award WHERE title LIKE 'Building a Relation%'");
        }
    }

    @AfterEach
    void removeTestGrants() throws Exception {
        try (TestDatabase db = TestDatabase.arquillian()) {
            db.execute("DELETE FROM grant_award WHERE identifier LIKE '360G-hidden-" + run + "%' OR identifier "
                    + "LIKE '360G-bulk-" + run + "-%'");
            db.execute("DELETE FROM proposal WHERE title LIKE 'Hidden work " + run + "%' OR title LIKE 'Bulk "
                    + run + " %'");
        }
    }

    @Test
    void publicJsonIsValid360GivingWithThePublishedGrantsOnly() throws Exception {
        HttpResponse<String> json = Http.get(Http.newClient(), page("open-data/360giving.json"));

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(ThreeSixtyGivingSchema.problemsOf(json.body())).isEmpty();
        assertThat(json.body()).contains(publicIdentifier).doesNotContain(hiddenIdentifier);
    }

    @Test
    void publicCsvHasTheStandardsHeaderAndThePublishedGrantsOnly() throws Exception {
        HttpResponse<String> csv = Http.get(Http.newClient(), page("open-data/360giving.csv"));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("Identifier,Title,Description,Currency,Amount Awarded,Award Date,");
        assertThat(csv.body()).contains(publicIdentifier).doesNotContain(hiddenIdentifier);
    }

    @Test
    void grantNotPublishedIsNotFoundOnThePublicPagesExactlyLikeAMissingOne() throws Exception {
        HttpClient visitor = Http.newClient();
        HttpResponse<String> hidden = Http.get(visitor, page("public/grant.xhtml?id=" + hiddenGrant));
        HttpResponse<String> missing = Http.get(visitor, page("public/grant.xhtml?id=987654321"));

        assertThat(hidden.statusCode()).isEqualTo(missing.statusCode());
        assertThat(Http.location(hidden)).isEqualTo(Http.location(missing)).contains("/errors/404");
        HttpResponse<String> index = Http.get(visitor, page("public/index.xhtml"));
        assertThat(index.body()).contains("Building a Relationships Collective").doesNotContain("Hidden work " + run);
    }

    @Test
    void thePublicListPagesThroughEveryPublishedGrantAndProposalTwentyAtATime() throws Exception {
        int published = 45;
        String total;
        String proposals;
        try (TestDatabase db = TestDatabase.arquillian()) {
            db.execute("INSERT INTO proposal (title, applicant_id, fund_id, status, amount_requested, currency, "
                    + "duration_months, summary, public_flag, created_by, created_at, updated_at) SELECT 'Bulk " + run
                    + " ' || n, p.applicant_id, p.fund_id, 'AWARDED', 1000 + n, 'GBP', 12, 'Published', true, "
                    + "'staff', now(), now() FROM generate_series(1, " + published + ") n, (SELECT applicant_id, "
                    + "fund_id FROM proposal WHERE public_flag LIMIT 1) p");
            db.execute(grantSql("'360G-bulk-" + run + "-' || p.id", "p.title LIKE 'Bulk " + run + " %'"));
            db.execute("UPDATE grant_award SET public_flag = true WHERE identifier LIKE '360G-bulk-" + run + "-%'");
            total = db.one("SELECT count(*) FROM grant_award WHERE public_flag");
            proposals = db.one("SELECT count(*) FROM proposal WHERE public_flag");
        }
        HttpClient visitor = Http.newClient();
        int last = (Integer.parseInt(total) + 19) / 20;

        HttpResponse<String> first = Http.get(visitor, page("public/index.xhtml"));
        assertThat(first.body()).contains("1\u201320 of " + total + ", page 1 of " + last)
                .contains("1\u201320 of " + proposals + ", page 1 of ");

        Set<String> seen = new HashSet<>();
        for (int number = 1; number <= last; number++) {
            String body = Http.get(visitor, page("public/index.xhtml?grants=" + number + "&proposals=2")).body();
            Matcher bulk = Pattern.compile("360G-bulk-" + run + "-\\d+").matcher(body);
            while (bulk.find()) {
                assertThat(seen.add(bulk.group())).as(bulk.group() + " on one page only").isTrue();
            }
            assertThat(body).contains("page " + number + " of " + last).contains("page 2 of ");
            if (number < last) {
                assertThat(body).contains("grants=" + (number + 1) + "&amp;proposals=2\">Next");
            } else {
                assertThat(body).doesNotContain("grants-pages-next");
            }
        }
        assertThat(seen).hasSize(published);

        assertThat(Http.get(visitor, page("public/index.xhtml?grants=abc&proposals=-3")).body())
                .contains("page 1 of " + last).doesNotContain("grants-pages-previous");
        assertThat(Http.get(visitor, page("public/index.xhtml?grants=999999999999")).body())
                .contains("page " + last + " of " + last);
    }

    @Test
    void administratorsExportEveryGrantAndOthersAreRefused() throws Exception {
        HttpClient admin = Http.newClient();
        assertThat(Http.signIn(admin, URI.create(base.toString()), "admin", "admin-demo-2026").statusCode())
                .isEqualTo(302);
        HttpResponse<String> all = Http.get(admin, page("open-data/all/360giving.json"));

        assertThat(ThreeSixtyGivingSchema.problemsOf(all.body())).isEmpty();
        assertThat(all.body()).contains(publicIdentifier, hiddenIdentifier);

        HttpClient staff = Http.newClient();
        Http.signIn(staff, URI.create(base.toString()), "staff", "staff-demo-2026");
        assertThat(Http.get(staff, page("open-data/all/360giving.csv")).statusCode()).isEqualTo(403);
        assertThat(Http.showsSignInForm(Http.get(Http.newClient(), page("open-data/all/360giving.csv")))).isTrue();
    }

    @Test
    void exportOfThousandsOfGrantsIsWholeValidAndInAwardOrder() throws Exception {
        try (TestDatabase db = TestDatabase.arquillian()) {
            db.execute("INSERT INTO proposal (title, applicant_id, fund_id, status, amount_requested, currency, "
                    + "duration_months, summary, public_flag, created_by, created_at, updated_at) SELECT 'Bulk " + run
                    + " ' || n, p.applicant_id, p.fund_id, 'AWARDED', 1000 + n, 'GBP', 12, 'Generated, \"quoted\"', "
                    + "false, 'staff', now(), now() FROM generate_series(1, " + MANY + ") n, (SELECT applicant_id, "
                    + "fund_id FROM proposal WHERE public_flag LIMIT 1) p");
            db.execute(grantSql("'360G-bulk-" + run + "-' || p.id", "p.title LIKE 'Bulk " + run + " %'"));
        }
        HttpClient admin = Http.newClient();
        Http.signIn(admin, URI.create(base.toString()), "admin", "admin-demo-2026");

        HttpResponse<String> json = Http.get(admin, page("open-data/all/360giving.json"));

        assertThat(ThreeSixtyGivingSchema.problemsOf(json.body())).isEmpty();
        JsonObject data = Json.createReader(new StringReader(json.body())).readObject();
        assertThat(data.getJsonArray("grants").getValuesAs(JsonObject.class).stream()
                .filter(grant -> grant.getString("id").startsWith("360G-bulk-" + run + "-"))).hasSize(MANY);
        HttpResponse<String> csv = Http.get(admin, page("open-data/all/360giving.csv"));
        assertThat(csv.body().split("\r\n")).filteredOn(line -> line.startsWith("360G-bulk-" + run + "-"))
                .hasSize(MANY);
    }

    /** An INSERT of a grant, not published in the open, for each proposal {@code p} that {@code where} selects. */
    private static String grantSql(String identifier, String where) {
        return "INSERT INTO grant_award (identifier, proposal_id, title, recipient_id, fund_id, amount_awarded, "
                + "currency, award_date, planned_start, planned_end, manager, created_at, public_flag) SELECT "
                + identifier + ", p.id, p.title, p.applicant_id, p.fund_id, p.amount_requested, 'GBP', "
                + "DATE '2001-01-01', DATE '2001-02-01', DATE '2002-01-31', 'opendata-it', now(), false "
                + "FROM proposal p WHERE " + where;
    }

    private URI page(String path) {
        return URI.create(base.toString()).resolve(path);
    }
}
