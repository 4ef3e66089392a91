package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@BrowserTest
class SignInIT {

    @Test
    void wrongPasswordShowsAnErrorAndStaysOnTheSignInPage(Browser browser) {
        SignInPage.signInAs(browser, "staff", "not-the-password");
        assertThat(browser.path()).isEqualTo("/login.xhtml");
        assertThat(browser.text(SignInPage.MESSAGES)).contains("The username or password is not right");
        browser.screenshot("login-failed");
    }

    @Test
    void partnerGetsForbiddenOnAStaffPage(Browser browser) {
        SignInPage.signInAs(browser, "partner", "partner-demo-2026");
        browser.open("/proposal/list.xhtml");
        assertThat(browser.find(By.id("error-403")).getText()).contains("You do not have access to this page");
        browser.screenshot("partner-403");
    }

    @Test
    void funderGetsForbiddenOnTheStaffDashboard(Browser browser) {
        SignInPage.signInAs(browser, "funder", "funder-demo-2026");
        browser.open("/dashboard.xhtml");
        assertThat(browser.find(By.id("error-403")).getText()).contains("You do not have access to this page");
    }

    @Test
    void anonymousVisitorIsSentToSignInAndBackToThePageAfterwards(Browser browser) {
        browser.open("/proposal/list.xhtml?from=bookmark");
        assertThat(browser.find(By.id("login:username")).isDisplayed()).isTrue();
        SignInPage.current(browser).signIn("staff", "staff-demo-2026");
        assertThat(browser.path()).isEqualTo("/proposal/list.xhtml");
        assertThat(browser.driver().getCurrentUrl()).endsWith("?from=bookmark");
    }

    @Test
    void signingInIssuesANewSessionIdAndSigningOutEndsTheSession(Browser browser) {
        browser.open("/login.xhtml");
        String before = browser.cookie("JSESSIONID");
        assertThat(before).as("the sign-in page starts a session").isNotNull();

        SignInPage.signInAs(browser, "staff", "staff-demo-2026");
        assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);

        browser.clickAndWaitForPage(By.id("signout:signout-button"));
        assertThat(browser.path()).isEqualTo("/login.xhtml");
        browser.open("/dashboard.xhtml");
        assertThat(browser.find(By.id("login:username")).isDisplayed()).isTrue();
    }
}
