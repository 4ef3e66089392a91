package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.pages.FunderPages;
import org.firstmile.testsupport.pages.ReportPages;
import org.firstmile.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@BrowserTest
class ProgressReportIT {

    private static final String GRANT = "Building a Relationships Collective: an infrastructure for relationships";

    @Test
    void staffGenerateTheYearOneReportWithAProgressBarPublishItAndTheFunderDownloadsThePdf(Browser staff,
            Browser funder) {
        SignInPage.signInAs(staff, "staff", "staff-demo-2026");
        ReportPages reports = ReportPages.openFrom(staff, GRANT);
        assertThat(reports.narrative(ReportPages.STORY)).startsWith("From recruiting the Relationships Collective");
        reports.writeNarrative(ReportPages.LEARNING, "Small groups and shared meals did more than large events.");
        assertThat(staff.text(ReportPages.PAGE_MESSAGES)).contains("Narrative for Year one saved");
        staff.screenshot("report-narrative");

        reports.startGenerating();
        assertThat(staff.text(ReportPages.STEP)).isNotBlank();
        staff.scrollTo(ReportPages.PROGRESS_BAR);
        staff.screenshot("report-generating");
        assertThat(reports.awaitReady()).contains("Version 1 of the Year one report is ready");
        assertThat(staff.text(By.id("report:progress"))).contains("100%", "Version 1 is ready");
        WebElement row = reports.versionRow("Year one", "v1");
        assertThat(row.getText()).contains("Year one", "PDF", "CSV", "XLSX");
        assertThat(ReportPages.fetch(staff, row.findElement(By.linkText("PDF")))).isEqualTo("200 application/pdf %PDF-");
        assertThat(ReportPages.fetch(staff, row.findElement(By.linkText("XLSX"))))
                .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet PK");
        assertThat(ReportPages.fetch(staff, row.findElement(By.linkText("CSV"))))
                .matches("200 text/csv; ?charset=UTF-8 Secti");

        reports.publish("Year one", "v1");
        assertThat(reports.versionRow("Year one", "v1").getText()).contains("Published");
        staff.scrollTo(ReportPages.VERSIONS);
        staff.screenshot("report-published");

        SignInPage.signInAs(funder, "funder", "funder-demo-2026");
        FunderPages.openGrant(funder, GRANT);
        funder.scrollTo(ReportPages.FUNDER_REPORTS);
        WebElement published = funder.find(ReportPages.FUNDER_REPORTS).findElements(By.cssSelector("tbody tr"))
                .stream().filter(r -> r.getText().startsWith("Year one v1 ")).findFirst().orElseThrow();
        assertThat(published.getText()).contains("PDF", "CSV", "XLSX");
        assertThat(ReportPages.fetch(funder, published.findElement(By.linkText("PDF"))))
                .isEqualTo("200 application/pdf %PDF-");
        funder.screenshot("funder-published-reports");
    }
}
