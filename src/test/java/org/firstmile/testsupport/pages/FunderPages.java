package org.firstmile.testsupport.pages;

import org.firstmile.testsupport.browser.Browser;
import org.openqa.selenium.By;

/** The funder's start page: the list of their own grants, twenty at a time. */
public final class FunderPages {

    public static final By GRANTS = By.id("home:grants");
    public static final By TITLE_FILTER = By.id("home:grants:title:filter");
    public static final String GRANT_ROWS = "home:grants_data";

    private FunderPages() {
    }

    /**
     * From the start page, filtered by the grant's title (other tests add grants to the demo fund, so it may not be
     * on the first page), opens the grant.
     */
    public static void openGrant(Browser funder, String title) {
        funder.open("/funder/index.xhtml");
        funder.type(TITLE_FILTER, title);
        funder.waitForRowsAllContaining(GRANT_ROWS, title);
        funder.clickAndWaitForPage(By.linkText(title));
    }
}
