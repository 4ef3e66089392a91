package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (the copy inside Deque's axe-core Selenium jar) on every page of the access matrix that each kind of
 * person may open, and on the error pages they meet: no violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules, and
 * no link that the keyboard cannot follow inside a table.
 */
@BrowserTest
class AccessibilityIT {

    private static final String WCAG_TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']";

    @Test
    void everyPageEveryPersonMayOpenHasNoWcagViolations(Browser browser) throws Exception {
        Map<String, String> ids = AccessMatrixIT.people();
        List<String> violations = new ArrayList<>();
        int pages = 0;
        for (int person = 0; person < AccessMatrixIT.PEOPLE.size(); person++) {
            String name = AccessMatrixIT.PEOPLE.get(person);
            browser.driver().manage().deleteAllCookies();
            if (!name.equals("anonymous")) {
                SignInPage.signInAs(browser, name, AccessMatrixIT.passwordOf(name));
            }
            for (Object[] row : AccessMatrixIT.MATRIX) {
                String address = (String) row[0];
                if (row[person + 1] != AccessMatrixIT.Answer.ALLOW || !address.endsWith("xhtml")
                        && !address.contains(".xhtml?")) {
                    continue;
                }
                browser.open(AccessMatrixIT.resolve(address, ids));
                violations.addAll(axe(browser, address + " for " + name));
                violations.addAll(linksInNavigableCells(browser, address + " for " + name));
                pages++;
            }
        }
        browser.driver().manage().deleteAllCookies();
        SignInPage.signInAs(browser, "partner", AccessMatrixIT.passwordOf("partner"));
        browser.open("/proposal/list.xhtml");
        browser.find(By.id("error-403"));
        violations.addAll(axe(browser, "the 403 page"));
        browser.open("/no-such-page.xhtml");
        browser.find(By.id("error-404"));
        violations.addAll(axe(browser, "the 404 page"));

        assertThat(violations).as("WCAG 2.2 A/AA violations found by axe-core on " + pages + " pages").isEmpty();
        assertThat(pages).isGreaterThanOrEqualTo(20);
    }

    /** Runs axe-core on the page in the browser; one line per violation and element. */
    @SuppressWarnings("unchecked")
    static List<String> axe(Browser browser, String page) throws IOException {
        browser.find(By.tagName("main"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(axeSource());
        }
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: " + WCAG_TAGS + "}})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + " + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ')"
                + " + ' (' + v.nodes[0].failureSummary.replace(/\\s+/g, ' ') + ')')))"
                + ".catch(e => done(['axe failed: ' + e]));");
        List<String> lines = new ArrayList<>();
        for (Object violation : (List<Object>) result) {
            lines.add(page + ": " + violation);
        }
        return lines;
    }

    /**
     * PrimeFaces' cell navigation (a table cell with a tabindex) answers Enter on a link inside the cell with a
     * jQuery click, which never follows a link, and cancels the key: a keyboard user cannot open it. Such tables
     * need {@code cellNavigation="false"}.
     */
    @SuppressWarnings("unchecked")
    static List<String> linksInNavigableCells(Browser browser, String page) {
        List<Object> links = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('td[tabindex] a[href]')].map(a => a.textContent.trim());");
        return links.isEmpty() ? List.of() : List.of(page + ": links that Enter cannot follow, inside PrimeFaces "
                + "navigable table cells: " + links);
    }

    private static String source;

    private static synchronized String axeSource() throws IOException {
        if (source == null) {
            try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return source;
    }
}
