package org.firstmile.testsupport.pages;

import java.time.Duration;
import java.util.List;
import org.firstmile.testsupport.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A grant's outcome indicators: the table of targets and actuals, the charts and the two dialogs. */
public final class OutcomesPage {

    public static final By TITLE = By.id("outcomes-title");
    public static final By BACK_TO_GRANT = By.id("back-to-grant");
    public static final By TABLE = By.id("outcomes:indicators");
    public static final By CHART_CANVASES = By.cssSelector("#charts canvas");
    public static final By PAGE_MESSAGES = By.id("page-messages");
    public static final By INDICATOR_MESSAGES = By.id("indicator-form:messages");
    public static final By INDICATOR_DIALOG = By.id("indicator-dialog");
    public static final By ACTUAL_DIALOG = By.id("actual-dialog");
    public static final By ACTUAL_VALUE = By.id("actual-form:value");

    private final Browser browser;

    public OutcomesPage(Browser browser) {
        this.browser = browser;
    }

    /** From a grant page, follows its "Outcome indicators" link. */
    public static OutcomesPage openFrom(Browser browser, String grantTitle) {
        GrantPage.openFromList(browser, grantTitle);
        browser.clickAndWaitForPage(By.id("outcome-indicators"));
        browser.waitForText(TITLE, "Outcome indicators");
        return new OutcomesPage(browser);
    }

    /** Fills in "Add an indicator" with a target per period, in period order, and saves. */
    public void fillIndicator(String name, String unit, List<String> targets) {
        browser.click(By.id("outcomes:add-indicator"));
        browser.type(By.id("indicator-form:name"), name);
        browser.type(By.id("indicator-form:unit"), unit);
        for (int i = 0; i < targets.size(); i++) {
            browser.type(targetField(i), targets.get(i));
        }
        browser.click(By.id("indicator-form:save"));
    }

    public void addIndicator(String name, String unit, List<String> targets) {
        fillIndicator(name, unit, targets);
        browser.waitForText(TABLE, name);
        browser.waitUntilHidden(INDICATOR_DIALOG);
    }

    public static By targetField(int period) {
        return By.id("indicator-form:targets:" + period + ":target");
    }

    /** Opens "Record an actual", chooses the indicator and period, and saves the figure with a note. */
    public void recordActual(String indicatorLabel, String periodName, String value, String note) {
        browser.click(By.id("outcomes:record-actual"));
        browser.waitForText(ACTUAL_DIALOG, "Record an actual");
        choose(By.id("actual-form:indicator"), indicatorLabel);
        choose(By.id("actual-form:period"), periodName);
        browser.type(ACTUAL_VALUE, value);
        browser.type(By.id("actual-form:note"), note);
        browser.click(By.id("actual-form:save"));
    }

    /** Chooses an option; when that changes the choice, waits for the figure already recorded to be loaded. */
    private void choose(By select, String label) {
        Select menu = new Select(browser.find(select));
        if (menu.getFirstSelectedOption().getText().equals(label)) {
            return;
        }
        WebElement value = browser.find(ACTUAL_VALUE);
        menu.selectByVisibleText(label);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(value));
    }

    /** The cell text of an indicator's row, for example "People brought together (people) Target 400 ...". */
    public WebElement row(String name) {
        return browser.find(TABLE).findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No indicator row " + name));
    }

    /** The cells of an indicator's row: name, one per period, to date, actions. */
    public List<String> cells(String name) {
        return row(name).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }
}
