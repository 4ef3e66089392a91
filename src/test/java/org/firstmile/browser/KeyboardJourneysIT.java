package org.firstmile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.firstmile.testsupport.browser.Browser;
import org.firstmile.testsupport.browser.BrowserTest;
import org.firstmile.testsupport.browser.Keyboard;
import org.firstmile.testsupport.pages.FunderPages;
import org.firstmile.testsupport.pages.GrantPage;
import org.firstmile.testsupport.pages.PartnerPages;
import org.firstmile.testsupport.pages.SignInPage;
import org.firstmile.testsupport.server.EmbeddedDatabase;
import org.firstmile.testsupport.server.EmbeddedDatabaseSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The three journeys of the accessibility issue, by someone who uses only the keyboard once signed in: Tab and
 * Shift+Tab to move, Enter and Space to follow and press, arrow keys to choose. Nothing is clicked, and no script
 * acts on the page; scripts only read where the focus is and whether it shows.
 */
@BrowserTest
class KeyboardJourneysIT {

    private static final String GRANT = "Building a Relationships Collective: an infrastructure for relationships";
    private static final String MILESTONE = "Hold a learning exchange with The Roots Programme";

    @Test
    void staffLogAMilestoneUpdateWithTheKeyboardOnly(Browser staff) throws IOException {
        SignInPage.signInAs(staff, "staff", "staff-demo-2026");
        Keyboard keys = new Keyboard(staff);

        assertThat(keys.tabTo(By.cssSelector("a.fm-skip"))).as("the first Tab reaches the skip link").isEqualTo(1);
        assertThat(keys.focused().getText()).isEqualTo("Skip to main content");
        keys.press(Keys.ENTER).press(Keys.TAB);
        assertThat(keys.focused().findElements(By.xpath("ancestor::main")))
                .as("after the skip link, Tab goes into the page's main content").hasSize(1);

        keys.tabTo(By.xpath("//*[@id='dashboard:grants']//a[normalize-space()='" + GRANT + "']"));
        keys.pressForNextPage(Keys.ENTER);
        assertThat(staff.text(GrantPage.TITLE)).isEqualTo(GRANT);

        keys.tabTo(By.cssSelector("button[aria-label='Log an update to " + MILESTONE + "']"));
        keys.press(Keys.ENTER);
        staff.waitForText(By.id("update-milestone-title"), MILESTONE);
        WebElement dialog = staff.find(By.id("update-dialog"));
        new WebDriverWait(staff.driver(), Duration.ofSeconds(10)).until(d -> contains(dialog, keys.focused()));
        assertThat(AccessibilityIT.axe(staff, "the Log an update dialog")).isEmpty();

        keys.tabTo(By.id("update-form:status"));
        Select status = new Select(keys.focused());
        for (int i = 0; i < 6 && !status.getFirstSelectedOption().getText().equals("In progress"); i++) {
            keys.press(Keys.ARROW_DOWN);
        }
        assertThat(status.getFirstSelectedOption().getText()).isEqualTo("In progress");
        keys.tabTo(By.id("update-form:note"));
        keys.press("Venue booked; the exchange is being planned with the partner.");
        keys.tabTo(By.id("update-form:save"));
        staff.screenshot("keyboard-log-update");
        keys.press(Keys.ENTER);

        staff.waitForText(GrantPage.PAGE_MESSAGES, "saved");
        staff.waitUntilHidden(By.id("update-dialog"));
        assertThat(new GrantPage(staff).row(MILESTONE).getText()).contains("In progress");
    }

    @Test
    void aPartnerWritesAndSubmitsAnUpdateWithTheKeyboardOnly(Browser partner) throws Exception {
        String programme = newRootsProgramme();
        SignInPage.signInAs(partner, "partner", "partner-demo-2026");
        Keyboard keys = new Keyboard(partner);

        keys.tabTo(By.cssSelector("a[aria-label='Write the update for " + programme + ", Year two']"));
        keys.pressForNextPage(Keys.ENTER);
        assertThat(partner.text(By.id("update-title"))).isEqualTo(programme + ": Year two");

        keys.tabTo(By.id("update:story"));
        keys.press("Four evening exchanges in the library; families came back every week.");
        keys.tabTo(By.id("update:difference"));
        keys.press("48 people took part.");
        keys.tabTo(By.xpath("//label[starts-with(normalize-space(), 'People brought together')]"
                + "/following-sibling::input[1]"));
        keys.press("48");
        keys.tabTo(By.id("update:submit"));
        assertThat(keys.shiftTabTo(By.id("update:save"))).as("Shift+Tab goes back one step").isEqualTo(1);
        assertThat(keys.tabTo(By.id("update:submit"))).isEqualTo(1);
        partner.screenshot("keyboard-partner-update");
        keys.pressForNextPage(Keys.ENTER);

        assertThat(partner.text(PartnerPages.PAGE_MESSAGES)).contains("Update submitted");
        assertThat(partner.text(By.id("revision-1"))).contains("Submitted",
                "Four evening exchanges in the library", "People brought together: 48");
    }

    @Test
    void aFunderDownloadsAPublishedReportWithTheKeyboardOnly(Browser funder) throws Exception {
        AccessMatrixIT.people();
        SignInPage.signInAs(funder, "funder", "funder-demo-2026");
        Keyboard keys = new Keyboard(funder);

        keys.tabTo(FunderPages.TITLE_FILTER);
        keys.press(GRANT);
        funder.waitForRowsAllContaining(FunderPages.GRANT_ROWS, GRANT);
        keys.tabTo(By.linkText(GRANT));
        keys.pressForNextPage(Keys.ENTER);
        keys.tabTo(By.cssSelector("a[aria-label='PDF of the Year two report, version 1']"));
        keys.press(Keys.ENTER);

        Path pdf = awaitDownload(funder, ".pdf");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(funder.path()).as("the download leaves the funder on the grant's page")
                .isEqualTo("/funder/grant.xhtml");
    }

    private static boolean contains(WebElement container, WebElement element) {
        return container.equals(element) || !element.findElements(By.xpath("ancestor::*[@id='"
                + container.getAttribute("id") + "']")).isEmpty();
    }

    /** Waits for a finished download (Chromium names it *.crdownload until it is complete). */
    private static Path awaitDownload(Browser browser, String suffix) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> finished(browser.downloads(), suffix).orElse(null));
    }

    private static Optional<Path> finished(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A programme of the demo partner's own on the demo grant, so this journey's update touches no one else's. */
    private static String newRootsProgramme() throws Exception {
        String name = "Keyboard exchanges " + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = DriverManager.getConnection(
                EmbeddedDatabaseSession.jdbcUrl(EmbeddedDatabaseSession.BROWSER_DATABASE), EmbeddedDatabase.USER,
                EmbeddedDatabase.USER);
                ResultSet inserted = db.createStatement().executeQuery("INSERT INTO partner_programme (grant_id, "
                        + "organisation_id, name, created_at) SELECT g.id, o.id, '" + name + "', now() FROM "
                        + "grant_award g, organisation o WHERE g.title = '" + GRANT + "' AND o.org_id = "
                        + "'GB-SAMPLE-ROOTS' RETURNING id")) {
            assertThat(inserted.next()).as("the programme was added").isTrue();
        }
        return name;
    }
}
