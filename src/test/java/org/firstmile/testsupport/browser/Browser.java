package org.firstmile.testsupport.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (Selenium Manager never downloads anything), with the
 * few waits and inputs that FirstMile's pages need. One per test; closed after it.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final Path DOWNLOADS = Path.of("target", "browser-downloads");

    private final WebDriver driver;
    private final URI base;
    private final WebDriverWait wait;
    private final Path downloads;

    public Browser(URI base) {
        try {
            this.downloads = Files.createTempDirectory(Files.createDirectories(DOWNLOADS), "browser-")
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--lang=en-GB", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().window().setSize(new Dimension(1280, 1000));
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public Browser open(String path) {
        driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
        return this;
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Chooses in a picker (PrimeFaces autoComplete {@code pickerId}): types {@code typed}, waits for the suggestion
     * that reads {@code choice} and clicks it, then waits until the picker holds it.
     */
    public void pick(String pickerId, String typed, String choice) {
        type(By.id(pickerId + "_input"), typed);
        By suggestion = By.xpath("//*[@id='" + pickerId + "_panel']//li[normalize-space(.)='" + choice + "']");
        click(suggestion);
        wait.until(d -> choice.equals(d.findElement(By.id(pickerId + "_input")).getAttribute("value"))
                && !d.findElement(By.id(pickerId + "_hinput")).getAttribute("value").isEmpty());
    }

    /** Sets a native date input to an ISO date (yyyy-MM-dd), as a date picker would. */
    public void setDate(By by, String isoDate) {
        WebElement field = find(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, isoDate);
    }

    /** Clicks the element once it is visible and enabled, finding it again if the page replaced it meanwhile. */
    public void scrollTo(By by) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", find(by));
    }

    public void click(By by) {
        wait.until(d -> {
            try {
                WebElement element = d.findElement(by);
                if (!element.isDisplayed() || !element.isEnabled()) {
                    return false;
                }
                element.click();
                return true;
            } catch (WebDriverException e) {
                if (isStale(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Chromium reports an element of a replaced page either as stale or as a node outside the document. */
    private static boolean isStale(WebDriverException e) {
        return e instanceof NoSuchElementException || e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    private boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            if (isStale(e)) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks and waits until the next page has replaced this one and finished loading. */
    public void clickAndWaitForPage(By by) {
        waitForPageAfter(() -> click(by));
    }

    /** Does something (a click, a key) and waits until the next page has replaced this one and finished loading. */
    public void waitForPageAfter(Runnable action) {
        awaitLoaded();
        WebElement html = driver.findElement(By.tagName("html"));
        action.run();
        wait.until(d -> isGone(html));
        awaitLoaded();
    }

    private void awaitLoaded() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Waits until every row of a table's body (a lazy table's {@code <id>_data}) holds the text: after a filter is
     * typed or chosen, until the table shows the filtered rows only. Rows replaced while they are read are read again.
     */
    public void waitForRowsAllContaining(String tableBodyId, String text) {
        wait.until(d -> {
            try {
                List<WebElement> rows = d.findElements(By.cssSelector("[id='" + tableBodyId + "'] > tr"));
                return !rows.isEmpty() && rows.stream().allMatch(row -> row.getText().contains(text));
            } catch (StaleElementReferenceException replaced) {
                return false;
            }
        });
    }

    public void waitForTextGone(By by, String text) {
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(by, text)));
    }

    public void waitUntilHidden(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public String text(By by) {
        return find(by).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String title() {
        return driver.getTitle();
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Saves a screenshot under target/screenshots, to look at the pages a journey went through. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Could not save screenshot " + name, e);
        }
    }

    /** The folder this browser saves downloads into, its own. */
    public Path downloads() {
        return downloads;
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
