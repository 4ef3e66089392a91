package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firstmile.testsupport.http.FacesForm;
import org.firstmile.testsupport.http.Http;
import org.firstmile.testsupport.server.EmbeddedDatabase;
import org.firstmile.testsupport.server.EmbeddedDatabaseSession;
import org.firstmile.testsupport.server.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two thousand malformed and random inputs, from a fixed seed so a failure can be replayed: ids and other query
 * parameters of every page that takes one, the fields of the proposal form and of the sign-in form, forms posted
 * without their view state. Whatever comes in, no answer is a 5xx and none shows a stack trace.
 */
@ExtendWith({SharedServer.class, AccessMatrixIT.BaseUri.class})
class FuzzIT {

    private static final long SEED = 20261123L;
    private static final int QUERY_INPUTS = 1_300;
    private static final int FORM_INPUTS = 680;
    private static final int SIGN_IN_INPUTS = 20;

    private static final List<String> PARAMETERISED_PAGES = List.of("proposal/view.xhtml?id=",
            "grant/view.xhtml?id=", "outcome/indicators.xhtml?grant=", "partner/programmes.xhtml?grant=",
            "partner/update.xhtml?id=", "evidence/download?id=", "funder/grant.xhtml?id=",
            "partner/portal/update.xhtml?period=1&programme=", "partner/portal/update.xhtml?programme=1&period=",
            "proposal/list.xhtml?page=", "audit/events.xhtml?type=", "dashboard.xhtml?all=", "login.xhtml?next=");

    private static final List<String> NASTY = List.of("-1", "0", "abc", "9999999999999999999", "1e9", "1.5", "",
            " ", "\u0000", "null", "NaN", "-0", "0x10", "\uFF12", "\u0661\u0662", "1,000", "2026-02-30", "' OR 1=1 --",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "../../etc/passwd", "%00", "%",
            "\u202Eevil", "\uD835\uDD18\uD835\uDD2B", "${7*7}", "#{1+1}", "{{7*7}}", "-9223372036854775808",
            "9223372036854775807", "1; DROP TABLE proposal", "\r\nSet-Cookie: x=y", "//evil.example.org",
            "https://evil.example.org/", "true", "[]", "{}");

    /**
     * A Java stack frame, a cause, or an exception's name with its message. (Every page names exception classes in
     * PrimeFaces' settings, mapping them to error pages; that is not a trace.)
     */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [\\w.$]+\\((?:\\w+\\.java:\\d+|Native Method|Unknown Source)\\)|Caused by: |\\b(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]{0,80}(?:Exception|Error): ");

    private final Random random = new Random(SEED);

    @Test
    void twoThousandMalformedInputsGetNoServerErrorAndNoStackTrace(URI base) throws Exception {
        HttpClient admin = Http.newClient();
        assertThat(Http.signIn(admin, base, "admin", "admin-demo-2026").statusCode()).isEqualTo(302);
        long proposal = fuzzProposal();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();

        for (int i = 0; i < QUERY_INPUTS; i++) {
            String page = PARAMETERISED_PAGES.get(random.nextInt(PARAMETERISED_PAGES.size()));
            String value = input();
            check(Http.get(admin, base.resolve(page + encode(value))), "GET " + page + value, failures);
        }
        FacesForm form = FacesForm.of(Http.get(admin, base.resolve("proposal/view.xhtml?id=" + proposal)), "proposal");
        for (int i = 0; i < FORM_INPUTS; i++) {
            FacesForm posted = fuzzed(form);
            HttpResponse<String> response = posted.post(admin, "proposal:save");
            check(response, "POST proposal " + posted.fields(), failures);
            Matcher viewState = Http.VIEW_STATE.matcher(response.body());
            if (response.statusCode() == 200 && viewState.find() && response.body().contains("id=\"proposal\"")) {
                form = FacesForm.of(response, "proposal");
            }
        }
        for (int i = 0; i < SIGN_IN_INPUTS; i++) {
            HttpClient visitor = Http.newClient();
            FacesForm login = FacesForm.of(Http.get(visitor, base.resolve("login.xhtml")), "login");
            login.set("login:username", input()).set("login:password", i % 2 == 0 ? "" : input());
            check(login.post(visitor, "login:submit"), "POST sign-in", failures);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        assertThat(failures).as("answers with a server error or a stack trace (seed " + SEED + ")").isEmpty();
        assertThat(QUERY_INPUTS + FORM_INPUTS + SIGN_IN_INPUTS).isEqualTo(2_000);
        System.out.println("FuzzIT: 2000 inputs in " + seconds + " s");
    }

    private FacesForm fuzzed(FacesForm form) {
        FacesForm copy = FacesForm.copyOf(form);
        for (String field : List.of("proposal:title", "proposal:applicant_input", "proposal:applicant_hinput",
                "proposal:fund", "proposal:amount", "proposal:duration", "proposal:start", "proposal:summary")) {
            if (random.nextInt(3) > 0) {
                copy.set(field, input());
            }
        }
        switch (random.nextInt(10)) {
            case 0 -> copy.remove("jakarta.faces.ViewState");
            case 1 -> copy.set("jakarta.faces.ViewState", input());
            case 2 -> copy.set(Http.CSP_NONCE_FIELD, input());
            case 3 -> copy.set("proposal:" + input(), input());
            default -> {
                // the form as the page gave it, with fuzzed fields
            }
        }
        return copy;
    }

    /** One of the nasty values, a random string of any characters, or a very long one. */
    private String input() {
        return switch (random.nextInt(4)) {
            case 0, 1 -> NASTY.get(random.nextInt(NASTY.size()));
            case 2 -> randomString(1 + random.nextInt(40));
            default -> "x".repeat(1_000 + random.nextInt(9_000));
        };
    }

    private String randomString(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            text.appendCodePoint(switch (kind) {
                case 0 -> 32 + random.nextInt(95);
                case 1 -> random.nextInt(32);
                case 2 -> 0x80 + random.nextInt(0x2000);
                default -> 0x1F300 + random.nextInt(0x300);
            });
        }
        return text.toString();
    }

    private static void check(HttpResponse<String> response, String what, List<String> failures) {
        String body = response.body() == null ? "" : response.body();
        if (response.statusCode() >= 500) {
            failures.add(response.statusCode() + " for " + shorten(what));
        } else if (Http.location(response).contains("/errors/500")) {
            failures.add("sent to the server error page for " + shorten(what));
        } else {
            Matcher trace = STACK_TRACE.matcher(body);
            if (trace.find()) {
                String around = body.substring(Math.max(0, trace.start() - 80), Math.min(body.length(), trace.end() + 80));
                failures.add("a stack trace (" + response.statusCode() + ") for " + shorten(what) + ": ..." + around);
            }
        }
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A draft proposal of its own, so that saves the fuzzer gets through change nothing another test reads. */
    private static long fuzzProposal() throws Exception {
        try (Connection db = DriverManager.getConnection(
                EmbeddedDatabaseSession.jdbcUrl(EmbeddedDatabaseSession.BROWSER_DATABASE), EmbeddedDatabase.USER,
                EmbeddedDatabase.USER);
                ResultSet id = db.createStatement().executeQuery("INSERT INTO proposal (title, applicant_id, "
                        + "fund_id, status, amount_requested, duration_months, created_by, created_at, updated_at) "
                        + "SELECT 'Fuzz target', applicant_id, fund_id, 'DRAFT', 1000, 12, 'admin', now(), "
                        + "now() - interval '400 days' FROM proposal ORDER BY id LIMIT 1 RETURNING id")) {
            id.next();
            return id.getLong(1);
        }
    }
}
