package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.firstmile.testsupport.TestDatabase;
import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Staff filter the grants list, page through it and sort it, twenty grants a page, and open a grant from it. */
@BrowserTest
class GrantListIT {

    private static final By TABLE = By.id("grants:table_data");
    private static final By PAGE_REPORT = By.cssSelector("[id='grants:table'] .ui-paginator-current");

    @Test
    void staffFilterTwentyFiveGrantsByRecipientPageToTheLastFiveSortByTitleAndOpenOne(Browser browser)
            throws Exception {
        String tag = PartnerPortalPagingIT.tag();
        try (TestDatabase db = TestDatabase.browser()) {
            db.addOldGrants(tag, 25);
        }
        SignInPage.signInAs(browser, "staff", "staff-demo-2026");
        browser.open("/grant/list.xhtml");
        assertThat(browser.text(TABLE)).contains("Building a Relationships Collective");
        assertThat(browser.text(PAGE_REPORT)).startsWith("1–20 of ");
        assertThat(browser.findAll(By.cssSelector("[id='grants:table_data'] tr"))).hasSize(20);

        browser.type(By.id("grants:table:recipient:filter"), "community group " + tag);
        browser.waitForText(PAGE_REPORT, "1–20 of 25");
        assertThat(browser.findAll(By.cssSelector("[id='grants:table_data'] tr"))).hasSize(20);
        assertThat(browser.text(TABLE)).contains(grant(tag, 25), grant(tag, 6)).doesNotContain(grant(tag, 5),
                "Building a Relationships Collective");
        browser.screenshot("grant-list-filtered");

        browser.click(By.cssSelector("[id='grants:table'] .ui-paginator-next"));
        browser.waitForText(PAGE_REPORT, "21–25 of 25");
        assertThat(browser.findAll(By.cssSelector("[id='grants:table_data'] tr"))).hasSize(5);
        assertThat(browser.text(TABLE)).contains(grant(tag, 5), grant(tag, 1)).doesNotContain(grant(tag, 6));

        browser.click(By.cssSelector("[id='grants:table:title'] .ui-column-title"));
        browser.waitForText(PAGE_REPORT, "1–20 of 25");
        browser.waitForText(TABLE, grant(tag, 1));
        assertThat(browser.text(TABLE)).contains(grant(tag, 20)).doesNotContain(grant(tag, 21));

        browser.clickAndWaitForPage(By.linkText(grant(tag, 1)));
        assertThat(browser.path()).isEqualTo("/grant/view.xhtml");
        assertThat(browser.pageText()).contains(grant(tag, 1));
    }

    private static String grant(String tag, int number) {
        return String.format("Paging %s %02d", tag, number);
    }
}
