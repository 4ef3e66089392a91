package org.firstmile.testsupport.pages;

import java.time.Duration;
import org.firstmile.testsupport.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A grant's progress reports page (staff) and the published reports on the funder's grant page. */
public final class ReportPages {

    public static final By TITLE = By.id("reports-title");
    public static final By PAGE_MESSAGES = By.id("page-messages");
    public static final By STORY = By.id("report:story");
    public static final By LEARNING = By.id("report:learning");
    public static final By PROGRESS_BAR = By.id("report:bar");
    public static final By STEP = By.id("report:step");
    public static final By VERSIONS = By.id("report:versions");
    public static final By FUNDER_REPORTS = By.id("reports");

    private final Browser browser;

    public ReportPages(Browser browser) {
        this.browser = browser;
    }

    /** From the grant list, opens the grant and follows its "Progress reports" link. */
    public static ReportPages openFrom(Browser browser, String grantTitle) {
        GrantPage.openFromList(browser, grantTitle);
        browser.clickAndWaitForPage(By.id("progress-reports"));
        browser.waitForText(TITLE, "Progress reports");
        return new ReportPages(browser);
    }

    public String narrative(By section) {
        return browser.find(section).getAttribute("value");
    }

    public void writeNarrative(By section, String text) {
        browser.type(section, text);
        browser.click(By.id("report:save-narrative"));
        browser.waitForText(PAGE_MESSAGES, "saved");
    }

    /** Starts generating; returns once the progress bar shows. */
    public void startGenerating() {
        browser.click(By.id("report:generate"));
        browser.find(PROGRESS_BAR);
    }

    /** Waits for the generation to finish (the page says which version is ready) and returns that message. */
    public String awaitReady() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .ignoring(StaleElementReferenceException.class).until(d -> d.findElement(PAGE_MESSAGES).getText().contains("is ready")
                        || d.findElement(PAGE_MESSAGES).getText().contains("could not"));
        return browser.text(PAGE_MESSAGES);
    }

    /** The row of a period's version, such as "Year one", "v1". */
    public WebElement versionRow(String period, String version) {
        return browser.find(VERSIONS).findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().startsWith(period + " " + version + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("No report version " + period + " " + version));
    }

    /** Publishes a period's version, confirming in the dialog. */
    public void publish(String period, String version) {
        versionRow(period, version).findElement(By.cssSelector("button[id$='publish']")).click();
        browser.click(By.id("report:confirm-publish"));
        browser.waitForText(PAGE_MESSAGES, "published");
    }

    /**
     * Downloads a link's target with the browser's own session, as a click would: status, content type and the first
     * five bytes, for example {@code 200 application/pdf %PDF-}.
     */
    public static String fetch(Browser browser, WebElement link) {
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                + " + r.headers.get('Content-Type') + ' ' + String.fromCharCode(...new Uint8Array(b).slice(0, 5)))));",
                link.getAttribute("href"));
        return String.valueOf(answer);
    }
}
