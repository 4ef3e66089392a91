package org.firstmile.testsupport.pages;

import org.firstmile.testsupport.browser.Browser;
import org.openqa.selenium.By;

/** The sign-in page. */
public final class SignInPage {

    public static final By MESSAGES = By.id("login:messages");

    private final Browser browser;

    private SignInPage(Browser browser) {
        this.browser = browser;
    }

    /** The sign-in page the browser is on already, for instance after a redirect from a protected page. */
    public static SignInPage current(Browser browser) {
        return new SignInPage(browser);
    }

    public static SignInPage open(Browser browser) {
        browser.open("/login.xhtml");
        return new SignInPage(browser);
    }

    /** Signs in and waits for the page FirstMile sends the person to. */
    public void signIn(String username, String password) {
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        browser.clickAndWaitForPage(By.id("login:submit"));
    }

    public static void signInAs(Browser browser, String username, String password) {
        open(browser).signIn(username, password);
    }
}
