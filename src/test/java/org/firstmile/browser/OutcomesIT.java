package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.pages.GrantPage;
import org.firstmile.testsupport.pages.OutcomesPage;
import org.firstmile.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@BrowserTest
class OutcomesIT {

    private static final String DEMO_GRANT = "Building a Relationships Collective: an infrastructure for relationships";

    @Test
    void staffAddAnIndicatorWithTargetsRecordAnActualAndSeeItsPercentageAndChart(Browser browser) {
        SignInPage.signInAs(browser, "staff", "staff-demo-2026");
        OutcomesPage outcomes = OutcomesPage.openFrom(browser, DEMO_GRANT);
        assertThat(outcomes.cells("People brought together").get(1)).contains("400", "455", "114%");
        assertThat(outcomes.cells("Learning sessions held").get(1)).contains("12", "11", "92%");

        String name = "Relational phrases shared " + System.nanoTime();
        outcomes.addIndicator(name, "phrases", List.of("40", "60"));
        browser.waitForText(OutcomesPage.PAGE_MESSAGES, "added");
        assertThat(outcomes.cells(name).get(1)).contains("40", "No actual yet");

        outcomes.recordActual(name + " (phrases)", "Year one", "30", "Counted in the glossary");
        browser.waitForText(OutcomesPage.PAGE_MESSAGES, "Actual saved");
        browser.waitUntilHidden(OutcomesPage.ACTUAL_DIALOG);
        List<String> cells = outcomes.cells(name);
        assertThat(cells.get(1)).contains("Target\n40", "Actual\n30", "75%");
        assertThat(cells.get(2)).contains("60", "No actual yet");
        assertThat(browser.findAll(OutcomesPage.CHART_CANVASES)).hasSize(3);
        browser.scrollTo(OutcomesPage.TABLE);
        browser.screenshot("outcome-indicators");

        browser.clickAndWaitForPage(OutcomesPage.BACK_TO_GRANT);
        assertThat(browser.text(GrantPage.TITLE)).isEqualTo(DEMO_GRANT);
        browser.open("/audit/events.xhtml");
        assertThat(browser.pageText()).contains(name);
    }

    @Test
    void aNegativeOrNonNumericTargetGetsAClearMessageAndKeepsWhatWasTyped(Browser browser) {
        SignInPage.signInAs(browser, "staff", "staff-demo-2026");
        OutcomesPage outcomes = OutcomesPage.openFrom(browser, DEMO_GRANT);
        String name = "Never saved " + System.nanoTime();

        outcomes.fillIndicator(name, "people", List.of("-5", "lots"));

        browser.waitForText(OutcomesPage.INDICATOR_DIALOG, "cannot be negative");
        String dialog = browser.text(OutcomesPage.INDICATOR_DIALOG);
        assertThat(dialog).contains("A target cannot be negative. Enter 0 or more.", "enter a number");
        assertThat(browser.find(By.id("indicator-form:name")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.find(OutcomesPage.targetField(0)).getAttribute("value")).isEqualTo("-5");
        assertThat(browser.find(OutcomesPage.targetField(1)).getAttribute("value")).isEqualTo("lots");
        browser.screenshot("outcome-indicator-invalid");
        assertThat(browser.text(OutcomesPage.TABLE)).doesNotContain(name);
    }

    @Test
    void aNegativeActualGetsAClearMessageAndLeavesTheRecordedFigureAlone(Browser browser) {
        SignInPage.signInAs(browser, "staff", "staff-demo-2026");
        OutcomesPage outcomes = OutcomesPage.openFrom(browser, DEMO_GRANT);

        outcomes.recordActual("People brought together (people)", "Year one", "-3", "A typing slip");

        browser.waitForText(OutcomesPage.ACTUAL_DIALOG, "An actual cannot be negative. Enter 0 or more.");
        assertThat(browser.find(OutcomesPage.ACTUAL_VALUE).getAttribute("value")).isEqualTo("-3");
        assertThat(browser.find(By.id("actual-form:note")).getAttribute("value")).isEqualTo("A typing slip");
        browser.screenshot("outcome-actual-invalid");
        assertThat(outcomes.cells("People brought together").get(1)).contains("455", "114%");
    }
}
