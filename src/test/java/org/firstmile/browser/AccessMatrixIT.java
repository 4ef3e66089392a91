package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.firstmile.testsupport.http.Api;
import org.firstmile.testsupport.http.Http;
import org.firstmile.testsupport.server.EmbeddedDatabase;
import org.firstmile.testsupport.server.EmbeddedDatabaseSession;
import org.firstmile.testsupport.server.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Who may open what: every page and file download × every kind of person, with the exact answer each must get,
 * including guessed ids of another partner's update and evidence and another funder's grant. The matrix is data:
 * a new page adds a row. Actions behind the pages are refused by the services too; the service tests prove that.
 */
@ExtendWith({SharedServer.class, AccessMatrixIT.BaseUri.class})
class AccessMatrixIT {

    /** What a person must get. */
    enum Answer {
        /** the page itself */
        ALLOW,
        /** the sign-in page in its place */
        SIGN_IN,
        /** 403, "You do not have access to this page" */
        DENY,
        /** as if the record did not exist */
        NOT_FOUND,
        /** 401 with an HTTP Basic challenge: the API's answer to a call without valid credentials */
        UNAUTHENTICATED
    }

    private static final Answer A = Answer.ALLOW;
    private static final Answer S = Answer.SIGN_IN;
    private static final Answer D = Answer.DENY;
    private static final Answer N = Answer.NOT_FOUND;
    private static final Answer U = Answer.UNAUTHENTICATED;

    /** The people, in the order of each row's answers. Partner B and funder Y are made by {@link #people}. */
    static final List<String> PEOPLE = List.of("anonymous", "partner", "matrix-partner-b", "funder",
            "matrix-funder-y", "staff", "admin");

    /**
     * Each row: an address ({G} the demo grant, {P} its proposal, {R} The Roots Programme, {Y1} its Year one,
     * {U} Roots' Year one update, {E} an evidence file of it, {X} an expenditure of the grant with a receipt, {RP} a
     * published and {RD} a draft version of the grant's Year two report, {HP} a proposal not published in the open)
     * and the answers of anonymous, partner A (Roots),
     * partner B (Samuel Centre), funder X (the grant's funder), funder Y (another funder), staff, administrator.
     */
    static final Object[][] MATRIX = {
        {"/index.xhtml", A, A, A, A, A, A, A},
        {"/login.xhtml", A, A, A, A, A, A, A},
        {"/health/ready", A, A, A, A, A, A, A},
        {"/dashboard.xhtml", S, D, D, D, D, A, A},
        {"/proposal/list.xhtml", S, D, D, D, D, A, A},
        {"/proposal/new.xhtml", S, D, D, D, D, A, A},
        {"/proposal/view.xhtml?id={P}", S, D, D, D, D, A, A},
        {"/grant/list.xhtml", S, D, D, D, D, A, A},
        {"/grant/view.xhtml?id={G}", S, D, D, D, D, A, A},
        {"/outcome/indicators.xhtml?grant={G}", S, D, D, D, D, A, A},
        {"/audit/events.xhtml", S, D, D, D, D, A, A},
        {"/partner/review.xhtml", S, D, D, D, D, A, A},
        {"/partner/programmes.xhtml?grant={G}", S, D, D, D, D, A, A},
        {"/partner/update.xhtml?id={U}", S, D, D, D, D, A, A},
        {"/partner/portal/index.xhtml", S, A, A, D, D, D, D},
        {"/partner/portal/update.xhtml?programme={R}&period={Y1}", S, A, N, D, D, D, D},
        {"/evidence/download?id={E}", S, A, N, D, D, A, A},
        {"/funder/index.xhtml", S, D, D, A, A, D, D},
        {"/funder/grant.xhtml?id={G}", S, D, D, A, N, D, D},
        {"/finance/grant.xhtml?id={G}", S, D, D, D, D, A, A},
        {"/finance/receipt?id={X}", S, D, D, D, D, A, A},
        {"/report/grant.xhtml?id={G}", S, D, D, D, D, A, A},
        {"/reports/download?id={RP}&format=pdf", S, D, D, A, N, A, A},
        {"/reports/download?id={RD}&format=pdf", S, D, D, N, N, A, A},
        {"/identity/users.xhtml", S, D, D, D, D, D, A},
        {"/organisation/organisations.xhtml", S, D, D, D, D, D, A},
        {"/organisation/funds.xhtml", S, D, D, D, D, D, A},
        {"/opendata/export.xhtml", S, D, D, D, D, D, A},
        {"/open-data/all/360giving.json", S, D, D, D, D, D, A},
        {"/open-data/all/360giving.csv", S, D, D, D, D, D, A},
        {"/open-data/360giving.json", A, A, A, A, A, A, A},
        {"/open-data/360giving.csv", A, A, A, A, A, A, A},
        {"/public/index.xhtml", A, A, A, A, A, A, A},
        {"/public/grant.xhtml?id={G}", A, A, A, A, A, A, A},
        {"/public/proposal.xhtml?id={P}", A, A, A, A, A, A, A},
        {"/public/proposal.xhtml?id={HP}", N, N, N, N, N, N, N},
        // The API: HTTP Basic as each person (a browser session never authenticates an API call).
        {"/api/v1/grants", U, D, D, A, A, A, A},
        {"/api/v1/grants/{G}", U, D, D, A, N, A, A},
        {"/api/v1/grants/{G}/milestones", U, D, D, A, N, A, A},
        {"/api/v1/grants/{G}/reports", U, D, D, A, N, A, A},
        {"/api/v1/reports/{RP}/pdf", U, D, D, A, N, A, A},
        {"/api/v1/reports/{RD}/pdf", U, D, D, N, N, A, A},
        {"/api/v1/partner/reporting", U, A, A, D, D, D, D},
        {"/api/v1/partner/programmes/{R}/periods/{Y1}/update", U, A, N, D, D, D, D},
        {"/admin/schedules.xhtml", S, D, D, D, D, D, A},
        {"/admin/runs.xhtml", S, D, D, D, D, D, A},
        {"/admin/outbox.xhtml", S, D, D, D, D, D, A},
        {"/notifications.xhtml", S, A, A, A, A, A, A},
    };

