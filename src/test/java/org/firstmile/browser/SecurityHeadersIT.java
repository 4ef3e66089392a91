package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firstmile.testsupport.http.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.firstmile.testsupport.server.SharedServer;

/**
 * Every address of the access matrix, for every kind of person, whatever the answer (the page, the sign-in page,
 * 403, 404): the security headers are there, and a Faces page's policy carries the nonce of its own scripts. A page
 * added to the matrix is checked without a line here.
 */
@ExtendWith({SharedServer.class, AccessMatrixIT.BaseUri.class})
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)'");

    @Test
    void everyAddressForEveryPersonCarriesTheSecurityHeaders(URI base) throws Exception {
        Map<String, String> ids = AccessMatrixIT.people();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String person : AccessMatrixIT.PEOPLE) {
            HttpClient client = Http.newClient();
            if (!person.equals("anonymous")) {
                assertThat(Http.signIn(client, base, person, AccessMatrixIT.passwordOf(person)).statusCode())
                        .as(person + " signs in").isEqualTo(302);
            }
            for (Object[] row : AccessMatrixIT.MATRIX) {
                String address = AccessMatrixIT.resolve((String) row[0], ids);
                HttpResponse<String> response = Http.get(client, base.resolve(address.substring(1)));
                String problem = problemWith(response);
                if (problem != null) {
                    wrong.add(address + " for " + person + " (" + response.statusCode() + "): " + problem);
                }
                checked++;
            }
        }
        assertThat(wrong).as("responses without the security headers").isEmpty();
        assertThat(checked).isEqualTo(AccessMatrixIT.PEOPLE.size() * AccessMatrixIT.MATRIX.length);
    }

    @Test
    void styleSheetsScriptsAndDownloadsCarryTheHeadersToo(URI base) throws Exception {
        HttpClient anonymous = Http.newClient();
        HttpResponse<String> login = Http.get(anonymous, base.resolve("login.xhtml"));
        Matcher stylesheet = Pattern.compile("href=\"([^\"]+firstmile\\.css[^\"]*)\"").matcher(login.body());
        assertThat(stylesheet.find()).as("the sign-in page links the style sheet").isTrue();

        HttpResponse<String> css = Http.get(anonymous, base.resolve(stylesheet.group(1).replace("&amp;", "&")));

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(problemWith(css)).isNull();
        assertThat(problemWith(Http.get(anonymous, base.resolve("no-such-page.xhtml")))).isNull();
    }

    @Test
    void aPageRunsNoInlineScriptWithoutItsNonce(URI base) throws Exception {
        HttpClient staff = Http.newClient();
        Http.signIn(staff, base, "staff", "staff-demo-2026");
        for (String page : List.of("dashboard.xhtml", "proposal/list.xhtml", "grant/list.xhtml", "audit/events.xhtml")) {
            HttpResponse<String> response = Http.get(staff, base.resolve(page));
            Matcher nonce = NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
            assertThat(nonce.find()).as(page + " has a nonce in its policy").isTrue();
            Matcher script = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(response.body());
            while (script.find()) {
                assertThat(script.group(1)).as(page + ": every inline script carries the nonce")
                        .contains("nonce=\"" + nonce.group(1) + "\"");
            }
            assertThat(response.body()).as(page + ": no inline event handlers")
                    .doesNotContainPattern(Pattern.compile("\\son(click|change|complete|load|submit)=\""));
        }
    }

    /** What is missing or wrong in the response's security headers, or null when they are all right. */
    static String problemWith(HttpResponse<?> response) {
        List<String> problems = new ArrayList<>();
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        if (policies.size() != 1) {
            problems.add(policies.size() + " Content-Security-Policy headers");
        } else {
            String policy = policies.get(0);
            for (String directive : List.of("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                    "base-uri 'self'", "script-src 'self'")) {
                if (!policy.contains(directive)) {
                    problems.add("policy without " + directive + ": " + policy);
                }
            }
            if (policy.matches(".*script-src[^;]*'unsafe-(inline|eval)'.*")) {
                problems.add("policy allows unsafe scripts: " + policy);
            }
        }
        expect(response, "X-Content-Type-Options", "nosniff", problems);
        expect(response, "X-Frame-Options", "DENY", problems);
        expect(response, "Referrer-Policy", "same-origin", problems);
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    private static void expect(HttpResponse<?> response, String header, String value, List<String> problems) {
        String actual = response.headers().firstValue(header).orElse(null);
        if (!value.equals(actual)) {
            problems.add(header + " is " + actual);
        }
    }
}
