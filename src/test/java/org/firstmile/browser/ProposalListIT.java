package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.pages.ProposalPages;
import org.firstmile.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

@BrowserTest
class ProposalListIT {

    private static final By TABLE = By.id("proposals:table_data");

    @Test
    void staffFilterTheProposalsListByTitleAndByStatus(Browser browser) {
        SignInPage.signInAs(browser, "staff", "staff-demo-2026");
        browser.open("/proposal/list.xhtml");
        assertThat(browser.text(TABLE)).contains("Building a Relationships Collective",
                "The Relationships Academy: pilot year", "Relational phrases in public services");
        browser.screenshot("proposal-list");

        browser.type(By.id("proposals:table:title:filter"), "academy");
        browser.waitForTextGone(TABLE, "Relational phrases in public services");
        assertThat(browser.text(TABLE)).contains("The Relationships Academy: pilot year")
                .doesNotContain("Relational phrases in public services");

        browser.open("/proposal/list.xhtml");
        new Select(browser.find(By.id("proposals:table:status-filter"))).selectByVisibleText("Awarded");
        browser.waitForTextGone(TABLE, "The Relationships Academy: pilot year");
        assertThat(browser.text(TABLE)).contains("Building a Relationships Collective")
                .doesNotContain("Relational phrases in public services", "Draft", "Expression of interest");
    }

    @Test
    void twoPeopleEditingOneProposalTheSecondIsToldAndKeepsWhatTheyTyped(Browser first, Browser second) {
        SignInPage.signInAs(first, "staff", "staff-demo-2026");
        SignInPage.signInAs(second, "admin", "admin-demo-2026");
        String title = "Shared learning visits " + System.nanoTime();
        new ProposalPages(first).startProposal(title, "30000", "12", "2027-01-01", "Visits between partners.");
        String address = first.driver().getCurrentUrl();
        second.driver().get(address);

        ProposalPages firstEdit = new ProposalPages(first);
        firstEdit.changeTitle(title + " (first)");
        firstEdit.save();
        assertThat(first.text(ProposalPages.PAGE_MESSAGES)).contains("Proposal saved.");

        ProposalPages secondEdit = new ProposalPages(second);
        secondEdit.changeTitle(title + " (second)");
        secondEdit.save();
        assertThat(second.text(ProposalPages.PAGE_MESSAGES)).contains("Someone else changed this proposal");
        assertThat(second.find(By.id("proposal:title")).getAttribute("value")).isEqualTo(title + " (second)");
        second.screenshot("proposal-edit-conflict");

        first.open(address.substring(address.indexOf("/proposal/")));
        assertThat(first.text(ProposalPages.TITLE)).isEqualTo(title + " (first)");
    }
}
