package org.firstmile.testsupport.pages;

import org.firstmile.testsupport.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The administration pages: users, organisations and funds, each a table with an edit dialog. */
public final class AdminPages {

    public static final By PAGE_MESSAGES = By.id("page-messages");
    public static final By USERS = By.id("users:table");
    public static final By ORGANISATIONS = By.id("organisations:table");
    public static final By FUNDS = By.id("funds:table");

    private final Browser browser;

    public AdminPages(Browser browser) {
        this.browser = browser;
    }

    public void addOrganisation(String name, String orgId, String partLabel) {
        browser.open("/organisation/organisations.xhtml");
        browser.click(By.id("organisations:add-organisation"));
        browser.type(By.id("organisation-form:name"), name);
        browser.type(By.id("organisation-form:org-id"), orgId);
        new Select(browser.find(By.id("organisation-form:type"))).selectByVisibleText(partLabel);
        browser.click(By.id("organisation-form:save"));
    }

    /** On the organisations page, types into the org-id filter and waits for the matching rows only. */
    public void filterOrganisationsByOrgId(String orgId) {
        browser.type(By.id("organisations:table:org-id:filter"), orgId);
        browser.waitForRowsAllContaining("organisations:table_data", orgId);
    }

    /** Edits the name of the organisation in the row with {@code orgId}, which the list must be showing. */
    public void renameOrganisation(String orgId, String newName) {
        row(ORGANISATIONS, orgId).findElement(By.cssSelector("button[id$=':edit']")).click();
        browser.type(By.id("organisation-form:name"), newName);
        browser.click(By.id("organisation-form:save"));
    }

    public void addFund(String funderName, String code, String title, String url) {
        browser.open("/organisation/funds.xhtml");
        browser.click(By.id("funds:add-fund"));
        new Select(browser.find(By.id("fund-form:funder"))).selectByVisibleText(funderName);
        browser.type(By.id("fund-form:code"), code);
        browser.type(By.id("fund-form:title"), title);
        browser.type(By.id("fund-form:url"), url);
        browser.click(By.id("fund-form:save"));
    }

    /** Adds a user with one role; {@code organisationLabel} is the picker's text, "Name (org-id)", or null for none. */
    public void addUser(String username, String name, String role, String organisationLabel, String password) {
        browser.open("/identity/users.xhtml");
        browser.click(By.id("users:add-user"));
        browser.type(By.id("user-form:username"), username);
        browser.type(By.id("user-form:name"), name);
        browser.click(By.cssSelector("#user-form\\:roles input[value='" + role + "']"));
        if (organisationLabel != null) {
            String orgId = organisationLabel.substring(organisationLabel.lastIndexOf(" (") + 2,
                    organisationLabel.length() - 1);
            browser.pick("user-form:organisation", orgId, organisationLabel);
        }
        browser.type(By.id("user-form:password"), password);
        browser.click(By.id("user-form:save"));
    }

    /** On the users page, types into the username filter and waits for the matching rows only. */
    public void filterUsersByUsername(String username) {
        browser.type(By.id("users:table:username:filter"), username);
        browser.waitForRowsAllContaining("users:table_data", username);
    }

    /** Presses Disable (or Enable) on the user's row. */
    public void toggle(String username) {
        browser.open("/identity/users.xhtml");
        filterUsersByUsername(username);
        row(USERS, username).findElement(By.cssSelector("button[id$=':toggle']")).click();
    }

    public WebElement row(By table, String text) {
        return browser.find(table).findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No row with " + text));
    }
}
