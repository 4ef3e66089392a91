package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.pages.GrantPage;
import org.firstmile.testsupport.pages.ProposalPages;
import org.firstmile.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

@BrowserTest
class StaffJourneyIT {

    @Test
    void staffTakesAProposalFromDraftToAGrantWithAMilestoneDoneOnTheDashboard(Browser browser) {
        String title = "Relationships Collective gatherings " + System.nanoTime();
        String today = LocalDate.now().toString();
        SignInPage.signInAs(browser, "staff", "staff-demo-2026");
        assertThat(browser.path()).isEqualTo("/dashboard.xhtml");
        browser.screenshot("dashboard");

        ProposalPages proposal = new ProposalPages(browser);
        proposal.startProposal(title, "125000", "24", today, "Gatherings of the Collective across the UK.");
        assertThat(browser.text(ProposalPages.TITLE)).isEqualTo(title);
        assertThat(proposal.status()).isEqualTo("Draft");

        proposal.moveTo("EXPRESSION_OF_INTEREST", "Sent to the fund");
        proposal.moveTo("INVITED", "Invited after a call with the funder");
        proposal.moveTo("FULL_APPLICATION", "Full application sent");
        proposal.moveTo("UNDER_REVIEW", "Assessment visit booked");
        assertThat(proposal.status()).isEqualTo("Under review");
        browser.screenshot("proposal-under-review");
        proposal.award("120000", today, today);

        assertThat(browser.path()).isEqualTo("/grant/view.xhtml");
        assertThat(browser.text(GrantPage.TITLE)).isEqualTo(title);
        assertThat(browser.text(GrantPage.IDENTIFIER)).startsWith("360G-firstmile-");
        assertThat(browser.text(GrantPage.PERIODS)).contains("Year one", "Year two");

        GrantPage grant = new GrantPage(browser);
        String milestone = "First gathering held " + System.nanoTime();
        grant.addMilestone(milestone, LocalDate.now().plusDays(10).toString(), "Programme lead");
        assertThat(grant.row(milestone).getText()).contains("Planned");
        browser.screenshot("grant-with-milestone");

        browser.open("/dashboard.xhtml");
        assertThat(browser.text(By.id("dashboard:due-soon"))).contains(milestone);

        browser.find(By.linkText(milestone)).click();
        grant.logUpdate(milestone, "Done", "Forty people came.");
        browser.waitForText(GrantPage.PAGE_MESSAGES, "saved");
        assertThat(grant.row(milestone).getText()).contains("Done");
        browser.screenshot("grant-milestone-done");
        browser.click(By.linkText("Timeline"));
        browser.scrollTo(By.cssSelector(".vis-item.fm-tl-done"));
        browser.screenshot("grant-timeline");
        browser.click(By.linkText("Change history"));
        browser.waitForText(By.id("milestones:views:history"), "Status: Planned \u2192 Done");
        assertThat(browser.text(By.id("milestones:views:history"))).contains("staff", milestone, "Created");
        browser.scrollTo(By.id("milestones:views:history"));
        browser.screenshot("grant-history");

        browser.open("/dashboard.xhtml");
        assertThat(browser.text(By.id("dashboard:recently-done"))).contains(milestone);
        assertThat(browser.text(By.id("dashboard:due-soon"))).doesNotContain(milestone);
    }

    @Test
    void demoDashboardShowsTheOverdueMilestoneAndTheSampleDataBanner(Browser browser) {
        SignInPage.signInAs(browser, "staff", "staff-demo-2026");
        assertThat(browser.text(By.id("dashboard:overdue")))
                .contains("Build a Pattern Library for Relationship-Centred Practice");
        assertThat(browser.text(By.id("demo-banner"))).contains("Sample data");
    }

    @Test
    void badProposalInputGetsClearMessagesAndKeepsWhatWasTyped(Browser browser) {
        SignInPage.signInAs(browser, "staff", "staff-demo-2026");
        browser.open("/proposal/new.xhtml");
        browser.type(By.id("proposal:title"), "Half-finished idea");
        browser.type(By.id("proposal:amount"), "lots");
        browser.type(By.id("proposal:duration"), "0");
        browser.clickAndWaitForPage(By.id("proposal:create"));

        assertThat(browser.pageText())
                .contains("Amount requested: enter a number")
                .contains("The duration must be at least 1 month.")
                .contains("Choose the organisation that applies.");
        assertThat(browser.find(By.id("proposal:title")).getAttribute("value")).isEqualTo("Half-finished idea");
        browser.screenshot("proposal-new-errors");
    }

    @Test
    void theApplicantIsFoundByTypingOnlyAmongGranteesAndIsKeptWhenTheFormIsRefused(Browser browser) {
        SignInPage.signInAs(browser, "staff", "staff-demo-2026");
        browser.open("/proposal/new.xhtml");
        browser.type(By.id("proposal:applicant_input"), "National Lottery");
        browser.waitForText(By.id("proposal:applicant_panel"), "No grantee organisation matches.");
        browser.screenshot("proposal-applicant-no-match");

        String title = "Picked by org-id " + System.nanoTime() % 100_000;
        browser.type(By.id("proposal:title"), title);
        browser.pick("proposal:applicant", "sample-trp", "The Relationships Project (GB-SAMPLE-TRP)");
        new Select(browser.find(By.id("proposal:fund"))).selectByIndex(1);
        browser.type(By.id("proposal:amount"), "lots");
        browser.type(By.id("proposal:duration"), "12");
        browser.clickAndWaitForPage(By.id("proposal:create"));

        assertThat(browser.pageText()).contains("Amount requested: enter a number")
                .doesNotContain("Choose the organisation that applies.");
        assertThat(browser.find(By.id("proposal:applicant_input")).getAttribute("value"))
                .isEqualTo("The Relationships Project (GB-SAMPLE-TRP)");
        browser.screenshot("proposal-applicant-kept");

        browser.type(By.id("proposal:amount"), "1250");
        browser.clickAndWaitForPage(By.id("proposal:create"));
        browser.waitForText(By.id("proposal-title"), title);
        assertThat(browser.find(By.id("proposal:applicant_input")).getAttribute("value"))
                .isEqualTo("The Relationships Project (GB-SAMPLE-TRP)");
    }

    @Test
    void addressOfARecordThatDoesNotExistShowsPageNotFound(Browser browser) {
        SignInPage.signInAs(browser, "staff", "staff-demo-2026");
        for (String address : new String[] {"/grant/view.xhtml?id=99999", "/proposal/view.xhtml?id=abc",
            "/proposal/view.xhtml"}) {
            browser.open(address);
            assertThat(browser.find(By.id("error-404")).getText()).as(address).contains("Page not found");
        }
    }
}
