package org.firstmile.testsupport.pages;

import java.nio.file.Path;
import java.util.List;
import org.firstmile.testsupport.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A grant's budget and spend: the variance table, budget lines, spend, payments and their dialogs. */
public final class FinancePage {

    public static final By TITLE = By.id("finance-title");
    public static final By PAGE_MESSAGES = By.id("page-messages");
    public static final By VARIANCES = By.id("finance:variances");
    public static final By EXPENDITURES = By.id("finance:expenditures");
    public static final By TO_DATE = By.id("to-date-totals");
    public static final By LINE_DIALOG = By.id("line-dialog");
    public static final By LINE_AMOUNT = By.id("line-form:amount");
    public static final By LINE_DESCRIPTION = By.id("line-form:description");
    public static final By EXPENDITURE_DIALOG = By.id("expenditure-dialog");
    public static final By EXPLANATION_DIALOG = By.id("explanation-dialog");
    public static final By RECEIPT_DIALOG = By.id("receipt-dialog");

    private final Browser browser;

    public FinancePage(Browser browser) {
        this.browser = browser;
    }

    /** From the grants list, opens the grant and follows its "Budget and spend" link. */
    public static FinancePage openFrom(Browser browser, String grantTitle) {
        GrantPage.openFromList(browser, grantTitle);
        browser.clickAndWaitForPage(By.id("budget-and-spend"));
        browser.waitForText(TITLE, "Budget and spend");
        return new FinancePage(browser);
    }

    public void choosePeriod(String name) {
        browser.clickAndWaitForPage(By.linkText(name));
        browser.waitForText(By.id("variance-heading"), name);
    }

    /** Fills in "Add a budget line" and saves; the dialog stays open when the input is refused. */
    public void fillBudgetLine(String category, String description, String amount) {
        browser.click(By.id("finance:add-line"));
        browser.waitForText(LINE_DIALOG, "Budget line");
        new Select(browser.find(By.id("line-form:category"))).selectByVisibleText(category);
        browser.type(LINE_DESCRIPTION, description);
        browser.type(LINE_AMOUNT, amount);
        browser.click(By.id("line-form:save"));
    }

    /** Corrects the amount in the open budget line dialog and saves again. */
    public void correctLineAmount(String amount) {
        browser.type(LINE_AMOUNT, amount);
        browser.click(By.id("line-form:save"));
        browser.waitUntilHidden(LINE_DIALOG);
    }

    public void recordSpend(String isoDate, String category, String description, String amount) {
        browser.click(By.id("finance:add-expenditure"));
        browser.waitForText(EXPENDITURE_DIALOG, "Record spend");
        browser.setDate(By.id("expenditure-form:spent-on"), isoDate);
        new Select(browser.find(By.id("expenditure-form:category"))).selectByVisibleText(category);
        browser.type(By.id("expenditure-form:description"), description);
        browser.type(By.id("expenditure-form:amount"), amount);
        browser.click(By.id("expenditure-form:save"));
        browser.waitUntilHidden(EXPENDITURE_DIALOG);
    }

    /** Opens "Add receipt" on the spend row with this description. */
    public void startReceipt(String description) {
        browser.find(EXPENDITURES).findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains(description)).findFirst()
                .orElseThrow(() -> new AssertionError("No spend " + description))
                .findElement(By.cssSelector("button[id$=':add-receipt']")).click();
        browser.waitForText(RECEIPT_DIALOG, "Add a receipt");
    }

    /** Uploads a file through the open receipt dialog; returns at once, before FirstMile answers. */
    public void uploadReceipt(Path file) {
        browser.find(By.id("receipt-form:receipt")).findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** Opens "Explain" on a variance line, writes the explanation and saves it. */
    public void explain(String category, String text) {
        variance(category).findElement(By.cssSelector("button[id$=':explain']")).click();
        browser.waitForText(EXPLANATION_DIALOG, category);
        browser.type(By.id("explanation-form:text"), text);
        browser.click(By.id("explanation-form:save"));
        browser.waitUntilHidden(EXPLANATION_DIALOG);
    }

    /** The variance table's row of a category. */
    public WebElement variance(String category) {
        return browser.find(VARIANCES).findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("td")).getText().startsWith(category)).findFirst()
                .orElseThrow(() -> new AssertionError("No variance line " + category));
    }

    /** The cells of a category's variance line: category, budget, spent, variance, %, explanation. */
    public List<String> cells(String category) {
        return variance(category).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    public boolean isHighlighted(String category) {
        return variance(category).getAttribute("class").contains("fm-over");
    }
}
