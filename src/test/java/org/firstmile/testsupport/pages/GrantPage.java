package org.firstmile.testsupport.pages;

import org.firstmile.testsupport.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The grant page: summary, reporting periods, milestones and their dialogs. */
public final class GrantPage {

    public static final By TITLE = By.id("grant-title");
    public static final By IDENTIFIER = By.id("grant-identifier");
    public static final By PERIODS = By.id("periods");
    public static final By MILESTONES = By.id("milestones:views:table");
    public static final By PAGE_MESSAGES = By.id("page-messages");

    private final Browser browser;

    public GrantPage(Browser browser) {
        this.browser = browser;
    }

    /**
     * From the grants list, filtered by the grant's title (the list shows twenty at a time, and other tests add
     * grants), opens the grant.
     */
    public static GrantPage openFromList(Browser browser, String grantTitle) {
        browser.open("/grant/list.xhtml");
        browser.type(By.id("grants:table:title:filter"), grantTitle);
        browser.waitForText(By.id("grants:table_data"), grantTitle);
        browser.clickAndWaitForPage(By.linkText(grantTitle));
        browser.waitForText(TITLE, grantTitle);
        return new GrantPage(browser);
    }

    public void addMilestone(String title, String due, String owner) {
        browser.click(By.id("milestones:add-milestone"));
        browser.type(By.id("add-form:title"), title);
        browser.setDate(By.id("add-form:due"), due);
        browser.type(By.id("add-form:owner"), owner);
        browser.click(By.id("add-form:save"));
        browser.waitForText(MILESTONES, title);
        browser.waitUntilHidden(By.id("add-dialog"));
    }

    /** Opens "Log an update" on the milestone's row and saves the new status with a note. */
    public void logUpdate(String milestoneTitle, String statusLabel, String note) {
        openUpdate(milestoneTitle);
        new Select(browser.find(By.id("update-form:status"))).selectByVisibleText(statusLabel);
        browser.type(By.id("update-form:note"), note);
        browser.click(By.id("update-form:save"));
    }

    public void openUpdate(String milestoneTitle) {
        row(milestoneTitle).findElement(By.cssSelector("button[id$='log-update']")).click();
        browser.waitForText(By.id("update-milestone-title"), milestoneTitle);
    }

    public WebElement row(String milestoneTitle) {
        return browser.find(MILESTONES).findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains(milestoneTitle)).findFirst()
                .orElseThrow(() -> new AssertionError("No milestone row " + milestoneTitle));
    }
}
