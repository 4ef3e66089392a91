package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.pages.PartnerPages;
import org.firstmile.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

@BrowserTest
class PartnerUpdateIT {

    @Test
    void partnerSubmitsWithEvidenceStaffReturnItPartnerResubmitsStaffAcceptAndTheFunderSeesTheFigures(
            Browser partner, Browser staff, Browser funder) {
        SignInPage.signInAs(partner, "partner", "partner-demo-2026");
        assertThat(partner.path()).isEqualTo("/partner/portal/index.xhtml");
        assertThat(partner.text(PartnerPages.PORTAL_PERIODS)).contains("The Roots Programme")
                .doesNotContain("Pattern Library fellowship");
        partner.screenshot("portal");

        PartnerPages portal = new PartnerPages(partner);
        portal.openFromPortal("The Roots Programme", "Year two");
        portal.writeStory("Two more towns joined the exchanges.", "90 people took part.");
        portal.reportFigure("People brought together", "90");
        portal.upload(PartnerPages.disguisedPage("exchange-photos.pdf"));
        partner.waitForText(PartnerPages.PAGE_MESSAGES, "is not a file type that FirstMile accepts");
        portal.upload(PartnerPages.samplePdf("exchange-report.pdf"));
        partner.waitForText(PartnerPages.EVIDENCE_LIST, "exchange-report.pdf");
        assertThat(partner.find(By.id("update:story")).getAttribute("value"))
                .isEqualTo("Two more towns joined the exchanges.");
        partner.screenshot("portal-update-draft");
        assertThat(fetchStatusAndType(partner, By.linkText("exchange-report.pdf"))).isEqualTo("200 application/pdf");
        portal.submit();
        assertThat(partner.text(PartnerPages.PAGE_MESSAGES)).contains("Update submitted");
        assertThat(partner.findAll(By.id("update:story"))).as("a submitted update cannot be edited").isEmpty();

        SignInPage.signInAs(staff, "staff", "staff-demo-2026");
        PartnerPages review = new PartnerPages(staff);
        review.openFromReview("The Roots Programme", "Year two");
        assertThat(staff.pageText()).contains("Two more towns joined the exchanges.", "exchange-report.pdf");
        review.returnWithFeedback("Please add how many stayed in touch.");
        assertThat(staff.text(PartnerPages.PAGE_MESSAGES)).contains("returned");

        portal.openFromPortal("The Roots Programme", "Year two");
        assertThat(partner.pageText()).contains("Please add how many stayed in touch.");
        portal.startRevision();
        assertThat(partner.find(By.id("update:story")).getAttribute("value"))
                .isEqualTo("Two more towns joined the exchanges.");
        portal.writeStory("Two more towns joined the exchanges; 25 people stayed in touch.", "90 people took part.");
        portal.submit();

        review.openFromReview("The Roots Programme", "Year two");
        review.accept();
        assertThat(staff.text(By.id("revision-2"))).contains("Accepted", "25 people stayed in touch");
        assertThat(staff.text(By.id("revision-1"))).contains("Returned with feedback",
                "Please add how many stayed in touch.");
        assertThat(staff.text(By.id("revision-2"))).contains("People brought together: 90");
        staff.screenshot("partner-update-reviewed");

        SignInPage.signInAs(funder, "funder", "funder-demo-2026");
        funder.find(By.linkText("Building a Relationships Collective: an infrastructure for relationships")).click();
        assertThat(funder.text(By.id("indicators"))).as("the demo's 262 plus the partner's accepted 90")
                .contains("Year two: 352 of 600");
        assertThat(funder.pageText()).contains("Two more towns joined the exchanges; 25 people stayed in touch.");
        funder.scrollTo(By.id("outcomes-heading"));
        funder.screenshot("funder-outcomes");
    }

    /** Downloads the link's target with the browser's own session, as a click would, and reports status and type. */
    private static String fetchStatusAndType(Browser browser, By link) {
        String href = browser.find(link).getAttribute("href");
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[1];"
                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')));", href);
        return String.valueOf(answer);
    }

    @Test
    void staffSeeWhoHasAndHasNotReportedThisPeriodAndFilterTheList(Browser staff) {
        SignInPage.signInAs(staff, "staff", "staff-demo-2026");
        staff.open("/partner/review.xhtml");
        assertThat(staff.text(By.id("reporting-summary"))).containsPattern("\\d+ of \\d+ have reported, \\d+ of them");
        staff.screenshot("partner-review-list");

        PartnerPages pages = new PartnerPages(staff);
        pages.filterReview("Pattern Library fellowship");
        assertThat(pages.programmeRow(PartnerPages.REPORTING, "Pattern Library fellowship", "").getText())
                .contains("Samuel Centre for Social Connectedness");

        staff.open("/partner/review.xhtml");
        new Select(staff.find(By.id("review:reporting:status-filter"))).selectByVisibleText("Not started");
        staff.waitForRowsAllContaining("review:reporting_data", "Not started");
        staff.screenshot("partner-review-not-started");
    }

    @Test
    void partnerGetsForbiddenOnTheStaffReviewPagesAndStaffOnThePortal(Browser partner, Browser staff) {
        SignInPage.signInAs(partner, "partner", "partner-demo-2026");
        partner.open("/partner/review.xhtml");
        assertThat(partner.find(By.id("error-403")).getText()).contains("You do not have access to this page");

        SignInPage.signInAs(staff, "staff", "staff-demo-2026");
        staff.open("/partner/portal/index.xhtml");
        assertThat(staff.find(By.id("error-403")).getText()).contains("You do not have access to this page");
    }
}
