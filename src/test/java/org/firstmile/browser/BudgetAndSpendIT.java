package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.pages.FinancePage;
import org.firstmile.testsupport.pages.PartnerPages;
import org.firstmile.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Staff plan a budget line and record spend in the demo grant's year two (year one stays as reported), see the
 * variance flagged, keep a receipt (a disguised file is refused), explain the variance, and the funder reads it on
 * their grant page.
 */
@BrowserTest
class BudgetAndSpendIT {

    private static final String DEMO_GRANT = "Building a Relationships Collective: an infrastructure for relationships";

    @Test
    void staffRecordSpendWithAReceiptExplainTheFlaggedVarianceAndTheFunderSeesIt(Browser staff, Browser funder) {
        SignInPage.signInAs(staff, "staff", "staff-demo-2026");
        FinancePage finance = FinancePage.openFrom(staff, DEMO_GRANT);
        assertThat(finance.cells("Activities and events")).anySatisfy(cell -> cell.contains("+20.0%"));
        assertThat(finance.isHighlighted("Activities and events")).isTrue();
        assertThat(finance.cells("Activities and events").get(5)).contains("two extra learning events");
        assertThat(staff.text(FinancePage.VARIANCES)).doesNotContain("Needs an explanation");
        staff.screenshot("finance-year-one");

        finance.choosePeriod("Year two");
        String description = "Welsh translation " + System.nanoTime();
        finance.fillBudgetLine("Other", description, "-100");
        staff.waitForText(FinancePage.LINE_DIALOG, "cannot be negative");
        assertThat(staff.find(FinancePage.LINE_DESCRIPTION).getAttribute("value")).isEqualTo(description);
        assertThat(staff.find(FinancePage.LINE_AMOUNT).getAttribute("value")).isEqualTo("-100");
        staff.screenshot("finance-budget-line-invalid");
        finance.correctLineAmount("1000");
        staff.waitForText(FinancePage.PAGE_MESSAGES, "Budget line for Other added.");

        finance.recordSpend(LocalDate.now().toString(), "Other", "Proofreading of the Welsh glossary", "250");
        staff.waitForText(FinancePage.PAGE_MESSAGES, "recorded");
        assertThat(staff.text(FinancePage.EXPENDITURES)).contains("Proofreading of the Welsh glossary", "£250.00");
        finance.startReceipt("Proofreading of the Welsh glossary");
        finance.uploadReceipt(PartnerPages.disguisedPage("proofreading-invoice.pdf"));
        staff.waitForText(FinancePage.RECEIPT_DIALOG, "is not a file type that FirstMile accepts");
        finance.uploadReceipt(PartnerPages.samplePdf("proofreading-invoice.pdf"));
        staff.waitUntilHidden(FinancePage.RECEIPT_DIALOG);
        staff.waitForText(FinancePage.EXPENDITURES, "proofreading-invoice.pdf");
        assertThat(fetchStatusAndType(staff, By.linkText("proofreading-invoice.pdf")))
                .isEqualTo("200 application/pdf");
        assertThat(finance.cells("Other")).containsSubsequence("£1,000.00", "£1,450.00", "+£450.00", "+45.0%");
        assertThat(finance.isHighlighted("Other")).isTrue();
        assertThat(finance.cells("Other").get(5)).contains("Needs an explanation");

        String why = "The glossary was translated into Welsh at a partner's request " + System.nanoTime();
        finance.explain("Other", why);
        staff.waitForText(FinancePage.PAGE_MESSAGES, "Explanation for Other saved.");
        assertThat(finance.cells("Other").get(5)).contains(why).doesNotContain("Needs an explanation");
        assertThat(staff.text(FinancePage.TO_DATE)).contains("Received from the funder\n£349,500.00");
        staff.scrollTo(FinancePage.VARIANCES);
        staff.screenshot("finance-year-two-explained");

        SignInPage.signInAs(funder, "funder", "funder-demo-2026");
        funder.find(By.linkText(DEMO_GRANT)).click();
        funder.waitForText(By.id("finance"), "Budget and spend");
        assertThat(funder.text(By.id("finance"))).contains(description, "£1,450.00", why, "Year one",
                "two extra learning events", "BPTF first payment, year one");
        funder.scrollTo(By.id("finance"));
        funder.screenshot("funder-budget-and-spend");
    }

    private static String fetchStatusAndType(Browser browser, By link) {
        String href = browser.find(link).getAttribute("href");
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[1];"
                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')));", href);
        return String.valueOf(answer);
    }
}