    @Test
    void everyPersonGetsExactlyTheAnswerTheMatrixGivesForEveryAddress(URI base) throws Exception {
        Map<String, String> ids = people();
        Map<String, HttpClient> clients = new LinkedHashMap<>();
        for (String person : PEOPLE) {
            HttpClient client = Http.newClient();
            if (!person.equals("anonymous")) {
                HttpResponse<String> signedIn = Http.signIn(client, base, person, passwordOf(person));
                assertThat(signedIn.statusCode()).as(person + " signs in").isEqualTo(302);
            }
            clients.put(person, client);
        }
        List<String> wrong = new ArrayList<>();
        for (Object[] row : MATRIX) {
            String address = resolve((String) row[0], ids);
            for (int i = 0; i < PEOPLE.size(); i++) {
                Answer expected = (Answer) row[i + 1];
                HttpResponse<String> response = address.startsWith("/api/")
                        ? api(base.resolve(address.substring(1)), PEOPLE.get(i))
                        : Http.get(clients.get(PEOPLE.get(i)), base.resolve(address.substring(1)));
                Answer actual = answerOf(response);
                if (actual != expected) {
                    wrong.add(address + " for " + PEOPLE.get(i) + ": expected " + expected + ", got " + actual + " ("
                            + response.statusCode() + " " + Http.location(response) + ")");
                }
            }
        }
        assertThat(wrong).as("cells of the access matrix that disagree").isEmpty();
    }

    private static HttpResponse<String> api(URI uri, String person) throws Exception {
        return person.equals("anonymous") ? Api.anonymous("GET", uri, null)
                : Api.get(uri, person, passwordOf(person));
    }

