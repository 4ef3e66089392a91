package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.http.Http;
import org.firstmile.testsupport.pages.SignInPage;
import org.firstmile.testsupport.server.EmbeddedDatabase;
import org.firstmile.testsupport.server.EmbeddedDatabaseSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Script payloads in every text field of proposals, grants, milestones, partner programmes and updates, outcome
 * indicators, organisations, funds, users and the audit trail come back escaped on every page that shows them, for
 * every kind of person who can see them, and no browser runs them. The records are a grant of their own (another
 * funder, grantee and partner, managed by the administrator) so the demo data other tests read stays as it is; they
 * go in with SQL because escaping happens on the way out, whatever the way in.
 */
@BrowserTest
@ExtendWith(AccessMatrixIT.BaseUri.class)
class ScriptInjectionIT {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    private static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final String IMAGE_ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";

    @Test
    void scriptPayloadsComeBackEscapedOnEveryPageThatShowsThem(URI base) throws Exception {
        Map<String, String> ids = payloadWorld();
        Map<String, List<String>> pagesByPerson = new LinkedHashMap<>();
        pagesByPerson.put("admin", List.of("/dashboard.xhtml", "/proposal/list.xhtml", "/proposal/view.xhtml?id={P}",
                "/grant/list.xhtml", "/grant/view.xhtml?id={G}", "/outcome/indicators.xhtml?grant={G}",
                "/partner/review.xhtml", "/partner/programmes.xhtml?grant={G}", "/partner/update.xhtml?id={U}",
                "/audit/events.xhtml", "/identity/users.xhtml", "/organisation/organisations.xhtml",
                "/organisation/funds.xhtml"));
        pagesByPerson.put("xss-funder", List.of("/funder/index.xhtml", "/funder/grant.xhtml?id={G}"));
        pagesByPerson.put("xss-partner", List.of("/partner/portal/index.xhtml",
                "/partner/portal/update.xhtml?programme={R}&period={Y1}"));

        List<String> unsafe = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, List<String>> person : pagesByPerson.entrySet()) {
            HttpClient client = Http.newClient();
            assertThat(Http.signIn(client, base, person.getKey(), passwordOf(person.getKey())).statusCode())
                    .as(person.getKey() + " signs in").isEqualTo(302);
            for (String address : person.getValue()) {
                String path = AccessMatrixIT.resolve(address, ids);
                HttpResponse<String> page = Http.get(client, base.resolve(path.substring(1)));
                String html = page.body();
                if (page.statusCode() != 200) {
                    unsafe.add(path + " for " + person.getKey() + " answered " + page.statusCode());
                } else if (html.contains(SCRIPT) || html.contains("<img src=x") || html.contains("<\\/script>")) {
                    unsafe.add(path + " for " + person.getKey() + " has a payload unescaped");
                } else if (!html.contains(SCRIPT_ESCAPED) && !html.contains(IMAGE_ESCAPED)) {
                    unsafe.add(path + " for " + person.getKey() + " shows no payload at all (the test would prove "
                            + "nothing)");
                }
                pages++;
            }
        }
        assertThat(unsafe).as("pages that do not escape the payloads").isEmpty();
        assertThat(pages).isEqualTo(17);
    }

    @Test
    void noBrowserRunsThePayloadsOnThePagesThatShowThem(Browser admin, Browser partner) throws Exception {
        Map<String, String> ids = payloadWorld();
        SignInPage.signInAs(admin, "admin", "admin-demo-2026");
        for (String page : List.of("/proposal/view.xhtml?id={P}", "/grant/view.xhtml?id={G}",
                "/outcome/indicators.xhtml?grant={G}", "/partner/update.xhtml?id={U}", "/audit/events.xhtml",
                "/identity/users.xhtml", "/organisation/funds.xhtml")) {
            admin.open(AccessMatrixIT.resolve(page, ids));
            assertNoAlert(admin, page);
        }
        admin.screenshot("script-injection-grant");
        SignInPage.signInAs(partner, "xss-partner", "partner-demo-2026");
        partner.open(AccessMatrixIT.resolve("/partner/portal/update.xhtml?programme={R}&period={Y1}", ids));
        assertNoAlert(partner, "the partner's update");
        assertThat(partner.driver().getPageSource()).contains(SCRIPT_ESCAPED);
    }

    private static void assertNoAlert(Browser browser, String page) {
        browser.find(org.openqa.selenium.By.id("main"));
        try {
            Alert alert = browser.driver().switchTo().alert();
            String text = alert.getText();
            alert.dismiss();
            throw new AssertionError(page + " ran a payload: alert(" + text + ")");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    private static String passwordOf(String person) {
        return switch (person) {
            case "xss-funder" -> "funder-demo-2026";
            case "xss-partner" -> "partner-demo-2026";
            default -> person + "-demo-2026";
        };
    }

    /** The grant full of payloads, made once per database; the ids the pages need. */
    static synchronized Map<String, String> payloadWorld() throws Exception {
        try (Connection db = DriverManager.getConnection(
                EmbeddedDatabaseSession.jdbcUrl(EmbeddedDatabaseSession.BROWSER_DATABASE), EmbeddedDatabase.USER,
                EmbeddedDatabase.USER)) {
            if (one(db, "SELECT count(*) FROM grant_award WHERE identifier = '360G-xss-1'").equals("0")) {
                build(db);
            }
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put("G", one(db, "SELECT id FROM grant_award WHERE identifier = '360G-xss-1'"));
            ids.put("P", one(db, "SELECT proposal_id FROM grant_award WHERE identifier = '360G-xss-1'"));
            ids.put("R", one(db, "SELECT id FROM partner_programme WHERE grant_id = " + ids.get("G")));
            ids.put("Y1", one(db, "SELECT id FROM reporting_period WHERE sequence_no = 1 AND grant_id = " + ids.get("G")));
            ids.put("U", one(db, "SELECT id FROM partner_update WHERE programme_id = " + ids.get("R")));
            return ids;
        }
    }

    private static void build(Connection db) throws Exception {
        db.setAutoCommit(false);
        String funder = insert(db, "INSERT INTO organisation (name, org_id, type) VALUES (?, 'GB-XSS-F', 'FUNDER')",
                "Funder " + SCRIPT);
        String grantee = insert(db, "INSERT INTO organisation (name, org_id, type) VALUES (?, 'GB-XSS-G', 'GRANTEE')",
                "Grantee " + IMAGE);
        String partnerOrg = insert(db, "INSERT INTO organisation (name, org_id, type) VALUES (?, 'GB-XSS-P', "
                + "'PARTNER')", "Partner " + SCRIPT);
        String fund = insert(db, "INSERT INTO fund (funder_id, code, title, url) VALUES (" + funder + ", 'XSS', ?, "
                + "'https://example.org/?q=%22%3E%3Cscript%3E')", "Fund " + SCRIPT);
        String proposal = insert(db, "INSERT INTO proposal (title, applicant_id, fund_id, status, amount_requested, "
                + "duration_months, summary, created_by, created_at, updated_at) VALUES (?, " + grantee + ", " + fund
                + ", 'AWARDED', 1000, 12, ?, 'admin', now(), now())", "Proposal " + SCRIPT, "Summary " + IMAGE);
        insert(db, "INSERT INTO proposal_status_change (proposal_id, from_status, to_status, changed_by, changed_at, "
                + "comment) VALUES (" + proposal + ", 'UNDER_REVIEW', 'AWARDED', 'admin', now(), ?)", "Comment " + SCRIPT);
        String grant = insert(db, "INSERT INTO grant_award (identifier, proposal_id, title, recipient_id, fund_id, "
                + "amount_awarded, award_date, planned_start, planned_end, manager, created_at) VALUES ('360G-xss-1', "
                + proposal + ", ?, " + grantee + ", " + fund + ", 1000, current_date - 60, current_date - 30, "
                + "current_date + 335, 'admin', now())", "Grant " + SCRIPT);
        String period = insert(db, "INSERT INTO reporting_period (grant_id, sequence_no, name, start_date, end_date, "
                + "report_due_date) VALUES (" + grant + ", 1, 'Year one', current_date - 30, current_date + 335, "
                + "current_date + 365)");
        String milestone = insert(db, "INSERT INTO milestone (grant_id, title, description, due_date, owner, status, "
                + "note) VALUES (" + grant + ", ?, ?, current_date + 90, ?, 'IN_PROGRESS', ?)", "Milestone " + SCRIPT,
                "Description " + IMAGE, "Owner " + SCRIPT, "Note " + IMAGE);
        insert(db, "INSERT INTO milestone_update (milestone_id, author, changed_at, from_status, to_status, note, "
                + "changes) VALUES (" + milestone + ", 'admin', now(), 'PLANNED', 'IN_PROGRESS', ?, ?)",
                "Update note " + SCRIPT, "Changes " + IMAGE);
        String programme = insert(db, "INSERT INTO partner_programme (grant_id, organisation_id, name, description, "
                + "created_at) VALUES (" + grant + ", " + partnerOrg + ", ?, ?, now())", "Programme " + SCRIPT,
                "About " + IMAGE);
        String update = insert(db, "INSERT INTO partner_update (programme_id, period_id, revision, status, story, "
                + "community, difference_made, learning, changes_and_plans, created_by, created_at, submitted_by, "
                + "submitted_at) VALUES (" + programme + ", " + period + ", 1, 'SUBMITTED', ?, ?, ?, ?, ?, "
                + "'xss-partner', now(), 'xss-partner', now())", "Story " + SCRIPT, "Community " + IMAGE,
                "Difference " + SCRIPT, "Learning " + IMAGE, "Plans " + SCRIPT);
        insert(db, "INSERT INTO evidence_file (update_id, file_name, content_type, size_bytes, sha256, storage_key, "
                + "uploaded_by, uploaded_at) VALUES (" + update + ", ?, 'application/pdf', 1, '" + "0".repeat(64)
                + "', 'missing', 'xss-partner', now())", "\"><img src=x onerror=alert(1)>.pdf");
        String indicator = insert(db, "INSERT INTO outcome_indicator (grant_id, name, unit, description, created_at) "
                + "VALUES (" + grant + ", ?, ?, ?, now())", "Indicator " + SCRIPT, "u" + IMAGE, "About " + SCRIPT);
        insert(db, "INSERT INTO outcome_target (indicator_id, period_id, target) VALUES (" + indicator + ", " + period
                + ", 10)");
        insert(db, "INSERT INTO outcome_actual (indicator_id, period_id, value, source, note, recorded_by, "
                + "recorded_at) VALUES (" + indicator + ", " + period + ", 4, 'STAFF', ?, 'admin', now())",
                "Actual " + IMAGE);
        insert(db, "INSERT INTO partner_update_figure (update_id, indicator_id, value) VALUES (" + update + ", "
                + indicator + ", 3)");
        user(db, "xss-funder", "funder", funder, "FUNDER");
        user(db, "xss-partner", "partner", partnerOrg, "PARTNER");
        insert(db, "INSERT INTO audit_event (occurred_at, actor, entity_type, entity_id, grant_id, action, summary, "
                + "changes) VALUES (now(), 'admin', 'Milestone', " + milestone + ", " + grant + ", 'UPDATED', ?, ?)",
                "Summary " + SCRIPT, "title: " + IMAGE);
        db.commit();
        db.setAutoCommit(true);
    }

    /** A user with the demo user {@code like}'s password, for {@code organisation}, with one role. */
    private static void user(Connection db, String username, String like, String organisation, String role)
            throws Exception {
        String id = insert(db, "INSERT INTO app_user (username, display_name, email, password_hash, organisation_id) "
                + "SELECT ?, ?, 'xss@example.org', password_hash, " + organisation + " FROM app_user WHERE username = ?",
                username, "Person " + SCRIPT, like);
        insert(db, "INSERT INTO app_user_role (user_id, role) VALUES (" + id + ", '" + role + "')");
    }

    private static String insert(Connection db, String sql, String... values) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() && keys.getMetaData().getColumnCount() > 0 ? keys.getString(1) : null;
            }
        }
    }

    private static String one(Connection db, String sql) throws Exception {
        try (ResultSet result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
