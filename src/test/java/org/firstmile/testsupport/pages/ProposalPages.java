package org.firstmile.testsupport.pages;

import org.firstmile.testsupport.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The new-proposal form and the proposal page: details, status actions, award, history. */
public final class ProposalPages {

    public static final By TITLE = By.id("proposal-title");
    public static final By STATUS = By.id("proposal-status");
    public static final By HISTORY = By.id("history");
    public static final By PAGE_MESSAGES = By.id("page-messages");

    private final Browser browser;

    public ProposalPages(Browser browser) {
        this.browser = browser;
    }

    /** Fills the new-proposal form and saves it as a draft; lands on the proposal page. */
    public void startProposal(String title, String amount, String months, String start, String summary) {
        browser.open("/proposal/new.xhtml");
        browser.type(By.id("proposal:title"), title);
        browser.pick("proposal:applicant", "relationships", "The Relationships Project (GB-SAMPLE-TRP)");
        new Select(browser.find(By.id("proposal:fund"))).selectByIndex(1);
        browser.type(By.id("proposal:amount"), amount);
        browser.type(By.id("proposal:duration"), months);
        browser.setDate(By.id("proposal:start"), start);
        browser.type(By.id("proposal:summary"), summary);
        browser.clickAndWaitForPage(By.id("proposal:create"));
    }

    /** Presses the status button for {@code step} (an enum name such as INVITED) with a comment. */
    public void moveTo(String step, String comment) {
        browser.type(By.id("status:comment"), comment);
        browser.clickAndWaitForPage(By.cssSelector("button[data-step='" + step + "']"));
    }

    public void award(String amount, String awardDate, String grantStart) {
        browser.type(By.id("status:amount-awarded"), amount);
        browser.setDate(By.id("status:award-date"), awardDate);
        browser.setDate(By.id("status:grant-start"), grantStart);
        browser.clickAndWaitForPage(By.id("status:award"));
    }

    public void changeTitle(String title) {
        browser.type(By.id("proposal:title"), title);
    }

    public void save() {
        browser.clickAndWaitForPage(By.id("proposal:save"));
    }

    public String status() {
        return browser.text(STATUS);
    }
}