    private static Answer answerOf(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401 && response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic")) {
            return Answer.UNAUTHENTICATED;
        }
        if (status == 403) {
            return Answer.DENY;
        }
        if (status == 404 || (status == 302 && Http.location(response).contains("/errors/404"))) {
            return Answer.NOT_FOUND;
        }
        if (Http.showsSignInForm(response) && !response.uri().getPath().endsWith("/login.xhtml")) {
            return Answer.SIGN_IN;
        }
        if (status == 302 && Http.location(response).contains("/errors/403")) {
            return Answer.DENY;
        }
        return status == 200 ? Answer.ALLOW : null;
    }

    static String passwordOf(String person) {
        return switch (person) {
            case "matrix-partner-b" -> "partner-demo-2026";
            case "matrix-funder-y" -> "funder-demo-2026";
            default -> person + "-demo-2026";
        };
    }

    static String resolve(String address, Map<String, String> ids) {
        String resolved = address;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
        }
        return resolved;
    }

    /**
     * Partner B (the Samuel Centre) and funder Y (another trust), with the demo partner's and funder's password
     * hashes; an evidence file on Roots' Year one update; and the ids the matrix names. Made once per database.
     */
    static Map<String, String> people() throws Exception {
        try (Connection db = DriverManager.getConnection(
                EmbeddedDatabaseSession.jdbcUrl(EmbeddedDatabaseSession.BROWSER_DATABASE), EmbeddedDatabase.USER,
                EmbeddedDatabase.USER)) {
            db.createStatement().execute("INSERT INTO organisation (name, org_id, type) VALUES ('Matrix Trust', "
                    + "'GB-CHC-0000001', 'FUNDER') ON CONFLICT (org_id) DO NOTHING");
            copyUser(db, "partner", "matrix-partner-b", "GB-SAMPLE-SCSC");
            copyUser(db, "funder", "matrix-funder-y", "GB-CHC-0000001");
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put("G", one(db, "SELECT id FROM grant_award WHERE title LIKE 'Building a Relationships%'"));
            ids.put("P", one(db, "SELECT proposal_id FROM grant_award WHERE id = " + ids.get("G")));
            ids.put("R", one(db, "SELECT id FROM partner_programme WHERE name = 'The Roots Programme'"));
            ids.put("Y1", one(db, "SELECT id FROM reporting_period WHERE sequence_no = 1 AND grant_id = "
                    + ids.get("G")));
            ids.put("U", one(db, "SELECT id FROM partner_update WHERE programme_id = " + ids.get("R")
                    + " AND period_id = " + ids.get("Y1") + " ORDER BY revision DESC LIMIT 1"));
            ids.put("E", evidence(db, ids.get("U")));
            ids.put("X", receipt(db, ids.get("G")));
            ids.put("Y2", one(db, "SELECT id FROM reporting_period WHERE sequence_no = 2 AND grant_id = "
                    + ids.get("G")));
            ids.put("RP", report(db, ids.get("G"), ids.get("Y2"), 1, true));
            ids.put("RD", report(db, ids.get("G"), ids.get("Y2"), 2, false));
            ids.put("HP", one(db, "SELECT id FROM proposal WHERE NOT public_flag ORDER BY id LIMIT 1"));
            return ids;
        }
    }

    private static void copyUser(Connection db, String from, String username, String orgId) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO app_user (username, display_name, "
                + "password_hash, organisation_id) SELECT ?, 'Access matrix', password_hash, "
                + "(SELECT id FROM organisation WHERE org_id = ?) FROM app_user WHERE username = ? "
                + "ON CONFLICT (username) DO NOTHING")) {
            insert.setString(1, username);
            insert.setString(2, orgId);
            insert.setString(3, from);
            insert.executeUpdate();
        }
        db.createStatement().execute("INSERT INTO app_user_role (user_id, role) SELECT u.id, r.role FROM app_user u, "
                + "app_user_role r JOIN app_user s ON s.id = r.user_id WHERE u.username = '" + username
                + "' AND s.username = '" + from + "' ON CONFLICT DO NOTHING");
    }

    /** A receipt in the server's evidence folder, recorded against one of the grant's expenditures. */
    private static String receipt(Connection db, String grantId) throws Exception {
        byte[] pdf = "%PDF-1.4\n%receipt\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        String key = UUID.randomUUID().toString();
        Files.write(Files.createDirectories(SharedServer.EVIDENCE_DIR).resolve(key), pdf);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        return one(db, "UPDATE expenditure SET receipt_file_name = 'receipt.pdf', receipt_content_type = "
                + "'application/pdf', receipt_size_bytes = " + pdf.length + ", receipt_sha256 = '" + sha256
                + "', receipt_storage_key = '" + key + "' WHERE id = (SELECT min(id) FROM expenditure WHERE grant_id = "
                + grantId + ") RETURNING id");
    }

    /** A real file in the server's evidence folder, recorded against the update as an upload would be. */
    private static String evidence(Connection db, String updateId) throws Exception {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        String key = UUID.randomUUID().toString();
        Files.write(Files.createDirectories(SharedServer.EVIDENCE_DIR).resolve(key), pdf);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        return one(db, "INSERT INTO evidence_file (update_id, file_name, content_type, size_bytes, sha256, storage_key, "
                + "uploaded_by, uploaded_at) VALUES (" + updateId + ", 'matrix.pdf', 'application/pdf', " + pdf.length
                + ", '" + sha256 + "', '" + key + "', 'partner', now()) RETURNING id");
    }

    /** A report version with a real PDF in the server's reports folder, recorded as generation would record it. */
    private static String report(Connection db, String grantId, String periodId, int version, boolean published)
            throws Exception {
        try (ResultSet found = db.createStatement().executeQuery("SELECT id FROM progress_report WHERE grant_id = "
                + grantId + " AND period_id = " + periodId + " AND report_version = " + version)) {
            if (found.next()) {
                return found.getString(1);
            }
        }
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        String relative = grantId + "/" + periodId + "/v" + version + "/matrix-v" + version + ".pdf";
        Path file = SharedServer.REPORTS_DIR.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        String id = one(db, "INSERT INTO progress_report (grant_id, period_id, report_version, template_version, as_of, "
                + "generated_by, generated_at, published_by, published_at) VALUES (" + grantId + ", " + periodId + ", "
                + version + ", 'progress-report-v1', current_date, 'staff', now(), "
                + (published ? "'staff', now()" : "null, null") + ") RETURNING id");
        db.createStatement().execute("INSERT INTO progress_report_file (report_id, format, relative_path, size_bytes, "
                + "sha256) VALUES (" + id + ", 'PDF', '" + relative + "', " + pdf.length + ", '" + sha256 + "')");
        return id;
    }

    private static String one(Connection db, String sql) throws Exception {
        try (ResultSet result = db.createStatement().executeQuery(sql)) {
            if (!result.next()) {
                throw new IllegalStateException("Nothing for " + sql);
            }
            return result.getString(1);
        }
    }

    /** Hands the shared server's address to the test. */
    static class BaseUri implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == URI.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return SharedServer.baseUri(context);
        }
    }
}
