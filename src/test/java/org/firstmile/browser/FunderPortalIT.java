package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.pages.FunderPages;
import org.firstmile.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@BrowserTest
class FunderPortalIT {

    @Test
    void funderFollowsTheirGrantsProgressReadOnly(Browser funder) {
        SignInPage.signInAs(funder, "funder", "funder-demo-2026");
        assertThat(funder.path()).isEqualTo("/funder/index.xhtml");
        assertThat(funder.text(By.cssSelector("[id='home:grants'] .ui-paginator-current"))).matches("1–\\d+ of \\d+");
        funder.screenshot("funder-home");
        FunderPages.openGrant(funder, "Building a Relationships Collective: an infrastructure for relationships");

        assertThat(funder.text(By.id("milestone-counts"))).contains("Done\n3", "Overdue\n1");
        assertThat(funder.text(By.id("milestones"))).contains("Build a Pattern Library", "Overdue");
        assertThat(funder.pageText()).contains("The Roots Programme (The Roots Programme), Year one",
                "140 people took part", "Published progress reports");
        assertThat(funder.findAll(By.cssSelector("form button, input[type=submit]")))
                .as("nothing on the page changes data").allMatch(button -> button.getAttribute("id")
                        .startsWith("signout"));
        funder.scrollTo(By.cssSelector(".vis-item.fm-tl-overdue"));
        funder.screenshot("funder-grant");

        funder.open("/funder/grant.xhtml?id=999999");
        assertThat(funder.find(By.id("error-404")).getText()).contains("Page not found");
    }

    @Test
    void staffAndPartnersGetForbiddenOnTheFunderPortal(Browser staff, Browser partner) {
        SignInPage.signInAs(staff, "staff", "staff-demo-2026");
        staff.open("/funder/index.xhtml");
        assertThat(staff.find(By.id("error-403")).getText()).contains("You do not have access to this page");
        SignInPage.signInAs(partner, "partner", "partner-demo-2026");
        partner.open("/funder/index.xhtml");
        assertThat(partner.find(By.id("error-403")).getText()).contains("You do not have access to this page");
    }
}
