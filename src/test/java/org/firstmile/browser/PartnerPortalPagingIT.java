package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.firstmile.testsupport.TestDatabase;
import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.browser.Keyboard;
import org.firstmile.testsupport.pages.PartnerPages;
import org.firstmile.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A partner whose organisation runs 25 programmes pages through them twenty at a time, by mouse and keyboard. */
@BrowserTest
class PartnerPortalPagingIT {

    private static final By PAGE_REPORT = By.id("page-report");
    private static final By NEXT = By.id("next-page");
    private static final By PREVIOUS = By.id("previous-page");

    @Test
    void aPartnerWithTwentyFiveLinesPagesForwardAndBackAndOpensALineOfTheSecondPage(Browser partner)
            throws Exception {
        String tag = tag();
        try (TestDatabase db = TestDatabase.browser()) {
            db.addPartnerProgrammes(tag, 25);
        }
        SignInPage.signInAs(partner, "partner-" + tag, "partner-demo-2026");
        partner.open("/partner/portal/index.xhtml");

        assertThat(partner.text(PAGE_REPORT)).isEqualTo("Showing 1–20 of 25");
        assertThat(programmes(partner)).hasSize(20).startsWith(programme(tag, 1)).endsWith(programme(tag, 20));
        assertThat(partner.findAll(PREVIOUS)).isEmpty();
        partner.screenshot("portal-paging-first-page");

        partner.clickAndWaitForPage(NEXT);
        assertThat(partner.driver().getCurrentUrl()).endsWith("/partner/portal/index.xhtml?page=2");
        assertThat(partner.text(PAGE_REPORT)).isEqualTo("Showing 21–25 of 25");
        assertThat(programmes(partner)).containsExactly(programme(tag, 21), programme(tag, 22), programme(tag, 23),
                programme(tag, 24), programme(tag, 25));
        assertThat(partner.findAll(NEXT)).isEmpty();
        partner.screenshot("portal-paging-last-page");

        Keyboard keys = new Keyboard(partner);
        keys.tabTo(PREVIOUS);
        keys.pressForNextPage(Keys.ENTER);
        assertThat(partner.text(PAGE_REPORT)).isEqualTo("Showing 1–20 of 25");

        partner.open("/partner/portal/index.xhtml?page=99");
        assertThat(partner.text(PAGE_REPORT)).as("beyond the last page").isEqualTo("Showing 21–25 of 25");
        partner.open("/partner/portal/index.xhtml?page=two");
        assertThat(partner.text(PAGE_REPORT)).as("not a number").isEqualTo("Showing 1–20 of 25");

        new PartnerPages(partner).programmeRow(PartnerPages.PORTAL_PERIODS, programme(tag, 1), "Year one")
                .findElement(By.cssSelector("a.fm-open-update")).click();
        assertThat(partner.text(By.id("update-title"))).isEqualTo(programme(tag, 1) + ": Year one");
    }

    @Test
    void theDemoPartnerSeesNoneOfAnotherOrganisationsLinesOnAnyPage(Browser partner) throws Exception {
        String tag = tag();
        try (TestDatabase db = TestDatabase.browser()) {
            db.addPartnerProgrammes(tag, 25);
        }
        SignInPage.signInAs(partner, "partner", "partner-demo-2026");
        for (String page : List.of("1", "2", "99")) {
            partner.open("/partner/portal/index.xhtml?page=" + page);
            assertThat(partner.text(PartnerPages.PORTAL_PERIODS)).contains("The Roots Programme")
                    .doesNotContain(tag);
        }
    }

    private static List<String> programmes(Browser browser) {
        return browser.find(PartnerPages.PORTAL_PERIODS).findElements(By.cssSelector("tbody tr td:first-child"))
                .stream().map(WebElement::getText).toList();
    }

    private static String programme(String tag, int number) {
        return String.format("Programme %s %02d", tag, number);
    }

    /** Lower-case letters only, as the test database's tags must be. */
    static String tag() {
        Random random = new Random();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        return tag.toString();
    }
}
