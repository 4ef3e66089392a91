package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.pages.AdminPages;
import org.firstmile.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

@BrowserTest
class AdministrationIT {

    @Test
    void administratorAddsAPartnerWhoSignsInAndIsThenDisabled(Browser admin, Browser partner) {
        long run = System.nanoTime() % 1_000_000_000L;
        String organisation = "Partner organisation " + run;
        String orgId = "GB-CHC-" + run;
        String username = "partner-" + run;
        SignInPage.signInAs(admin, "admin", "admin-demo-2026");
        AdminPages pages = new AdminPages(admin);

        pages.addOrganisation(organisation, orgId, "Partner");
        admin.waitForText(AdminPages.PAGE_MESSAGES, "saved");
        pages.filterOrganisationsByOrgId(orgId);
        assertThat(pages.row(AdminPages.ORGANISATIONS, orgId).getText()).contains(organisation, "Partner");
        admin.screenshot("admin-organisations");
        pages.renameOrganisation(orgId, organisation + " renamed");
        admin.waitForText(AdminPages.ORGANISATIONS, organisation + " renamed");
        pages.renameOrganisation(orgId, organisation);
        admin.waitForText(AdminPages.PAGE_MESSAGES, "\u201c" + organisation + "\u201d saved");

        pages.addUser(username, "A partner " + run, "PARTNER", organisation + " (" + orgId + ")",
                "a long first password");
        admin.waitForText(AdminPages.PAGE_MESSAGES, "added");
        pages.filterUsersByUsername(username);
        assertThat(pages.row(AdminPages.USERS, username).getText()).contains("PARTNER", organisation, "Active");
        admin.screenshot("admin-users");

        SignInPage.signInAs(partner, username, "a long first password");
        assertThat(partner.text(By.id("signed-in-as"))).isEqualTo(username);

        pages.toggle(username);
        admin.waitForText(AdminPages.PAGE_MESSAGES, "disabled");
        assertThat(pages.row(AdminPages.USERS, username).getText()).contains("Disabled");

        admin.open("/audit/events.xhtml");
        new Select(admin.find(By.id("audit:table:type-filter"))).selectByVisibleText("User");
        admin.waitForText(By.id("audit:table_data"), "Enabled: Yes \u2192 No");
        assertThat(admin.text(By.id("audit:table_data"))).contains("User: " + username, "admin", "Status changed");
        admin.screenshot("audit-trail");

        partner.clickAndWaitForPage(By.id("signout:signout-button"));
        SignInPage.current(partner).signIn(username, "a long first password");
        assertThat(partner.text(SignInPage.MESSAGES)).contains("The username or password is not right");
    }

    @Test
    void userWithoutAFittingOrganisationOrWithAShortPasswordIsRefusedWithReasons(Browser admin) {
        SignInPage.signInAs(admin, "admin", "admin-demo-2026");
        AdminPages pages = new AdminPages(admin);

        pages.addUser("funder-" + System.nanoTime() % 100_000, "Wrong organisation", "FUNDER",
                "The Relationships Project (GB-SAMPLE-TRP)", "a long first password");
        admin.waitForText(By.id("user-form:messages"), "must belong to a funder organisation");

        pages.addUser("partner-" + System.nanoTime() % 100_000, "No organisation", "PARTNER", null,
                "a long first password");
        admin.waitForText(By.id("user-form:messages"), "must belong to a partner organisation");

        pages.addUser("short-" + System.nanoTime() % 100_000, "Short password", "STAFF",
                "The Relationships Project (GB-SAMPLE-TRP)", "short");
        admin.waitForText(By.id("user-form:messages"), "at least 12 characters");
        assertThat(admin.find(By.id("user-form:name")).getAttribute("value")).isEqualTo("Short password");
        admin.screenshot("admin-user-refused");
    }

    @Test
    void fundNeedsAFunderAndAWebAddressThatIsOne(Browser admin) {
        SignInPage.signInAs(admin, "admin", "admin-demo-2026");
        AdminPages pages = new AdminPages(admin);
        String code = "F" + System.nanoTime() % 100_000;

        pages.addFund("The National Lottery Community Fund", code, "Awards for All", "not a web address");
        admin.waitForText(By.id("fund-form"), "starting with https://");

        pages.addFund("The National Lottery Community Fund", code, "Awards for All",
                "https://www.tnlcommunityfund.org.uk/funding/programmes/national-lottery-awards-for-all-england");
        admin.waitForText(AdminPages.PAGE_MESSAGES, "saved");
        assertThat(pages.row(AdminPages.FUNDS, code).getText()).contains("Awards for All",
                "The National Lottery Community Fund");
    }

    @Test
    void staffDoNotSeeTheAdministrationPages(Browser staff) {
        SignInPage.signInAs(staff, "staff", "staff-demo-2026");
        assertThat(staff.findAll(By.id("nav-users"))).isEmpty();
        staff.open("/identity/users.xhtml");
        assertThat(staff.find(By.id("error-403")).getText()).contains("You do not have access to this page");
    }
}
