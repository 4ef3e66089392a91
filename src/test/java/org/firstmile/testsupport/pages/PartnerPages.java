package org.firstmile.testsupport.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.firstmile.testsupport.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The partner portal (a partner writes and submits updates) and the staff's review pages. */
public final class PartnerPages {

    public static final By PAGE_MESSAGES = By.id("page-messages");
    public static final By PORTAL_PERIODS = By.id("periods");
    public static final By REPORTING = By.id("review:reporting");
    public static final By EVIDENCE_LIST = By.id("evidence-list");

    private final Browser browser;

    public PartnerPages(Browser browser) {
        this.browser = browser;
    }

    /** From the portal's start page, opens the update of the row that mentions both texts. */
    public void openFromPortal(String programme, String period) {
        browser.open("/partner/portal/index.xhtml");
        programmeRow(PORTAL_PERIODS, programme, period).findElement(By.cssSelector("a.fm-open-update")).click();
        browser.find(By.id("update-title"));
    }

    public void writeStory(String story, String difference) {
        browser.type(By.id("update:story"), story);
        browser.type(By.id("update:difference"), difference);
    }

    /** Types a figure for the outcome indicator whose label starts with {@code indicator}. */
    public void reportFigure(String indicator, String value) {
        WebElement field = browser.find(By.xpath("//label[starts-with(normalize-space(), '" + indicator
                + "')]/following-sibling::input[1]"));
        field.clear();
        field.sendKeys(value);
    }

    /** Uploads a file through the evidence field; returns once FirstMile has answered. */
    public void upload(Path file) {
        browser.find(By.id("update:evidence")).findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    public void saveDraft() {
        browser.clickAndWaitForPage(By.id("update:save"));
    }

    public void submit() {
        browser.clickAndWaitForPage(By.id("update:submit"));
    }

    public void startRevision() {
        browser.clickAndWaitForPage(By.id("revise:start-revision"));
    }

    /**
     * From the staff's list of who has reported, filtered by the programme's name (the list shows twenty at a time,
     * and other tests add programmes), opens the row's latest update.
     */
    public void openFromReview(String programme, String period) {
        browser.open("/partner/review.xhtml");
        filterReview(programme);
        programmeRow(REPORTING, programme, period).findElement(By.linkText("Open")).click();
        browser.find(By.id("update-title"));
    }

    /** On the staff's list of who has reported, types into the programme filter and waits for the filtered rows. */
    public void filterReview(String programme) {
        browser.type(By.id("review:reporting:programme:filter"), programme);
        browser.waitForRowsAllContaining("review:reporting_data", programme);
    }

    public void returnWithFeedback(String feedback) {
        browser.type(By.id("review:feedback"), feedback);
        browser.clickAndWaitForPage(By.id("review:return"));
    }

    public void accept() {
        browser.clickAndWaitForPage(By.id("review:accept"));
    }

    /**
     * The row of a programme (its first column, exactly) and period. Other programmes' rows may name the programme
     * too: the partner organisation is often called after its first programme.
     */
    public WebElement programmeRow(By table, String programme, String period) {
        return browser.find(table).findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("td")).getText().strip().equals(programme)
                        && row.getText().contains(period))
                .findFirst().orElseThrow(() -> new AssertionError("No row of " + programme + ", " + period));
    }

    public WebElement row(By table, String... texts) {
        return browser.find(table).findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> {
                    for (String text : texts) {
                        if (!row.getText().contains(text)) {
                            return false;
                        }
                    }
                    return true;
                }).findFirst().orElseThrow(() -> new AssertionError("No row with " + String.join(", ", texts)));
    }

    /** Writes a small real PDF file under target/ for uploading, and returns it. */
    public static Path samplePdf(String name) {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
                + "endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return write(name, pdf);
    }

    /** A file that claims to be a PDF by its name but is a web page inside. */
    public static Path disguisedPage(String name) {
        return write(name, "<html><body><script>alert('not evidence')</script></body></html>");
    }

    private static Path write(String name, String content) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "upload-samples"));
            return Files.writeString(folder.resolve(name), content, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
